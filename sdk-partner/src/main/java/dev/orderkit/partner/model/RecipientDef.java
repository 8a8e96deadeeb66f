package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recipient part of create order.
 */
@ValueStyle
@Value.Immutable
abstract class RecipientDef {
  /** Returns the recipient's name; must not be empty. */
  public abstract String name();

  /** Returns the recipient's phone number; must not be empty. */
  public abstract String phone();

  /** Returns the recipient's e-mail address. */
  public abstract Optional<String> email();

  /** Returns the country. */
  public abstract Optional<String> country();

  /** Returns the province. */
  public abstract Optional<String> province();

  /** Returns the city or regency. */
  public abstract Optional<String> city();

  /** Returns the sub-district. */
  @JsonName("sub_district")
  public abstract Optional<String> subDistrict();

  /** Returns the district. */
  public abstract Optional<String> district();

  /** Returns the postal code. */
  @JsonName("postal_code")
  public abstract Optional<String> postalCode();

  /** Returns the street address; must not be empty. */
  @JsonName("full_address")
  public abstract String fullAddress();

  /** Returns the sub-district id (a name in the docs' example). */
  @JsonName("sub_district_id")
  public abstract Optional<String> subDistrictId();

  /** Returns the delivery remarks. */
  public abstract Optional<String> remarks();

  /** Returns the recipient's administrative area code, such as {@code "32.06.30.2001"}. */
  @JsonName("recipient_sub_district_id")
  public abstract Optional<String> recipientSubDistrictId();
}
