package dev.orderkit.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How much of each HTTP exchange is logged. {@code Authorization}, {@code X-Tenant-Id} and
 * cookies are redacted at every level; {@link #BODY} shows request and response bodies, which
 * hold personal data, so it is opt-in.
 */
public enum LogLevel {
  /** Nothing is logged (the default). */
  NONE,
  /** Request line, status and duration. */
  BASIC,
  /** As {@link #BASIC}, plus headers (secrets redacted). */
  HEADERS,
  /** As {@link #HEADERS}, plus bodies. */
  BODY;

  /** Parses {@code none|basic|headers|body} (any case), as in {@code ORDERKIT_LOG}. */
  public static LogLevel parse(@Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      return NONE;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new dev.orderkit.core.errors.InvalidInputException(
          "logLevel", "must be one of none, basic, headers, body; got '" + value + "'");
    }
  }
}
