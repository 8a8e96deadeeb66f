package dev.orderkit.cekat.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A created order: the {@code data} of create order's {@code 201} answer. A different shape from
 * the listed order ({@link ListedOrder}): {@code order_number} is a string here, the status is
 * {@code status}, amounts are {@code subtotal}/{@code shipping}/{@code tax}/{@code total}, and
 * items and addresses come back. Amounts are exact {@link BigDecimal}s ({@code 99.00} keeps its
 * scale). {@code id}, {@code order_number} and {@code status} are required; anything else may be
 * absent. Unknown fields are kept in {@link #additionalProperties()}.
 */
@ValueStyle
@Value.Immutable
abstract class OrderDef {
  /** Returns the order id, such as {@code "order_xyz789"}. */
  public abstract String id();

  /** Returns the order number, such as {@code "ORD-2025-0327-001"} (a number decodes too). */
  @JsonName("order_number")
  public abstract OrderNumber orderNumber();

  /** Returns the contact id of the customer. */
  @JsonName("customer_id")
  public abstract Optional<String> customerId();

  /** Returns the status, such as {@link OrderStatus#PENDING}; unknown statuses decode too. */
  public abstract OrderStatus status();

  /** Returns the items, each with its line subtotal. */
  public abstract List<OrderItem> items();

  /** Returns the sum of the item subtotals. */
  public abstract Optional<BigDecimal> subtotal();

  /** Returns the shipping amount. */
  public abstract Optional<BigDecimal> shipping();

  /** Returns the tax amount. */
  public abstract Optional<BigDecimal> tax();

  /** Returns the total amount. */
  public abstract Optional<BigDecimal> total();

  /** Returns the currency code, such as {@code "USD"}. */
  public abstract Optional<String> currency();

  /** Returns the shipping address. */
  @JsonName("shipping_address")
  public abstract Optional<Address> shippingAddress();

  /** Returns the order notes. */
  public abstract Optional<String> notes();

  /** Returns when the order was created. */
  @JsonName("created_at")
  public abstract Optional<OffsetDateTime> createdAt();

  /** Returns when the order was last updated. */
  @JsonName("updated_at")
  public abstract Optional<OffsetDateTime> updatedAt();

  /** Returns the billing address. */
  @JsonName("billing_address")
  public abstract Optional<Address> billingAddress();

  /** Returns the custom metadata, as JSON trees. */
  public abstract Optional<Map<String, Object>> metadata();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
