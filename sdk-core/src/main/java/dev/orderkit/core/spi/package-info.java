/**
 * The service-provider interface OrderKit's API modules are written against; applications do not
 * need it. {@link dev.orderkit.core.spi.Transport} sends an
 * {@link dev.orderkit.core.spi.ApiRequest} (an endpoint's method, path template, body writer
 * and {@link dev.orderkit.core.spi.ResponseParser}) with auth, retries under the order rule,
 * logging and typed errors; an {@link dev.orderkit.core.spi.ErrorDecoder} reads each API's error
 * body; {@link dev.orderkit.core.spi.OrderKitJson} is the Moshi setup (exact money, lenient
 * ISO-8601 times, Optional, untyped {@link dev.orderkit.core.spi.JsonTree}s), and the value
 * types annotated {@link dev.orderkit.core.spi.ValueStyle} and open enumerations are bound by
 * adapters generated at build time ({@link dev.orderkit.core.spi.GenerateJsonAdapters}, on the
 * base {@link dev.orderkit.core.spi.ValueJsonAdapter}). {@link dev.orderkit.core.spi.Checks} and
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
