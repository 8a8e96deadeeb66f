/**
 * The bosOnline API: {@link dev.orderkit.bosonline.BosOnlineClient} with its checkout service
 * (Request Create Order, blocking, async and raw) and an authenticated untyped request for the
 * endpoints the docs name without a path or schema. Models are in
 * {@code dev.orderkit.bosonline.model}.
 */
@NullMarked
package dev.orderkit.bosonline;

import org.jspecify.annotations.NullMarked;
