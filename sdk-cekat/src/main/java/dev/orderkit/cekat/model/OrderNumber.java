package dev.orderkit.cekat.model;

import dev.orderkit.core.errors.InvalidInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An order number, which the two docs pages send differently: create answers with a string
 * ({@code "ORD-2025-0327-001"}), list with an integer ({@code 2292}). Both decode to this type;
 * {@link #value()} is always the text ({@code "2292"} for the number), {@link #asLong()} the
 * number when the text is one, and {@link #isNumeric()} says whether it arrived as a JSON number
 * (it is written back the way it came). Equality is by text and form.
 */
public final class OrderNumber {
  private final String value;
  private final boolean numeric;

  private OrderNumber(String value, boolean numeric) {
    this.value = value;
    this.numeric = numeric;
  }

  /** An order number sent as a JSON string, such as {@code "ORD-2025-0327-001"}. */
  public static OrderNumber of(String value) {
    if (value == null) {
      throw new InvalidInputException("order_number", "must not be null");
    }
    return new OrderNumber(value, false);
  }

  /** An order number sent as a JSON number, such as {@code 2292}. */
  public static OrderNumber of(long value) {
    return new OrderNumber(Long.toString(value), true);
  }

  /**
   * An order number that arrived as a JSON number with this text (kept as sent, so numbers too
   * large for a {@code long} still decode).
   */
  public static OrderNumber ofNumberText(String text) {
    if (text == null || text.isEmpty()) {
      throw new InvalidInputException("order_number", "must not be empty");
    }
    try {
      new java.math.BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("order_number", "must be a JSON number; got \"" + text
          + "\"");
    }
    return new OrderNumber(text, true);
  }

  /** The order number as text, whichever way it arrived. */
  public String value() {
    return value;
  }

  /** Whether it arrived as (and is written as) a JSON number. */
  public boolean isNumeric() {
    return numeric;
  }

  /** The order number as a {@code long} when its text is a whole number that fits, else empty. */
  public Optional<Long> asLong() {
    try {
      return Optional.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Equal when the text is equal, however it arrived: {@code "2292"} equals {@code 2292}. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof OrderNumber && ((OrderNumber) o).value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
