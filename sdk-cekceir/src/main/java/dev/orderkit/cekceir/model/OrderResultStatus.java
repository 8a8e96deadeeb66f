package dev.orderkit.cekceir.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * The result of a create order ({@code status}): an open enumeration that keeps the raw string, so
 * a status this SDK version does not know still decodes. The docs pair each known status with the
 * HTTP status it comes with: {@link #PENDING} 201, {@link #SUCCESS} 200, {@link #PARTIAL} 207,
 * {@link #FAILED} 503.
 */
public final class OrderResultStatus extends OpenEnum {
  /** Accepted and waiting for completion (HTTP 201). */
  public static final OrderResultStatus PENDING = new OrderResultStatus("pending");
  /** All submitted items succeeded (HTTP 200). */
  public static final OrderResultStatus SUCCESS = new OrderResultStatus("success");
  /** Some submitted items succeeded and some failed (HTTP 207). */
  public static final OrderResultStatus PARTIAL = new OrderResultStatus("partial");
  /** The order failed; what was charged is refunded (HTTP 503). */
  public static final OrderResultStatus FAILED = new OrderResultStatus("failed");

  private static final Lookup<OrderResultStatus, Known> LOOKUP =
      OpenEnum.lookup(OrderResultStatus::new, Known.class)
          .add(PENDING, Known.PENDING)
          .add(SUCCESS, Known.SUCCESS)
          .add(PARTIAL, Known.PARTIAL)
          .add(FAILED, Known.FAILED)
          .build();

  private OrderResultStatus(String value) {
    super(value);
  }

  /** Returns the constant for a known status, or an instance keeping any other string as it is. */
  public static OrderResultStatus of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the known status, or empty for one this SDK version does not know. */
  public Optional<Known> known() {
    return LOOKUP.known(this);
  }

  /**
   * True if this value means the same as {@code other}: the same {@link Known} member, however
   * each is spelled, or, for values this SDK does not know, the same string. Use it rather than
   * {@code equals}, which compares spellings.
   */
  public boolean is(OrderResultStatus other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The statuses this SDK version knows. */
  public enum Known {
    /** Accepted and waiting for completion (HTTP 201). */
    PENDING,
    /** All submitted items succeeded (HTTP 200). */
    SUCCESS,
    /** Some submitted items succeeded and some failed (HTTP 207). */
    PARTIAL,
    /** The order failed (HTTP 503). */
    FAILED
  }
}
