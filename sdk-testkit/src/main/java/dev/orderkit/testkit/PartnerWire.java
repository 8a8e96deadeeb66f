package dev.orderkit.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The partner API's wire format as the fake writes it, from the docs' example responses: the
 * envelope, and the documented spellings (money as {@code "2000.00"}, times as {@code
 * 2025-09-27T01:12:09.000000Z} in orders and {@code 2024-01-21T10:00:00Z} in tracking). Plain
 * JSON trees only. Stateless.
 */
final class PartnerWire {
  /** Times in orders, as the docs show them: microseconds and {@code Z}. */
  private static final DateTimeFormatter ORDER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);
  /** Times in tracking, as the docs show them: seconds and {@code Z}. */
  private static final DateTimeFormatter TRACKING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private PartnerWire() {}

  static @Nullable String orderTime(@Nullable OffsetDateTime time) {
    return time == null ? null : ORDER_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  static String trackingTime(OffsetDateTime time) {
    return TRACKING_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** Money as the API writes it: a string with two decimals. */
  static String money(@Nullable BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** An empty string as null, as the API shows absent optional text. */
  static @Nullable String blankToNull(@Nullable Object text) {
    return text == null || text.toString().trim().isEmpty() ? null : text.toString();
  }

  /**
   * {@code {"status", "message", "data", "errors", "request_id"}} with a fresh request id; a null
   * {@code message} is left out (tracking's example has none).
   */
  static Map<String, @Nullable Object> envelope(Object status, @Nullable String message,
      @Nullable Object data, @Nullable Map<String, List<String>> errors) {
    Map<String, @Nullable Object> envelope = new LinkedHashMap<>();
    envelope.put("status", status);
    if (message != null) {
      envelope.put("message", message);
    }
    envelope.put("data", data);
    envelope.put("errors", errors);
    envelope.put("request_id", UUID.randomUUID().toString());
    return envelope;
  }

  /** A map in insertion order, from alternating names and values. */
  static Map<String, @Nullable Object> object(@Nullable Object... namesAndValues) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  // ---- reading checked JSON trees

  /** The object under {@code name}, or an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> obj(Map<String, @Nullable Object> tree, String name) {
    Object value = tree.get(name);
    return value instanceof Map ? (Map<String, @Nullable Object>) value
        : new LinkedHashMap<String, @Nullable Object>();
  }

  /** The string under {@code name}, or null (absent, null or not a string). */
  static @Nullable String str(Map<String, @Nullable Object> tree, String name) {
    Object value = tree.get(name);
    return value instanceof String ? (String) value : null;
  }

  /** The non-blank string under {@code name}, or null. */
  static @Nullable String text(Map<String, @Nullable Object> tree, String name) {
    return blankToNull(str(tree, name));
  }

  /** The boolean under {@code name} (or the string {@code "true"}), false otherwise. */
  static boolean flag(Map<String, @Nullable Object> tree, String name) {
    Object value = tree.get(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** The amount under {@code name} (a number or numeric string), or null. */
  static @Nullable BigDecimal amount(Map<String, @Nullable Object> tree, String name) {
    return PartnerSchema.decimal(tree.get(name)); // a blank string is null there too
  }
}
