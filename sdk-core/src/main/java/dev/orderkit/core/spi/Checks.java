package dev.orderkit.core.spi;

import dev.orderkit.core.errors.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The validation rules request parameters share, for API modules' {@code @Value.Check} methods:
 * each failure is an {@link InvalidInputException} naming the field (the JSON name, with a path
 * such as {@code products[0].qty}) and the rule, before any request is sent.
 */
public final class Checks {
  private Checks() {}

  /** Refuses a missing {@code value}: returns it when present. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "must not be null");
    }
    return value;
  }

  /** Refuses an empty or blank {@code value}. */
  public static void notBlank(String field, String value) {
    if (value.trim().isEmpty()) {
      throw new InvalidInputException(field, "must not be empty; got \"" + value + "\"");
    }
  }

  /** Refuses an empty or blank {@code value} when present. */
  public static void notBlank(String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(field, value.get());
    }
  }

  /** Refuses {@code value} outside {@code min..max}. */
  public static void between(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field,
          "must be between " + min + " and " + max + "; got " + value);
    }
  }

  /** Refuses {@code value} below {@code min}. */
  public static void atLeast(String field, long value, long min) {
    if (value < min) {
      throw new InvalidInputException(field, "must be at least " + min + "; got " + value);
    }
  }

  /** Refuses a negative {@code value}. */
  public static void notNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new InvalidInputException(field,
          "must not be negative; got " + value.toPlainString());
    }
  }

  /** Refuses a negative {@code value} when present. */
  public static void notNegative(String field, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      notNegative(field, value.get());
    }
  }

  /** Refuses a percentage outside {@code 0..100} when present. */
  public static void percentage(String field, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      between(field, value.get(), BigDecimal.ZERO, BigDecimal.valueOf(100), "");
    }
  }

  /** Refuses {@code value} outside {@code min..max}, naming the unit in the message if given. */
  public static void between(String field, BigDecimal value, BigDecimal min, BigDecimal max,
      String unit) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new InvalidInputException(field, "must be between " + min.toPlainString() + " and "
          + max.toPlainString() + (unit.isEmpty() ? "" : " " + unit) + "; got "
          + value.toPlainString());
    }
  }
}
