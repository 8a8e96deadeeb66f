package dev.orderkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.squareup.moshi.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The partner responses as a hand-written client would model them: plain classes with public
 * fields, read by Moshi's reflection (the OkHttp + Moshi baseline) and by Jackson databind (the
 * decoding baseline). Same JSON names, same Java types as the SDK's models (amounts are
 * {@link BigDecimal}, times {@link OffsetDateTime}); statuses are plain strings.
 */
final class Plain {
  private Plain() {}

  /** The partner envelope around {@code data}. */
  static class Envelope<T> {
    @Json(name = "status") @JsonProperty("status") public int status;
    @Json(name = "message") @JsonProperty("message") public String message;
    @Json(name = "data") @JsonProperty("data") public T data;
    @Json(name = "errors") @JsonProperty("errors") public Object errors;
    @Json(name = "request_id") @JsonProperty("request_id") public String requestId;
  }

  /** Moshi's reflection needs a concrete class for the envelope of a detail. */
  static final class DetailEnvelope extends Envelope<OrderDetail> {}

  /** And of a list page. */
  static final class ListEnvelope extends Envelope<OrderList> {}

  static final class OrderDetail {
    @Json(name = "order_id") @JsonProperty("order_id") public long orderId;
    @Json(name = "order_code") @JsonProperty("order_code") public String orderCode;
    @Json(name = "original_order_code") @JsonProperty("original_order_code")
    public String originalOrderCode;
    @Json(name = "internal_status") @JsonProperty("internal_status") public String internalStatus;
    @Json(name = "external_status") @JsonProperty("external_status") public String externalStatus;
    @Json(name = "cancel_by") @JsonProperty("cancel_by") public String cancelBy;
    @Json(name = "cancel_reason") @JsonProperty("cancel_reason") public String cancelReason;
    @Json(name = "channel") @JsonProperty("channel") public String channel;
    @Json(name = "created_via") @JsonProperty("created_via") public String createdVia;
    @Json(name = "client_id") @JsonProperty("client_id") public String clientId;
    @Json(name = "client_name") @JsonProperty("client_name") public String clientName;
    @Json(name = "location_id") @JsonProperty("location_id") public Long locationId;
    @Json(name = "store_name") @JsonProperty("store_name") public String storeName;
    @Json(name = "store_channel_id") @JsonProperty("store_channel_id") public String storeChannelId;
    @Json(name = "delivery") @JsonProperty("delivery") public String delivery;
    @Json(name = "shipping_info") @JsonProperty("shipping_info") public ShippingInfo shippingInfo;
    @Json(name = "payment_type") @JsonProperty("payment_type") public String paymentType;
    @Json(name = "payment_via") @JsonProperty("payment_via") public String paymentVia;
    @Json(name = "recipient_info") @JsonProperty("recipient_info") public RecipientInfo recipientInfo;
    @Json(name = "buyer_info") @JsonProperty("buyer_info") public BuyerInfo buyerInfo;
    @Json(name = "dropshipper_info") @JsonProperty("dropshipper_info")
    public DropshipperInfo dropshipperInfo;
    @Json(name = "product_info") @JsonProperty("product_info") public List<ProductLine> productInfo;
    @Json(name = "price_info") @JsonProperty("price_info") public PriceInfo priceInfo;
    @Json(name = "discount_info") @JsonProperty("discount_info")
    public List<Map<String, Object>> discountInfo;
    @Json(name = "checkout_at") @JsonProperty("checkout_at") public OffsetDateTime checkoutAt;
    @Json(name = "paid_at") @JsonProperty("paid_at") public OffsetDateTime paidAt;
    @Json(name = "cancel_sla_at") @JsonProperty("cancel_sla_at") public OffsetDateTime cancelSlaAt;
    @Json(name = "created_at") @JsonProperty("created_at") public OffsetDateTime createdAt;
    @Json(name = "updated_at") @JsonProperty("updated_at") public OffsetDateTime updatedAt;
    @Json(name = "fulfill_by_mp") @JsonProperty("fulfill_by_mp") public boolean fulfillByMp;
  }

  static final class ShippingInfo {
    @Json(name = "provider_name") @JsonProperty("provider_name") public String providerName;
    @Json(name = "provider_service") @JsonProperty("provider_service") public String providerService;
    @Json(name = "logistic_carrier") @JsonProperty("logistic_carrier") public String logisticCarrier;
    @Json(name = "tracking_number") @JsonProperty("tracking_number") public String trackingNumber;
    @Json(name = "routing_code") @JsonProperty("routing_code") public String routingCode;
    @Json(name = "sorting_code") @JsonProperty("sorting_code") public String sortingCode;
  }

