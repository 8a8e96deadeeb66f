/**
 * The bosOnline checkout models: the Request Create Order body ({@link
 * dev.orderkit.bosonline.model.CreateOrderParams} with its sender, receiver and items) and its
 * result ({@link dev.orderkit.bosonline.model.CreateOrderResult}), as immutable values that
 * {@code dev.orderkit.bosonline.internal.BosOnlineJson} binds to JSON.
 */
@NullMarked
package dev.orderkit.bosonline.model;

import org.jspecify.annotations.NullMarked;
