package dev.orderkit.cekat.model;

import dev.orderkit.core.OpenEnum;
import java.util.Locale;
import java.util.Optional;

/**
 * The status of a cekat order ({@code status} of a created order, {@code order_status} of a
 * listed one): an open enumeration. The docs list {@code pending}, {@code paid},
 * {@code processing}, {@code shipped}, {@code delivered}, {@code cancelled}, {@code refunded}
 * "and etc.", so any other string decodes too: {@link #of(String)} keeps it in {@link #value()}
 * and {@link #known()} is empty for it. {@link #known()} ignores case and also maps the US
 * spelling {@code canceled}.
 */
public final class OrderStatus extends OpenEnum {
  /** Order created, awaiting payment. */
  public static final OrderStatus PENDING = new OrderStatus("pending");
  /** Payment received. */
  public static final OrderStatus PAID = new OrderStatus("paid");
  /** Order being processed. */
  public static final OrderStatus PROCESSING = new OrderStatus("processing");
  /** Order shipped. */
  public static final OrderStatus SHIPPED = new OrderStatus("shipped");
  /** Order delivered. */
  public static final OrderStatus DELIVERED = new OrderStatus("delivered");
  /** Order cancelled. */
  public static final OrderStatus CANCELLED = new OrderStatus("cancelled");
  /** Order refunded. */
  public static final OrderStatus REFUNDED = new OrderStatus("refunded");

  private static final Lookup<OrderStatus, Known> LOOKUP =
      OpenEnum.lookup(OrderStatus::new, Known.class)
          .add(PENDING, Known.PENDING)
          .add(PAID, Known.PAID)
          .add(PROCESSING, Known.PROCESSING)
          .add(SHIPPED, Known.SHIPPED)
          .add(DELIVERED, Known.DELIVERED)
          .add(CANCELLED, Known.CANCELLED)
          .add(REFUNDED, Known.REFUNDED)
          .alias("canceled", Known.CANCELLED)
          .build();

  private OrderStatus(String value) {
    super(value);
  }

  /** Returns the constant for a documented status, or an instance keeping any other string. */
  public static OrderStatus of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the documented status this value means (any case), or empty for another one. */
  public Optional<Known> known() {
    Optional<Known> exact = LOOKUP.known(this);
    return exact.isPresent() ? exact
        : LOOKUP.known(LOOKUP.of(value().trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * True if this value means the same as {@code other}: the same {@link Known} member, however
   * each is spelled, or, for values this SDK does not know, the same string. Use it rather than
   * {@code equals}, which compares spellings.
   */
  public boolean is(OrderStatus other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The statuses the docs list. */
  public enum Known {
    /** Order created, awaiting payment. */
    PENDING,
    /** Payment received. */
    PAID,
    /** Order being processed. */
    PROCESSING,
    /** Order shipped. */
    SHIPPED,
    /** Order delivered. */
    DELIVERED,
    /** Order cancelled ({@code canceled} too). */
    CANCELLED,
    /** Order refunded. */
    REFUNDED
  }
}
