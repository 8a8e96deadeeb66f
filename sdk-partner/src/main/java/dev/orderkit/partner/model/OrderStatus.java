package dev.orderkit.partner.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * The status of a partner order: an open enumeration that keeps the raw string.
 *
 * <p>The status flow uses codes ({@code pending}, {@code to_process}, {@code process},
 * {@code packed}, {@code shipped}, {@code completed}, {@code cancelled}, {@code returned}) while
 * orders carry display strings ({@code internal_status: "In Process"}, {@code external_status:
 * "PROCESSED"}). {@link #of(String)} keeps whatever arrived in {@link #value()}; {@link #known()}
 * maps codes and display strings, in any case, to the same {@link Known} member: {@code
 * "Pending"}, {@code "To Process"}, {@code "In Process"}, {@code "Process"}, {@code "Processed"},
 * {@code "PROCESSED"}, {@code "Packed"}, {@code "Shipped"}, {@code "Completed"}, {@code
 * "Cancelled"}, {@code "Canceled"}, {@code "Returned"}. Compare statuses with {@link
 * #is(OrderStatus)}, not {@code equals}: {@code OrderStatus.of("In Process").is(PROCESS)} is true,
 * {@code OrderStatus.of("In Process").equals(PROCESS)} false.
 * {@link #ALL} is the list filter that matches every status.
 */
public final class OrderStatus extends OpenEnum {
  /** Order received, awaiting payment. */
  public static final OrderStatus PENDING = new OrderStatus("pending");
  /** Payment confirmed, ready for processing. */
  public static final OrderStatus TO_PROCESS = new OrderStatus("to_process");
  /** Order is being prepared. */
  public static final OrderStatus PROCESS = new OrderStatus("process");
  /** Order packed, ready for shipping. */
  public static final OrderStatus PACKED = new OrderStatus("packed");
  /** Order shipped to the customer. */
  public static final OrderStatus SHIPPED = new OrderStatus("shipped");
  /** Order delivered to the customer. */
  public static final OrderStatus COMPLETED = new OrderStatus("completed");
  /** Order cancelled. */
  public static final OrderStatus CANCELLED = new OrderStatus("cancelled");
  /** Order returned by the customer. */
  public static final OrderStatus RETURNED = new OrderStatus("returned");
  /** The list-orders filter value that matches every status; never an order's own status. */
  public static final OrderStatus ALL = new OrderStatus("All");

  /** Codes, and display strings by their {@link Spelling#key} (lower case, underscores). */
  private static final Lookup<OrderStatus, Known> LOOKUP =
      OpenEnum.lookup(OrderStatus::new, Known.class)
          .add(PENDING, Known.PENDING)
          .add(TO_PROCESS, Known.TO_PROCESS)
          .add(PROCESS, Known.PROCESS)
          .add(PACKED, Known.PACKED)
          .add(SHIPPED, Known.SHIPPED)
          .add(COMPLETED, Known.COMPLETED)
          .add(CANCELLED, Known.CANCELLED)
          .add(RETURNED, Known.RETURNED)
          .add(ALL, Known.ALL)
          .alias("all", Known.ALL)
          .alias("in_process", Known.PROCESS)
          .alias("processed", Known.PROCESS)
          .alias("canceled", Known.CANCELLED)
          .build();

  private OrderStatus(String value) {
    super(value);
  }

  /** Returns the constant for a code, or an instance keeping any other string as it is. */
  public static OrderStatus of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the known status for this code or display string (any case), or empty. */
  public Optional<Known> known() {
    Optional<Known> exact = LOOKUP.known(this);
    return exact.isPresent() ? exact : LOOKUP.known(LOOKUP.of(Spelling.key(value())));
  }

  /**
   * True if this value means the same as {@code other}: the same {@link Known} member, however
   * each is spelled, or, for values this SDK does not know, the same string. Use it rather than
   * {@code equals}, which compares spellings.
   */
  public boolean is(OrderStatus other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The statuses this SDK version knows. */
  public enum Known {
    /** Order received, awaiting payment. */
    PENDING,
    /** Payment confirmed, ready for processing. */
    TO_PROCESS,
    /** Order is being prepared ({@code "In Process"}, {@code "Processed"}). */
    PROCESS,
    /** Order packed, ready for shipping. */
    PACKED,
    /** Order shipped to the customer. */
    SHIPPED,
    /** Order delivered to the customer. */
    COMPLETED,
    /** Order cancelled ({@code "Canceled"} too). */
    CANCELLED,
    /** Order returned by the customer. */
    RETURNED,
    /** The list filter matching every status. */
    ALL
  }
}
