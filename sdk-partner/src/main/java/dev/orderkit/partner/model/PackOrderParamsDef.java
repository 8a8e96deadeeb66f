package dev.orderkit.partner.model;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import org.immutables.value.Value;

/**
 * The body of set packed and of async process-packed.
 */
@ValueStyle
@Value.Immutable
abstract class PackOrderParamsDef {
  /** Returns the code of the order to act on; must not be empty. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns which pickup slot to book (latest, middle or earliest). */
  @JsonName("pickup_option")
  public abstract PickupOption pickupOption();

  /** Refuses an empty {@code order_code}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("order_code", orderCode());
  }
}
