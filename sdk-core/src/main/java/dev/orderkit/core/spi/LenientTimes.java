package dev.orderkit.core.spi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The time forms PHP/Laravel servers send besides ISO-8601 with offset, rewritten to that form
 * and parsed by {@link IsoTimes}: {@code 2025-09-27 01:12:09} (Laravel's {@code Y-m-d H:i:s}),
 * a missing offset (taken as UTC, Laravel's default application zone), {@code +0700} and
 * {@code +07} offsets, a date alone (midnight UTC), and epoch seconds or milliseconds (10 or 13
 * digits; {@code 0} is no time).
 */
final class LenientTimes {
  private LenientTimes() {}

  /**
   * Whether {@code text} is an epoch value: 10 digits of seconds or 13 of milliseconds (2001 to
   * 2286), or {@code 0}, PHP's "no time". Other digit strings ({@code 20250927}) are not times.
   */
  static boolean isEpoch(String text) {
    int length = text.length();
    if (text.equals("0")) {
      return true;
    }
    if (length != 10 && length != 13) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return text.charAt(0) != '0';
  }

  /** Epoch seconds, or milliseconds when 13 digits; {@code 0} is no time (null). */
  static @Nullable OffsetDateTime epoch(String number) {
    if (number.equals("0")) {
      return null;
    }
    if (!isEpoch(number)) {
      throw new DateTimeException("not an epoch value in seconds or milliseconds: " + number);
    }
    long value = Long.parseLong(number);
    Instant instant = number.length() == 13
        ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A date-time in any of the forms above. */
  static OffsetDateTime offsetDateTime(String text) {
    String iso = text.length() == 10 ? text + "T00:00:00Z" : text;
    if (iso.length() > 10 && (iso.charAt(10) == ' ')) {
      iso = iso.substring(0, 10) + 'T' + iso.substring(11);
    }
    return IsoTimes.offsetDateTime(withOffset(iso));
  }

  /** A date, or the date of a date-time in any of the forms above. */
  static LocalDate localDate(String text) {
    if (text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')) {
      return offsetDateTime(text).toLocalDate();
    }
    return IsoTimes.localDate(text);
  }

  /** Adds {@code Z} where the offset is missing; writes {@code +0700}/{@code +07} as +07:00. */
  private static String withOffset(String iso) {
    int sign = Math.max(iso.lastIndexOf('+'), iso.lastIndexOf('-'));
    char last = iso.charAt(iso.length() - 1);
    if (last == 'Z' || last == 'z') {
      return iso;
    }
    if (sign <= 10) { // no offset after the date's own hyphens
      return iso + 'Z';
    }
    String offset = iso.substring(sign + 1);
    String head = iso.substring(0, sign + 1);
    if (offset.length() == 4 && offset.indexOf(':') < 0) {
      return head + offset.substring(0, 2) + ':' + offset.substring(2);
    }
    if (offset.length() == 2) {
      return head + offset + ":00";
    }
    return iso;
  }
}
