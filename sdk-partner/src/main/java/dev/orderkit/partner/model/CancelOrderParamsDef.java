package dev.orderkit.partner.model;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of cancel order.
 */
@ValueStyle
@Value.Immutable
abstract class CancelOrderParamsDef {
  /** Returns the code of the order to act on; must not be empty. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns why the order is cancelled. */
  @JsonName("cancel_by")
  public abstract CancelReason cancelBy();

  /** Returns the cancellation text, such as what the customer said. */
  @JsonName("cancel_reason")
  public abstract Optional<String> cancelReason();

  /** Returns true to cancel at once instead of raising a cancellation request. */
  @JsonName("direct_cancel")
  @Value.Default
  public boolean directCancel() {
    return false;
  }

  /** Refuses an empty {@code order_code}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("order_code", orderCode());
  }

}
