package dev.orderkit.cekat.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One item of a created order, with its line {@code subtotal}. */
@ValueStyle
@Value.Immutable
abstract class OrderItemDef {
  /** Returns the product identifier. */
  @JsonName("product_id")
  public abstract String productId();

  /** Returns the product name. */
  public abstract Optional<String> name();

  /** Returns the quantity ordered. */
  public abstract int quantity();

  /** Returns the unit price, exactly. */
  public abstract BigDecimal price();

  /** Returns quantity times price, as the API computed it. */
  public abstract Optional<BigDecimal> subtotal();

  /** Returns the product SKU (sent in the request; the docs' answer leaves it out). */
  public abstract Optional<String> sku();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
