/** The cekceir module's internals: its endpoint, error decoder and Moshi; not API. */
@NullMarked
package dev.orderkit.cekceir.internal;

import org.jspecify.annotations.NullMarked;
