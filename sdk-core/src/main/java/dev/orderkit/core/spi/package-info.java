/**
 * The service-provider interface OrderKit's API modules are written against; applications do not
 * need it. {@link dev.orderkit.core.spi.Transport} sends an
 * {@link dev.orderkit.core.spi.ApiRequest} (an endpoint's method, path template, body writer
 * and {@link dev.orderkit.core.spi.ResponseParser}) with auth, retries under the order rule,
 * logging and typed errors; an {@link dev.orderkit.core.spi.ErrorDecoder} reads each API's error
 * body; {@link dev.orderkit.core.spi.OrderKitJson} is the Moshi setup (exact money, lenient
 * ISO-8601 times, open enumerations, Optional, untyped {@link dev.orderkit.core.spi.JsonTree}s)
 * and {@link dev.orderkit.core.spi.ValueAdapters} binds the Immutables value types annotated
 * {@link dev.orderkit.core.spi.ValueStyle}. {@link dev.orderkit.core.spi.Checks} and
 * {@link dev.orderkit.core.spi.Futures} are the modules' shared helpers.
 *
 * <p>Stable within a release line for the modules of that line; it may change in any minor
 * release. Malformed JSON always ends as a {@link com.squareup.moshi.JsonDataException} or a
 * {@link com.squareup.moshi.JsonEncodingException} naming the JSON path, which the transport turns
 * into a {@link dev.orderkit.core.errors.ResponseDecodingException}.
 */
@NullMarked
package dev.orderkit.core.spi;

import org.jspecify.annotations.NullMarked;
