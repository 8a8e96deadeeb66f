/**
 * The cekceir API's request parameters ({@link dev.orderkit.cekceir.model.CreateOrderParams}, the
 * typed {@code cek_imei} payload {@link dev.orderkit.cekceir.model.CekImei}) and the order result
 * with its open status enumeration, as immutable values bound to JSON by the module's Moshi.
 */
@NullMarked
package dev.orderkit.cekceir.model;

import org.jspecify.annotations.NullMarked;
