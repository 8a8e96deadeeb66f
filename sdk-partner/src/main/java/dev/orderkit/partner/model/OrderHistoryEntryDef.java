package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One status change of an order: {@code order_history[]} in tracking.
 */
@ValueStyle
@Value.Immutable
abstract class OrderHistoryEntryDef {
  /** Returns the status the order moved to, usually a display string. */
  public abstract OrderStatus status();

  /** Returns the sales channel's status at that time. */
  @JsonName("channel_status")
  public abstract Optional<OrderStatus> channelStatus();

  /** Returns what happened, such as {@code "Process Order"}. */
  public abstract Optional<String> activity();

  /** Returns who did it, such as {@code "System"}. */
  @JsonName("full_name")
  public abstract Optional<String> fullName();

  /** Returns when it happened. */
  @JsonName("created_at")
  public abstract Optional<OffsetDateTime> createdAt();

  /** Returns the URL of an attached file (may be empty). */
  @JsonName("file_url")
  public abstract Optional<String> fileUrl();

  /** Returns the remarks (may be empty). */
  public abstract Optional<String> remarks();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
