package dev.orderkit.partner.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * Why an order is returned ({@code return_by}): an open enumeration that keeps the raw string; the
 * docs show only {@code customer_request}, {@code other} mirrors the cancellation reasons.
 */
public final class ReturnReason extends OpenEnum {
  /** Customer requested the return. */
  public static final ReturnReason CUSTOMER_REQUEST = new ReturnReason("customer_request");
  /** Other reasons. */
  public static final ReturnReason OTHER = new ReturnReason("other");

  private static final Lookup<ReturnReason, Known> LOOKUP =
      OpenEnum.lookup(ReturnReason::new, Known.class)
          .add(CUSTOMER_REQUEST, Known.CUSTOMER_REQUEST)
          .add(OTHER, Known.OTHER)
          .build();

  private ReturnReason(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or an instance keeping any other string as it is. */
  public static ReturnReason of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the known member for this value, or empty for one this SDK version does not know. */
  public Optional<Known> known() {
    return LOOKUP.known(this);
  }

  /**
   * True if this value means the same as {@code other}: the same {@link Known} member, however
   * each is spelled, or, for values this SDK does not know, the same string. Use it rather than
   * {@code equals}, which compares spellings.
   */
  public boolean is(ReturnReason other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The values this SDK version knows. */
  public enum Known {
    /** Customer requested the return. */
    CUSTOMER_REQUEST,
    /** Other reasons. */
    OTHER
  }
}
