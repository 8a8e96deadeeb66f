package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import org.immutables.value.Value;

/**
 * One product line of a checkout order ({@code items.order_items[]}): a variant SKU and a
 * quantity. {@link CreateOrderParams} checks it and names the path (such as
 * {@code items.order_items[0].item_qty}).
 */
@ValueStyle
@Value.Immutable
abstract class OrderItemDef {
  /** Returns the variant SKU, such as {@code "BAT-AA-001-01"}; must not be empty. */
  @JsonName("item_sku")
  public abstract String itemSku();

  /** Returns the quantity; at least 1. */
  @JsonName("item_qty")
  public abstract int itemQty();

  /** Returns a line of {@code qty} units of {@code sku}. */
  public static OrderItem of(String sku, int qty) {
    return OrderItem.builder().itemSku(sku).itemQty(qty).build();
  }
}
