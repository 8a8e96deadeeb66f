/**
 * OrderKit's internals: not API. Anything here may change in any release without notice; use
 * {@code dev.orderkit.core}, {@code dev.orderkit.core.http} and {@code dev.orderkit.core.errors}
 * instead (and, to write an API module, {@code dev.orderkit.core.spi}).
 */
@NullMarked
package dev.orderkit.core.internal;

import org.jspecify.annotations.NullMarked;
