/**
 * Every failure OrderKit raises: {@link dev.orderkit.core.errors.OrderKitException} at the root,
 * {@link dev.orderkit.core.errors.ApiException} and its per-status subclasses for error
 * responses, and the connection, timeout, outcome-unknown and decoding failures beside it.
 */
@NullMarked
package dev.orderkit.core.errors;

import org.jspecify.annotations.NullMarked;
