package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who bought an order: {@code buyer_info} in the detail.
 */
@ValueStyle
@Value.Immutable
abstract class BuyerInfoDef {
  /** Returns the buyer's name. */
  public abstract Optional<String> name();

  /** Returns the buyer's phone number, as the API wrote it. */
  public abstract Optional<String> phone();

  /** Returns the buyer's e-mail address. */
  public abstract Optional<String> email();

  /** Returns the buyer's address. */
  @JsonName("full_address")
  public abstract Optional<String> fullAddress();

  /** Returns the buyer's remarks. */
  public abstract Optional<String> remarks();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
