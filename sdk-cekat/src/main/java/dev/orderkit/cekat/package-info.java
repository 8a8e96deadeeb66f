/**
 * The cekat commerce orders API: {@link dev.orderkit.cekat.CekatClient} with its order service
 * (create and list; blocking, async and raw), order pages and auto-paging that ends at the first
 * short or empty page. Models and parameters are in {@code dev.orderkit.cekat.model}.
 */
@NullMarked
package dev.orderkit.cekat;

import org.jspecify.annotations.NullMarked;
