package dev.orderkit.cekat.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A shipping or billing address, in the request and in the created order. The docs show
 * {@code name}, {@code address}, {@code city}, {@code state}, {@code postal_code} and
 * {@code country} but mark none required; other fields go in {@link #additionalProperties()}
 * (sent as they are, and kept when decoding).
 */
@ValueStyle
@Value.Immutable
abstract class AddressDef {
  /** Returns the recipient's name. */
  public abstract Optional<String> name();

  /** Returns the street address. */
  public abstract Optional<String> address();

  /** Returns the city. */
  public abstract Optional<String> city();

  /** Returns the state or province, such as {@code "DKI"}. */
  public abstract Optional<String> state();

  /** Returns the postal code (a string: it may start with 0). */
  @JsonName("postal_code")
  public abstract Optional<String> postalCode();

  /** Returns the country code, such as {@code "ID"}. */
  public abstract Optional<String> country();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
