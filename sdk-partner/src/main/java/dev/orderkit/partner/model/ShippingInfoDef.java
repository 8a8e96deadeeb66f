package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The courier details of an order: {@code shipping_info} in the detail.
 */
@ValueStyle
@Value.Immutable
abstract class ShippingInfoDef {
  /** Returns the courier, such as {@code "Dethix"}. */
  @JsonName("provider_name")
  public abstract Optional<String> providerName();

  /** Returns the courier service, such as {@code "Reguler"}. */
  @JsonName("provider_service")
  public abstract Optional<String> providerService();

  /** Returns the courier and service as one label. */
  @JsonName("logistic_carrier")
  public abstract Optional<String> logisticCarrier();

  /** Returns the airway bill number. */
  @JsonName("tracking_number")
  public abstract Optional<String> trackingNumber();

  /** Returns the courier's routing code. */
  @JsonName("routing_code")
  public abstract Optional<String> routingCode();

  /** Returns the courier's sorting code. */
  @JsonName("sorting_code")
  public abstract Optional<String> sortingCode();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
