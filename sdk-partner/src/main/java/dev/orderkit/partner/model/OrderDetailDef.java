package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonIgnore;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The full order returned by get order details: the envelope's {@code data}.
 */
@ValueStyle
@Value.Immutable(copy = true) // withRequestId(..): stamps the request id without a full copy
abstract class OrderDetailDef {
  /** Returns the order's numeric id, the {@code id} of the detail path. */
  @JsonName("order_id")
  public abstract long orderId();

  /** Returns the order code used by every fulfillment call. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns the order code as the channel first sent it. */
  @JsonName("original_order_code")
  public abstract Optional<String> originalOrderCode();

  /** Returns the status in this system, usually a display string such as {@code "In Process"}. */
  @JsonName("internal_status")
  public abstract OrderStatus internalStatus();

  /** Returns the sales channel's status, such as {@code "PROCESSED"}. */
  @JsonName("external_status")
  public abstract Optional<OrderStatus> externalStatus();

  /** Returns why the order was cancelled, once it is. */
  @JsonName("cancel_by")
  public abstract Optional<CancelReason> cancelBy();

  /** Returns the cancellation text, once the order is cancelled. */
  @JsonName("cancel_reason")
  public abstract Optional<String> cancelReason();

  /** Returns the sales channel. */
  public abstract Optional<String> channel();

  /** Returns how the order was created, such as {@code "Upload"}. */
  @JsonName("created_via")
  public abstract Optional<String> createdVia();

  /** Returns the id of the client that owns the order. */
  @JsonName("client_id")
  public abstract Optional<String> clientId();

  /** Returns the name of the client that owns the order (may be empty). */
  @JsonName("client_name")
  public abstract Optional<String> clientName();

  /** Returns the id of the fulfilling location. */
  @JsonName("location_id")
  public abstract Optional<Long> locationId();

  /** Returns the store's name. */
  @JsonName("store_name")
  public abstract Optional<String> storeName();

  /** Returns the store's id on its channel. */
  @JsonName("store_channel_id")
  public abstract Optional<String> storeChannelId();

  /** Returns the delivery type, such as {@code "REGULER"}. */
  public abstract Optional<String> delivery();

  /** Returns the courier details. */
  @JsonName("shipping_info")
  public abstract Optional<ShippingInfo> shippingInfo();

  /** Returns how the order is paid, such as {@code "COD"}. */
  @JsonName("payment_type")
  public abstract Optional<PaymentMethod> paymentType();

  /** Returns the payment channel, such as a bank. */
  @JsonName("payment_via")
  public abstract Optional<String> paymentVia();

  /** Returns who receives the order. */
  @JsonName("recipient_info")
  public abstract Optional<RecipientInfo> recipientInfo();

  /** Returns who bought the order. */
  @JsonName("buyer_info")
  public abstract Optional<BuyerInfo> buyerInfo();

  /** Returns the dropshipper (its fields are null when there is none). */
  @JsonName("dropshipper_info")
  public abstract Optional<DropshipperInfo> dropshipperInfo();

  /** Returns the product lines. */
  @JsonName("product_info")
  public abstract List<ProductLine> productLines();

  /** Returns the totals. */
  @JsonName("price_info")
  public abstract Optional<PriceInfo> priceInfo();

  /** Returns the discounts. */
  @JsonName("discount_info")
  public abstract List<Discount> discounts();

  /** Returns when the buyer checked out. */
  @JsonName("checkout_at")
  public abstract Optional<OffsetDateTime> checkoutAt();

  /** Returns when the order was paid. */
  @JsonName("paid_at")
  public abstract Optional<OffsetDateTime> paidAt();

  /** Returns the deadline to answer a cancellation request. */
  @JsonName("cancel_sla_at")
  public abstract Optional<OffsetDateTime> cancelSlaAt();

  /** Returns when the order was created. */
  @JsonName("created_at")
  public abstract OffsetDateTime createdAt();

  /** Returns when the order last changed. */
  @JsonName("updated_at")
  public abstract Optional<OffsetDateTime> updatedAt();

  /** Returns true when the marketplace fulfills the order. */
  @JsonName("fulfill_by_mp")
  @Value.Default
  public boolean fulfillByMp() {
    return false;
  }

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
