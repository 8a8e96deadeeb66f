package dev.orderkit.partner.model;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of set order return.
 */
@ValueStyle
@Value.Immutable
abstract class ReturnOrderParamsDef {
  /** Returns the code of the order to act on; must not be empty. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns why the order is returned. */
  @JsonName("return_by")
  public abstract ReturnReason returnBy();

  /** Returns the return text, such as what the customer said. */
  @JsonName("return_reason")
  public abstract Optional<String> returnReason();

  /** Refuses an empty {@code order_code}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("order_code", orderCode());
  }
}
