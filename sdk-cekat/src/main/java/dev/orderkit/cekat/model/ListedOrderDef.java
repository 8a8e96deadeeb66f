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
 * An order as list orders returns it ({@code data.orders[]}): a different shape from the created
 * {@link Order}. {@code order_number} is an integer here ({@code 2292}; a string decodes too, see
 * {@link OrderNumber}), the status is {@code order_status}, amounts are {@code subtotal},
 * {@code discount}, {@code shipping_fee} and {@code grand_total} (exact; whole numbers in the
 * docs), and {@code created_at} has microseconds and a {@code +00:00} offset. {@code id},
 * {@code order_number} and {@code order_status} are required. Unknown fields are kept in
 * {@link #additionalProperties()}.
 */
@ValueStyle
@Value.Immutable
abstract class ListedOrderDef {
  /** Returns the order id (a UUID in the docs). */
  public abstract String id();

  /** Returns the sequential order number, such as {@code 2292}. */
  @JsonName("order_number")
  public abstract OrderNumber orderNumber();

  /** Returns the status, such as {@link OrderStatus#PENDING}; unknown statuses decode too. */
  @JsonName("order_status")
  public abstract OrderStatus orderStatus();

  /** Returns the subtotal. */
  public abstract Optional<BigDecimal> subtotal();

  /** Returns the discount. */
  public abstract Optional<BigDecimal> discount();

  /** Returns the shipping fee. */
  @JsonName("shipping_fee")
  public abstract Optional<BigDecimal> shippingFee();

  /** Returns the grand total. */
  @JsonName("grand_total")
  public abstract Optional<BigDecimal> grandTotal();

  /** Returns the payment type, such as {@code "one_time_payment"}. */
  @JsonName("payment_type")
  public abstract Optional<String> paymentType();

  /** Returns the payment provider, such as {@code "xendit"}. */
  @JsonName("payment_method")
  public abstract Optional<String> paymentMethod();

  /** Returns the contact id of the customer. */
  @JsonName("contact_id")
  public abstract Optional<String> contactId();

  /** Returns the customer's contact information. */
  public abstract Optional<Contact> contact();

  /** Returns the conversation the order came from. */
  @JsonName("conversation_id")
  public abstract Optional<String> conversationId();

  /**
   * Returns the invoice details as JSON trees (maps, lists, strings, exact numbers): the docs
   * give the field ("Invoice details", an array) but not its shape.
   */
  public abstract List<Object> invoices();

  /** Returns when the order was created, to the microsecond. */
  @JsonName("created_at")
  public abstract Optional<OffsetDateTime> createdAt();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