  static final class RecipientInfo {
    @Json(name = "name") @JsonProperty("name") public String name;
    @Json(name = "phone") @JsonProperty("phone") public String phone;
    @Json(name = "email") @JsonProperty("email") public String email;
    @Json(name = "country") @JsonProperty("country") public String country;
    @Json(name = "state") @JsonProperty("state") public String state;
    @Json(name = "city") @JsonProperty("city") public String city;
    @Json(name = "district") @JsonProperty("district") public String district;
    @Json(name = "sub_district") @JsonProperty("sub_district") public String subDistrict;
    @Json(name = "full_address") @JsonProperty("full_address") public String fullAddress;
    @Json(name = "postal_code") @JsonProperty("postal_code") public String postalCode;
    @Json(name = "longitude") @JsonProperty("longitude") public BigDecimal longitude;
    @Json(name = "latitude") @JsonProperty("latitude") public BigDecimal latitude;
    @Json(name = "remarks") @JsonProperty("remarks") public String remarks;
  }

  static final class BuyerInfo {
    @Json(name = "name") @JsonProperty("name") public String name;
    @Json(name = "phone") @JsonProperty("phone") public String phone;
    @Json(name = "email") @JsonProperty("email") public String email;
    @Json(name = "full_address") @JsonProperty("full_address") public String fullAddress;
    @Json(name = "remarks") @JsonProperty("remarks") public String remarks;
  }

  static final class DropshipperInfo {
    @Json(name = "name") @JsonProperty("name") public String name;
    @Json(name = "phone") @JsonProperty("phone") public String phone;
    @Json(name = "email") @JsonProperty("email") public String email;
    @Json(name = "full_address") @JsonProperty("full_address") public String fullAddress;
  }

  static final class ProductLine {
    @Json(name = "order_detail_id") @JsonProperty("order_detail_id") public long orderDetailId;
    @Json(name = "product_id") @JsonProperty("product_id") public Long productId;
    @Json(name = "product_name") @JsonProperty("product_name") public String productName;
    @Json(name = "is_cancel") @JsonProperty("is_cancel") public boolean isCancel;
    @Json(name = "sku") @JsonProperty("sku") public String sku;
    @Json(name = "price") @JsonProperty("price") public BigDecimal price;
    @Json(name = "currency") @JsonProperty("currency") public String currency;
    @Json(name = "quantity") @JsonProperty("quantity") public int quantity;
    @Json(name = "weight") @JsonProperty("weight") public BigDecimal weight;
  }

  static final class PriceInfo {
    @Json(name = "sub_total") @JsonProperty("sub_total") public BigDecimal subTotal;
    @Json(name = "shipping_price") @JsonProperty("shipping_price") public BigDecimal shippingPrice;
    @Json(name = "total_discount") @JsonProperty("total_discount") public BigDecimal totalDiscount;
    @Json(name = "tax") @JsonProperty("tax") public BigDecimal tax;
    @Json(name = "cod_price") @JsonProperty("cod_price") public BigDecimal codPrice;
    @Json(name = "dfod_price") @JsonProperty("dfod_price") public BigDecimal dfodPrice;
    @Json(name = "insurance_price") @JsonProperty("insurance_price") public BigDecimal insurancePrice;
    @Json(name = "grand_total") @JsonProperty("grand_total") public BigDecimal grandTotal;
    @Json(name = "currency") @JsonProperty("currency") public String currency;
  }

  static final class OrderList {
    @Json(name = "data") @JsonProperty("data") public List<OrderSummary> orders;
    @Json(name = "current_page") @JsonProperty("current_page") public int currentPage;
    @Json(name = "per_page") @JsonProperty("per_page") public int perPage;
    @Json(name = "total_data") @JsonProperty("total_data") public int totalData;
    @Json(name = "total_page") @JsonProperty("total_page") public int totalPage;
  }

  static final class OrderSummary {
    @Json(name = "order_header_id") @JsonProperty("order_header_id") public long orderHeaderId;
    @Json(name = "order_code") @JsonProperty("order_code") public String orderCode;
    @Json(name = "order_reference_id") @JsonProperty("order_reference_id")
    public String orderReferenceId;
    @Json(name = "internal_status") @JsonProperty("internal_status") public String internalStatus;
    @Json(name = "external_status") @JsonProperty("external_status") public String externalStatus;
    @Json(name = "store_platform") @JsonProperty("store_platform") public String storePlatform;
    @Json(name = "location_id") @JsonProperty("location_id") public Long locationId;
    @Json(name = "warehouse_code") @JsonProperty("warehouse_code") public String warehouseCode;
    @Json(name = "payment_method") @JsonProperty("payment_method") public String paymentMethod;
    @Json(name = "logistic_provider_name") @JsonProperty("logistic_provider_name")
    public String logisticProviderName;
    @Json(name = "logistic_service_name") @JsonProperty("logistic_service_name")
    public String logisticServiceName;
    @Json(name = "logistic_carrier") @JsonProperty("logistic_carrier") public String logisticCarrier;
    @Json(name = "delivery") @JsonProperty("delivery") public String delivery;
    @Json(name = "tracking_number") @JsonProperty("tracking_number") public String trackingNumber;
    @Json(name = "is_fake") @JsonProperty("is_fake") public boolean isFake;
    @Json(name = "fulfill_by_mp") @JsonProperty("fulfill_by_mp") public boolean fulfillByMp;
    @Json(name = "created_at") @JsonProperty("created_at") public OffsetDateTime createdAt;
    @Json(name = "updated_at") @JsonProperty("updated_at") public OffsetDateTime updatedAt;
  }
}
