package dev.orderkit.partner.model;

import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The customer part of update order.
 */
@ValueStyle
@Value.Immutable
abstract class CustomerDef {
  /** Returns the customer's new name. */
  public abstract Optional<String> name();

  /** Returns the customer's new e-mail address. */
  public abstract Optional<String> email();

  /** Returns the customer's new phone number. */
  public abstract Optional<String> phone();
}
