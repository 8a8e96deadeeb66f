package dev.orderkit.bosonline.model;

import dev.orderkit.core.errors.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;

/** The validation rules shared by the request models; each failure names the JSON field path. */
final class Checks {
  private Checks() {}

  /** Refuses an empty or blank {@code value}. */
  static void notBlank(String field, String value) {
    if (value.trim().isEmpty()) {
      throw new InvalidInputException(field, "must not be empty; got \"" + value + "\"");
    }
  }

  /** Refuses an empty or blank {@code value} when present (absent is sent as {@code null}). */
  static void notBlank(String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(field, value.get());
    }
  }

  /** Refuses {@code value} below {@code min}. */
  static void atLeast(String field, long value, long min) {
    if (value < min) {
      throw new InvalidInputException(field, "must be at least " + min + "; got " + value);
    }
  }

  /** Refuses {@code value} outside {@code -limit..limit} (degrees of latitude or longitude). */
  static void degrees(String field, BigDecimal value, int limit) {
    if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      throw new InvalidInputException(field, "must be between -" + limit + " and " + limit
          + " degrees; got " + value.toPlainString());
    }
  }
}
