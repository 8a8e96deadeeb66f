package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The shipping address part of update order.
 */
@ValueStyle
@Value.Immutable
abstract class ShippingAddressDef {
  /** Returns the recipient's name. */
  public abstract Optional<String> name();

  /** Returns the recipient's phone number. */
  public abstract Optional<String> phone();

  /** Returns the street address. */
  public abstract Optional<String> address();

  /** Returns the city. */
  public abstract Optional<String> city();

  /** Returns the province. */
  public abstract Optional<String> province();

  /** Returns the postal code. */
  @JsonName("postal_code")
  public abstract Optional<String> postalCode();

  /** Returns the country. */
  public abstract Optional<String> country();
}
