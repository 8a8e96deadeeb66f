package dev.orderkit.partner.model;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of update order; only what is set is sent.
 *
 * <p>The docs' example carries no order identifier, unlike every other mutating call; the SDK
 * sends {@code order_code} with it, as the fulfillment calls do.
 */
@ValueStyle
@Value.Immutable
abstract class UpdateOrderParamsDef {
  /** Returns the new customer details. */
  public abstract Optional<Customer> customer();

  /** Returns the new shipping address. */
  @JsonName("shipping_address")
  public abstract Optional<ShippingAddress> shippingAddress();

  /** Returns the new notes. */
  public abstract Optional<String> notes();

  /** Returns the new tags; empty (not sent) leaves them unchanged, an empty list clears them. */
  public abstract Optional<List<String>> tags();

  /** Returns the code of the order to act on; must not be empty. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Refuses an empty {@code order_code}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("order_code", orderCode());
  }
}
