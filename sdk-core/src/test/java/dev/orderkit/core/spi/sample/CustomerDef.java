package dev.orderkit.core.spi.sample;

import dev.orderkit.core.spi.ExplicitNull;
import dev.orderkit.core.spi.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A test customer without {@code additionalProperties()}: unknown fields are skipped. */
@ValueStyle
@Value.Immutable
abstract class CustomerDef {
  public abstract String name();

  public abstract List<String> phones();

  /** Written as {@code null} when absent, as some APIs' docs send it. */
  @ExplicitNull
  public abstract Optional<String> email();

  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new IllegalArgumentException("name must not be empty");
    }
  }
}
