package dev.orderkit.cekat.model;

import dev.orderkit.core.errors.InvalidInputException;
import java.math.BigDecimal;

/** The validation rules shared by the request parameters; each failure names the JSON field. */
final class Checks {
  private Checks() {}

  /** Refuses an empty or blank {@code value}. */
  static void notBlank(String field, String value) {
    if (value.trim().isEmpty()) {
      throw new InvalidInputException(field, "must not be empty; got \"" + value + "\"");
    }
  }

  /** Refuses {@code value} outside {@code min..max}. */
  static void between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field,
          "must be between " + min + " and " + max + "; got " + value);
    }
  }

  /** Refuses {@code value} below {@code min}. */
  static void atLeast(String field, int value, int min) {
    if (value < min) {
      throw new InvalidInputException(field, "must be at least " + min + "; got " + value);
    }
  }

  /** Refuses a negative {@code value}. */
  static void notNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new InvalidInputException(field,
          "must not be negative; got " + value.toPlainString());
    }
  }
}
