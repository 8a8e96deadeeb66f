package dev.orderkit.core.spi.sample;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/** A test open enum, written the way API modules write theirs. */
public final class OrderStatus extends OpenEnum {
  public static final OrderStatus PENDING = new OrderStatus("pending");
  public static final OrderStatus TO_PROCESS = new OrderStatus("to_process");
  public static final OrderStatus SHIPPED = new OrderStatus("shipped");

  private static final Lookup<OrderStatus, Known> LOOKUP =
      OpenEnum.lookup(OrderStatus::new, Known.class)
          .add(PENDING, Known.PENDING)
          .add(TO_PROCESS, Known.TO_PROCESS)
          .add(SHIPPED, Known.SHIPPED)
          .alias("To Process", Known.TO_PROCESS)
          .build();

  private OrderStatus(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or a new instance for an unknown value. */
  public static OrderStatus of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the known member, or empty for a value this SDK version does not know. */
  public Optional<Known> known() {
    return LOOKUP.known(this);
  }

  /** The values this SDK version knows. */
  public enum Known {
    PENDING,
    TO_PROCESS,
    SHIPPED
  }
}
