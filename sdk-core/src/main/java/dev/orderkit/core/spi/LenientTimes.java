package dev.orderkit.core.spi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The time forms PHP/Laravel servers send besides ISO-8601 with offset, rewritten to that form
 * and parsed by {@link IsoTimes}: {@code 2025-09-27 01:12:09} (Laravel's {@code Y-m-d H:i:s}),
 * a missing offset (taken as UTC, Laravel's default application zone), {@code +0700} and
 * {@code +07} offsets, a date alone (midnight UTC), and epoch seconds or milliseconds.
 */
final class LenientTimes {
  /** Epoch values from this many up are milliseconds (in seconds it would be year 5138). */
  private static final long MILLIS_FROM = 100_000_000_000L;

  private LenientTimes() {}

  /** Whether {@code text} is an integer, which a time field means as an epoch value. */
  static boolean isEpoch(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() <= start || text.length() > 19) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Epoch seconds, or milliseconds when that large, as UTC. */
  static OffsetDateTime epoch(String number) {
    long value;
    try {
      value = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new DateTimeException("not an epoch value: " + number);
    }
    Instant instant = Math.abs(value) >= MILLIS_FROM
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
