package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The buyer part of create order.
 */
@ValueStyle
@Value.Immutable
abstract class BuyerDef {
  /** Returns the buyer's e-mail address. */
  public abstract Optional<String> email();

  /** Returns the buyer's name. */
  public abstract Optional<String> name();

  /** Returns the buyer's phone number. */
  public abstract Optional<String> phone();

  /** Returns the buyer's address. */
  @JsonName("full_address")
  public abstract Optional<String> fullAddress();
}
