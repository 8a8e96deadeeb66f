package dev.orderkit.core.json.sample;

import dev.orderkit.core.json.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** A test customer without {@code additionalProperties()}: unknown fields are skipped. */
@ValueStyle
@Value.Immutable
abstract class CustomerDef {
  public abstract String name();

  public abstract List<String> phones();

  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new IllegalArgumentException("name must not be empty");
    }
  }
}
