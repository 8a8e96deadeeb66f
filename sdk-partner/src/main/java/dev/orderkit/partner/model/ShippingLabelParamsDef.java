package dev.orderkit.partner.model;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import org.immutables.value.Value;

/**
 * The body of get shipping label.
 *
 * <p>The API takes {@code mark_as_printed} as the string {@code "true"} or {@code "false"}, not a
 * JSON boolean: the model holds a {@code boolean} and {@code PartnerJson} writes it as that
 * string (and reads either form back).
 */
@ValueStyle
@Value.Immutable
abstract class ShippingLabelParamsDef {
  /** Returns the code of the order whose label to generate; must not be empty. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns true to mark the label as printed (default false); sent as a string. */
  @JsonName("mark_as_printed")
  @Value.Default
  public boolean markAsPrinted() {
    return false;
  }

  /** Refuses an empty {@code order_code}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("order_code", orderCode());
  }

}
