package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dropshipper shown as sender: {@code dropshipper_info} in the detail.
 */
@ValueStyle
@Value.Immutable
abstract class DropshipperInfoDef {
  /** Returns the dropshipper's name. */
  public abstract Optional<String> name();

  /** Returns the dropshipper's phone number. */
  public abstract Optional<String> phone();

  /** Returns the dropshipper's e-mail address. */
  public abstract Optional<String> email();

  /** Returns the dropshipper's address. */
  @JsonName("full_address")
  public abstract Optional<String> fullAddress();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
