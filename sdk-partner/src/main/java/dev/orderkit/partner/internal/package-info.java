/** The partner module's internals: its endpoints, the envelope reader and its Moshi; not API. */
@NullMarked
package dev.orderkit.partner.internal;

import org.jspecify.annotations.NullMarked;
