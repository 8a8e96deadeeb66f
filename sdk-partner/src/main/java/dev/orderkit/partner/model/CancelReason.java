package dev.orderkit.partner.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * Why an order is cancelled ({@code cancel_by}): an open enumeration that keeps the raw string.
 */
public final class CancelReason extends OpenEnum {
  /** Customer requested cancellation. */
  public static final CancelReason CUSTOMER_REQUEST = new CancelReason("customer_request");
  /** Item not available. */
  public static final CancelReason OUT_OF_STOCK = new CancelReason("out_of_stock");
  /** Payment could not be processed. */
  public static final CancelReason PAYMENT_FAILED = new CancelReason("payment_failed");
  /** Fraudulent order detected. */
  public static final CancelReason FRAUD_DETECTED = new CancelReason("fraud_detected");
  /** Duplicate order placed. */
  public static final CancelReason DUPLICATE_ORDER = new CancelReason("duplicate_order");
  /** Other reasons. */
  public static final CancelReason OTHER = new CancelReason("other");

  private static final Lookup<CancelReason, Known> LOOKUP =
      OpenEnum.lookup(CancelReason::new, Known.class)
          .add(CUSTOMER_REQUEST, Known.CUSTOMER_REQUEST)
          .add(OUT_OF_STOCK, Known.OUT_OF_STOCK)
          .add(PAYMENT_FAILED, Known.PAYMENT_FAILED)
          .add(FRAUD_DETECTED, Known.FRAUD_DETECTED)
          .add(DUPLICATE_ORDER, Known.DUPLICATE_ORDER)
          .add(OTHER, Known.OTHER)
          .build();

  private CancelReason(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or an instance keeping any other string as it is. */
  public static CancelReason of(String value) {
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
  public boolean is(CancelReason other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The values this SDK version knows. */
  public enum Known {
    /** Customer requested cancellation. */
    CUSTOMER_REQUEST,
    /** Item not available. */
    OUT_OF_STOCK,
    /** Payment could not be processed. */
    PAYMENT_FAILED,
    /** Fraudulent order detected. */
    FRAUD_DETECTED,
    /** Duplicate order placed. */
    DUPLICATE_ORDER,
    /** Other reasons. */
    OTHER
  }
}
