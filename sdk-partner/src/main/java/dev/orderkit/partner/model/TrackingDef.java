package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonIgnore;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tracking of one order: the envelope's {@code data} in tracking.
 */
@ValueStyle
@Value.Immutable(copy = true) // withRequestId(..): stamps the request id without a full copy
abstract class TrackingDef {
  /** Returns the order code that was tracked. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns the channel's reference of the order. */
  @JsonName("order_reference_id")
  public abstract Optional<String> orderReferenceId();

  /** Returns the order's current status, usually a display string. */
  @JsonName("order_status")
  public abstract OrderStatus orderStatus();

  /** Returns the airway bill number. */
  @JsonName("tracking_number")
  public abstract Optional<String> trackingNumber();

  /** Returns the sales channel. */
  public abstract Optional<String> channel();

  /** Returns the courier and service as one label. */
  public abstract Optional<String> courier();

  /** Returns the courier service. */
  public abstract Optional<String> service();

  /** Returns the tenant that owns the order. */
  @JsonName("tenant_id")
  public abstract Optional<String> tenantId();

  /** Returns the order's status changes, as the API lists them. */
  @JsonName("order_history")
  public abstract List<OrderHistoryEntry> orderHistory();

  /** Returns the courier's scans, as the API lists them. */
  @JsonName("delivery_history")
  public abstract List<DeliveryHistoryEntry> deliveryHistory();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Returns the envelope's {@code request_id}, which the service sets after decoding {@code data}
   * (it is never read from or written to JSON).
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<String> requestId();
}
