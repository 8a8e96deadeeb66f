package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who receives an order: {@code recipient_info} in the detail.
 */
@ValueStyle
@Value.Immutable
abstract class RecipientInfoDef {
  /** Returns the recipient's name. */
  public abstract Optional<String> name();

  /** Returns the recipient's phone number, as the API wrote it. */
  public abstract Optional<String> phone();

  /** Returns the recipient's e-mail address. */
  public abstract Optional<String> email();

  /** Returns the country. */
  public abstract Optional<String> country();

  /** Returns the state or province. */
  public abstract Optional<String> state();

  /** Returns the city. */
  public abstract Optional<String> city();

  /** Returns the district (kecamatan). */
  public abstract Optional<String> district();

  /** Returns the sub-district (kelurahan). */
  @JsonName("sub_district")
  public abstract Optional<String> subDistrict();

  /** Returns the street address. */
  @JsonName("full_address")
  public abstract Optional<String> fullAddress();

  /** Returns the postal code. */
  @JsonName("postal_code")
  public abstract Optional<String> postalCode();

  /** Returns the longitude, exactly as sent. */
  public abstract Optional<BigDecimal> longitude();

  /** Returns the latitude, exactly as sent. */
  public abstract Optional<BigDecimal> latitude();

  /** Returns the delivery remarks. */
  public abstract Optional<String> remarks();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
