package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One order in a list-orders page: {@code data.data[]}.
 */
@ValueStyle
@Value.Immutable
abstract class OrderSummaryDef {
  /** Returns the order's numeric id. */
  @JsonName("order_header_id")
  public abstract long orderHeaderId();

  /** Returns the order code used by every fulfillment call. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns the channel's reference of the order. */
  @JsonName("order_reference_id")
  public abstract Optional<String> orderReferenceId();

  /** Returns the status in this system, usually a display string such as {@code "In Process"}. */
  @JsonName("internal_status")
  public abstract OrderStatus internalStatus();

  /** Returns the sales channel's status, such as {@code "PROCESSED"}. */
  @JsonName("external_status")
  public abstract Optional<OrderStatus> externalStatus();

  /** Returns the store platform, such as {@code "offline"}. */
  @JsonName("store_platform")
  public abstract Optional<String> storePlatform();

  /** Returns the id of the fulfilling location. */
  @JsonName("location_id")
  public abstract Optional<Long> locationId();

  /** Returns the code of the fulfilling warehouse. */
  @JsonName("warehouse_code")
  public abstract Optional<String> warehouseCode();

  /** Returns how the order is paid, such as {@code "COD"}. */
  @JsonName("payment_method")
  public abstract Optional<PaymentMethod> paymentMethod();

  /** Returns the courier, such as {@code "Dethix"}. */
  @JsonName("logistic_provider_name")
  public abstract Optional<String> logisticProviderName();

  /** Returns the courier service, such as {@code "Reguler"}. */
  @JsonName("logistic_service_name")
  public abstract Optional<String> logisticServiceName();

  /** Returns the courier and service as one label. */
  @JsonName("logistic_carrier")
  public abstract Optional<String> logisticCarrier();

  /** Returns the delivery type, such as {@code "REGULER"}. */
  public abstract Optional<String> delivery();

  /** Returns the airway bill number once the order has one. */
  @JsonName("tracking_number")
  public abstract Optional<String> trackingNumber();

  /** Returns true for an order the channel flagged as fake. */
  @JsonName("is_fake")
  @Value.Default
  public boolean isFake() {
    return false;
  }

  /** Returns true when the marketplace fulfills the order. */
  @JsonName("fulfill_by_mp")
  @Value.Default
  public boolean fulfillByMp() {
    return false;
  }

  /** Returns when the order was created. */
  @JsonName("created_at")
  public abstract OffsetDateTime createdAt();

  /** Returns when the order last changed. */
  @JsonName("updated_at")
  public abstract Optional<OffsetDateTime> updatedAt();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();

}
