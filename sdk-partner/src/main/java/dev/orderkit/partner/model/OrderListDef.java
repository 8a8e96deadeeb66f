package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonIgnore;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of list orders: the envelope's {@code data}.
 */
@ValueStyle
@Value.Immutable(copy = true) // withRequestId(..): stamps the request id without a full copy
abstract class OrderListDef {
  /** Returns the orders of this page (JSON {@code data}). */
  @JsonName("data")
  public abstract List<OrderSummary> orders();

  /** Returns the number of this page, from 1. */
  @JsonName("current_page")
  public abstract int currentPage();

  /** Returns the page size asked for. */
  @JsonName("per_page")
  public abstract int perPage();

  /** Returns how many orders match in all pages. */
  @JsonName("total_data")
  public abstract int totalData();

  /** Returns how many pages there are; paging stops after this one. */
  @JsonName("total_page")
  public abstract int totalPage();

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
