/**
 * OrderKit's shared foundation: client options, per-request options, credentials and paging.
 * Transport lives in {@code dev.orderkit.core.http}, JSON in {@code dev.orderkit.core.json} and
 * the exception hierarchy in {@code dev.orderkit.core.errors}.
 */
package dev.orderkit.core;
