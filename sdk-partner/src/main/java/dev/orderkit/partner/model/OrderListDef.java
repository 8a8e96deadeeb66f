package dev.orderkit.partner.model;

import com.squareup.moshi.Json;
import dev.orderkit.core.spi.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One page of list orders: the envelope's {@code data}.
 */
@ValueStyle
@Value.Immutable
abstract class OrderListDef {
  /** Returns the orders of this page (JSON {@code data}). */
  @Json(name = "data")
  public abstract List<OrderSummary> orders();

  /** Returns the number of this page, from 1. */
  @Json(name = "current_page")
  public abstract int currentPage();

  /** Returns the page size asked for. */
  @Json(name = "per_page")
  public abstract int perPage();

  /** Returns how many orders match in all pages. */
  @Json(name = "total_data")
  public abstract int totalData();

  /** Returns how many pages there are; paging stops after this one. */
  @Json(name = "total_page")
  public abstract int totalPage();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
