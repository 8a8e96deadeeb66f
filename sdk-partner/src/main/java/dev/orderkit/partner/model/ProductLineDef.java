package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One product line of an order: {@code product_info[]} in the detail.
 */
@ValueStyle
@Value.Immutable
abstract class ProductLineDef {
  /** Returns the line's numeric id. */
  @JsonName("order_detail_id")
  public abstract long orderDetailId();

  /** Returns the catalogue product id, if the line is linked to one. */
  @JsonName("product_id")
  public abstract Optional<Long> productId();

  /** Returns the product name. */
  @JsonName("product_name")
  public abstract Optional<String> productName();

  /** Returns true if this line was cancelled. */
  @JsonName("is_cancel")
  @Value.Default
  public boolean isCancelled() {
    return false;
  }

  /** Returns the SKU. */
  public abstract String sku();

  /** Returns the unit price, exactly (it arrives as a string such as {@code "2000.00"}). */
  public abstract BigDecimal price();

  /** Returns the currency of the price, such as {@code "IDR"}. */
  public abstract Optional<String> currency();

  /** Returns the quantity ordered. */
  public abstract int quantity();

  /** Returns the unit weight, exactly as sent. */
  public abstract Optional<BigDecimal> weight();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();

}
