/**
 * OrderKit's Moshi setup: exact money ({@link java.math.BigDecimal}), lenient ISO-8601 time,
 * open enumerations ({@link dev.orderkit.core.json.OpenEnum}), three-state fields
 * ({@link dev.orderkit.core.json.JsonField}), untyped JSON ({@link dev.orderkit.core.json.JsonTree})
 * and the binding of Immutables value types ({@link dev.orderkit.core.json.ValueAdapters}).
 *
 * <p>Start from {@link dev.orderkit.core.json.OrderKitJson#moshiBuilder()}. Malformed input always
 * ends as a {@link com.squareup.moshi.JsonDataException} or a
 * {@link com.squareup.moshi.JsonEncodingException} naming the JSON path.
 */
package dev.orderkit.core.json;
