package dev.orderkit.cekat.model;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of create order ({@code POST /api/orders}): every field of the docs' request table.
 * {@code customer_id}, at least one item and {@code total} are required; {@code currency}
 * defaults to {@code USD} (the docs' default) and is always sent. {@code build()} refuses, naming
 * the field, an empty item list, an item quantity below 1 ({@code items[0].quantity}), a
 * negative price ({@code items[1].price}) or total, and empty ids, before anything is sent.
 * The SDK does not check that {@code total} adds up: shipping, tax and discounts are the API's.
 */
@ValueStyle
@Value.Immutable
abstract class CreateOrderParamsDef {
  /** Returns the contact id of the customer (required). */
  @JsonName("customer_id")
  public abstract String customerId();

  /** Returns the items ordered; at least one. */
  public abstract List<OrderItemParams> items();

  /** Returns the total order amount, exactly (required, not negative). */
  public abstract BigDecimal total();

  /** Returns the currency code (default {@code USD}). */
  @Value.Default
  public String currency() {
    return "USD";
  }

  /** Returns the shipping address. */
  @JsonName("shipping_address")
  public abstract Optional<Address> shippingAddress();

  /** Returns the billing address. */
  @JsonName("billing_address")
  public abstract Optional<Address> billingAddress();

  /** Returns the order notes. */
  public abstract Optional<String> notes();

  /**
   * Returns custom metadata: a JSON object of Maps, Lists, Strings, Numbers, Booleans and nulls,
   * sent as given (not copied: do not change the map after building).
   */
  public abstract Optional<Map<String, Object>> metadata();

  /** Checks every documented rule, naming the JSON field or path that broke it. */
  @Value.Check
  protected void check() {
    Checks.notBlank("customer_id", customerId());
    Checks.notBlank("currency", currency());
    if (items().isEmpty()) {
      throw new InvalidInputException("items", "must hold at least one item; got none");
    }
    for (int i = 0; i < items().size(); i++) {
      OrderItemParams item = items().get(i);
      String path = "items[" + i + "].";
      Checks.notBlank(path + "product_id", item.productId());
      Checks.atLeast(path + "quantity", item.quantity(), 1);
      Checks.notNegative(path + "price", item.price());
    }
    Checks.notNegative("total", total());
  }
}
