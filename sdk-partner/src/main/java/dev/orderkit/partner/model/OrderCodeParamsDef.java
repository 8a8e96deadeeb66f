package dev.orderkit.partner.model;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import org.immutables.value.Value;

/**
 * The body of calls that name only an order: set process, ship, completed, approve cancel,
 * reject cancel and tracking.
 */
@ValueStyle
@Value.Immutable
abstract class OrderCodeParamsDef {
  /** Returns the code of the order to act on; must not be empty. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Refuses an empty {@code order_code}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("order_code", orderCode());
  }

  /** Returns the parameters for {@code orderCode}. */
  public static OrderCodeParams of(String orderCode) {
    return OrderCodeParams.builder().orderCode(orderCode).build();
  }
}
