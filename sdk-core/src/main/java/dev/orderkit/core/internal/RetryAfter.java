package dev.orderkit.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** Reads the wait a server asks for: {@code Retry-After} in seconds or as an HTTP date. */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * The asked wait, or null when the headers ask none (or say something unreadable). A date in
   * the past is a wait of zero. {@code retry-after-ms} (milliseconds) is honoured first.
   */
  public static @Nullable Duration parse(Headers headers, Clock clock) {
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      try {
        return nonNegative(Duration.ofMillis((long) Double.parseDouble(millis.trim())));
      } catch (NumberFormatException e) {
        // fall through to Retry-After
      }
    }
    String value = headers.get("Retry-After");
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    String v = value.trim();
    try {
      return nonNegative(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
    } catch (NumberFormatException e) {
      // not seconds: try an HTTP date
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return nonNegative(Duration.between(clock.instant(), at.toInstant()));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
