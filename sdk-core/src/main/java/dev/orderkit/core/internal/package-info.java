/**
 * OrderKit's internals: not API. Anything here may change in any release without notice; use
 * {@code dev.orderkit.core}, {@code dev.orderkit.core.http}, {@code dev.orderkit.core.json} and
 * {@code dev.orderkit.core.errors} instead.
 */
package dev.orderkit.core.internal;
