package dev.orderkit.cekat.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a create-order request (the docs' "Item Object"). Its rules (quantity at least 1,
 * price not negative, product id not empty) are checked by {@link CreateOrderParams}, which names
 * the failing item: {@code items[0].quantity}.
 */
@ValueStyle
@Value.Immutable
abstract class OrderItemParamsDef {
  /** Returns the product identifier (required). */
  @JsonName("product_id")
  public abstract String productId();

  /** Returns the product name. */
  public abstract Optional<String> name();

  /** Returns the quantity ordered (required, at least 1). */
  public abstract int quantity();

  /** Returns the unit price, exactly (required, not negative). */
  public abstract BigDecimal price();

  /** Returns the product SKU. */
  public abstract Optional<String> sku();
}
