package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One courier scan of a parcel: {@code delivery_history[]} in tracking.
 */
@ValueStyle
@Value.Immutable
abstract class DeliveryHistoryEntryDef {
  /** Returns the airway bill number. */
  @JsonName("tracking_number")
  public abstract Optional<String> trackingNumber();

  /** Returns the courier's status, such as {@code in_transit}. */
  public abstract Optional<DeliveryStatus> status();

  /** Returns where the parcel was. */
  public abstract Optional<String> location();

  /** Returns when the courier recorded it. */
  public abstract Optional<OffsetDateTime> timestamp();

  /** Returns the courier's code, such as {@code "dethix"}. */
  public abstract Optional<String> courier();

  /** Returns the courier service's code, such as {@code "reg"}. */
  public abstract Optional<String> service();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
