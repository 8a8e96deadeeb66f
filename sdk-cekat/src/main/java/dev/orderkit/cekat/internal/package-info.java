/**
 * The cekat module's wiring: its one Moshi, the response envelope reader and the two endpoints.
 * Not part of the public API; it may change between releases.
 */
@NullMarked
package dev.orderkit.cekat.internal;

import org.jspecify.annotations.NullMarked;
