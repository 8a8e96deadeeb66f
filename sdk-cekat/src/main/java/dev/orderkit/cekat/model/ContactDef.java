package dev.orderkit.cekat.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The customer of a listed order: {@code contact} ("Contact information" in the docs). */
@ValueStyle
@Value.Immutable
abstract class ContactDef {
  /** Returns the contact id. */
  public abstract Optional<String> id();

  /** Returns the name shown for the contact. */
  @JsonName("display_name")
  public abstract Optional<String> displayName();

  /** Returns the phone number, as sent (such as {@code "6281578326419"}). */
  @JsonName("phone_number")
  public abstract Optional<String> phoneNumber();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
