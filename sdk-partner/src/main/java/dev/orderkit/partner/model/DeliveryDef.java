package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The delivery part of create order.
 */
@ValueStyle
@Value.Immutable
abstract class DeliveryDef {
  /** Returns the courier and service label, such as {@code "ID EXPRESS - iDlite"}. */
  public abstract Optional<String> logistic();

  /** Returns the delivery method, such as {@code "SELF-DELIVERY"}. */
  @JsonName("delivery_method")
  public abstract Optional<String> deliveryMethod();

  /** Returns a courier that is not in the list. */
  @JsonName("custom_logistic")
  public abstract Optional<String> customLogistic();

  /** Returns the courier, such as {@code "ID EXPRESS"}. */
  @JsonName("logistic_provider_name")
  public abstract Optional<String> logisticProviderName();

  /** Returns the courier service, such as {@code "iDlite"}. */
  @JsonName("logistic_service_name")
  public abstract Optional<String> logisticServiceName();

  /** Returns the courier and service as one label. */
  @JsonName("logistic_carrier")
  public abstract Optional<String> logisticCarrier();

  /** Returns the airway bill number, if the order already has one. */
  @JsonName("tracking_number")
  public abstract Optional<String> trackingNumber();
}
