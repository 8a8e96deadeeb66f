/**
 * OrderKit's shared foundation: client options, per-request options, credentials, paging and open
 * enumerations ({@link dev.orderkit.core.OpenEnum}). Raw responses and untyped requests live in
 * {@code dev.orderkit.core.http}, the exception hierarchy in {@code dev.orderkit.core.errors};
 * what API modules are built from is in {@code dev.orderkit.core.spi}.
 */
@NullMarked
package dev.orderkit.core;

import org.jspecify.annotations.NullMarked;
