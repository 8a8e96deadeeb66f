/**
 * Internal: the bosOnline module's Moshi and endpoint definitions. Not an API; it may change in
 * any release.
 */
@NullMarked
package dev.orderkit.bosonline.internal;

import org.jspecify.annotations.NullMarked;
