/**
 * The cekceir service-orders API: {@link dev.orderkit.cekceir.CekceirClient} with its order
 * service (blocking, async and raw), the untyped request path for undocumented calls such as
 * Service Detail, and {@link dev.orderkit.cekceir.CekceirErrors}. Models and parameters are in
 * {@code dev.orderkit.cekceir.model}.
 */
@NullMarked
package dev.orderkit.cekceir;

import org.jspecify.annotations.NullMarked;
