package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One product of create order; {@link CreateOrderParams} checks it and names the path
 * (such as {@code products[0].qty}).
 */
@ValueStyle
@Value.Immutable
abstract class ProductItemDef {
  /** Returns the product name. */
  public abstract Optional<String> name();

  /** Returns the SKU; must not be empty. */
  public abstract String sku();

  /** Returns the catalogue product id. */
  @JsonName("product_id")
  public abstract Optional<Long> productId();

  /** Returns the unit price; must not be negative. */
  @JsonName("unit_price")
  public abstract BigDecimal unitPrice();

  /** Returns the unit weight; must not be negative. */
  @JsonName("unit_weight")
  public abstract Optional<BigDecimal> unitWeight();

  /** Returns the quantity; at least 1. */
  public abstract int qty();
}
