/**
 * Internal: the bosOnline module's Moshi and endpoint definitions. Not an API; it may change in
 * any release.
 */
package dev.orderkit.bosonline.internal;
