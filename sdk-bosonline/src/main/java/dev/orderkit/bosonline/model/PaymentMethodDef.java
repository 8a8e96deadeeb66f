package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.ExplicitNull;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code items.payment_method} of a checkout order: {@code {"type": "cod", "bank": null}}.
 * An absent {@code bank} is sent as {@code null}, as in the docs.
 */
@ValueStyle
@Value.Immutable
abstract class PaymentMethodDef {
  /** Returns the payment type, such as {@link PaymentType#COD}. */
  public abstract PaymentType type();

  /** Returns the bank, when the type needs one; sent as {@code null} when absent. */
  @ExplicitNull
  public abstract Optional<String> bank();

  /** Returns cash on delivery: {@code {"type": "cod", "bank": null}}. */
  public static PaymentMethod cod() {
    return PaymentMethod.builder().type(PaymentType.COD).build();
  }
}
