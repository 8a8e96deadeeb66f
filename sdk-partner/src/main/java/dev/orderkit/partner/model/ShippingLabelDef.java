package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonIgnore;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A generated shipping label: the envelope's {@code data} in shipping label.
 */
@ValueStyle
@Value.Immutable(copy = true) // withRequestId(..): stamps the request id without a full copy
abstract class ShippingLabelDef {
  /** Returns the order's numeric id. */
  @JsonName("order_id")
  public abstract long orderId();

  /** Returns the sales channel. */
  public abstract Optional<String> channel();

  /** Returns the order code. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns the URL of the label document (a PDF). */
  public abstract String url();

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
