package dev.orderkit.core.spi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * ISO-8601 parsing with a fast path for the one shape the APIs send:
 * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)} and {@code yyyy-MM-dd}. Any other text goes to
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} / {@link DateTimeFormatter#ISO_LOCAL_DATE}, so
 * the accepted set and the values are exactly the JDK's; the fast path only skips the JDK's
 * general field-map resolution, which was a third of the time (and most of the garbage) of
 * decoding an order list. Out-of-range fields ({@code 2025-02-30}) throw a
 * {@link java.time.DateTimeException}, as the JDK does.
 */
final class IsoTimes {
  private IsoTimes() {}

  /** Parses a date-time with offset, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does. */
  static OffsetDateTime offsetDateTime(String text) {
    OffsetDateTime fast = fastOffsetDateTime(text);
    return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Parses an ISO-8601 date, as {@link DateTimeFormatter#ISO_LOCAL_DATE}. */
  static LocalDate localDate(String text) {
    if (text.length() == 10 && isDate(text)) {
      return date(text);
    }
    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** Returns the value of the common shape, or null if {@code text} has another shape. */
  private static @Nullable OffsetDateTime fastOffsetDateTime(String text) {
    int length = text.length();
    if (length < 20 || !isDate(text) || !isTime(text)) {
      return null;
    }
    int nanos = 0;
    int at = 19;
    if (text.charAt(at) == '.') {
      int digits = 0;
      at++;
      while (at < length && isDigit(text.charAt(at)) && digits < 9) {
        nanos = nanos * 10 + (text.charAt(at) - '0');
        digits++;
        at++;
      }
      if (digits == 0 || (at < length && isDigit(text.charAt(at)))) {
        return null;
      }
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, at);
    if (offset == null) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(
        number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
        number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), nanos);
    return OffsetDateTime.of(local, offset);
  }

  /** Reads {@code Z} or {@code ±HH:MM} ending the text at {@code at}, or returns null. */
  private static @Nullable ZoneOffset offset(String text, int at) {
    int left = text.length() - at;
    char first = left > 0 ? text.charAt(at) : ' ';
    if (left == 1 && (first == 'Z' || first == 'z')) {
      return ZoneOffset.UTC;
    }
    if (left != 6 || (first != '+' && first != '-') || text.charAt(at + 3) != ':'
        || !digits(text, at + 1, 2) || !digits(text, at + 4, 2)) {
      return null;
    }
    int hours = number(text, at + 1, 2);
    int minutes = number(text, at + 4, 2);
    if (hours == 0 && minutes == 0) {
      return ZoneOffset.UTC;
    }
    // ZoneOffset checks the range (at most 18:00, minutes below 60) and caches whole quarters.
    return first == '+'
        ? ZoneOffset.ofHoursMinutes(hours, minutes)
        : ZoneOffset.ofHoursMinutes(-hours, -minutes);
  }

  /** {@code yyyy-MM-dd} at the start, followed by nothing or by {@code T}/{@code t}. */
  private static boolean isDate(String text) {
    return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 2)
        && text.charAt(7) == '-' && digits(text, 8, 2);
  }

  /** {@code THH:mm:ss} after the date. */
  private static boolean isTime(String text) {
    char t = text.charAt(10);
    return (t == 'T' || t == 't') && digits(text, 11, 2) && text.charAt(13) == ':'
        && digits(text, 14, 2) && text.charAt(16) == ':' && digits(text, 17, 2);
  }

  private static LocalDate date(String text) {
    return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
  }

  private static boolean digits(String text, int start, int count) {
    for (int i = start; i < start + count; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
