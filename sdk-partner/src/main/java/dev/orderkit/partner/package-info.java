/**
 * The partner orders and fulfillment API: {@link dev.orderkit.partner.PartnerClient} with its
 * order, fulfillment and tracking services (blocking, async and raw), order pages and auto-paging.
 * Models and parameters are in {@code dev.orderkit.partner.model}.
 */
@NullMarked
package dev.orderkit.partner;

import org.jspecify.annotations.NullMarked;
