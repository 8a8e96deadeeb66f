package dev.orderkit.testkit;

import static dev.orderkit.testkit.PartnerWire.blankToNull;
import static dev.orderkit.testkit.PartnerWire.money;
import static dev.orderkit.testkit.PartnerWire.object;

import dev.orderkit.partner.model.Buyer;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.Customer;
import dev.orderkit.partner.model.Delivery;
import dev.orderkit.partner.model.FulfillmentAction;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.Recipient;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ShippingAddress;
import dev.orderkit.partner.model.StatusFlow;
import dev.orderkit.partner.model.UpdateOrderParams;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fake partner API's orders, in memory: creation, the status flow (decided by
 * {@link StatusFlow}), order and delivery history, and the answers rendered from them. Every
 * method holds the store's lock, so answers are consistent snapshots.
 */
final class PartnerStore {
  /** Where an order can still be edited: before it leaves the warehouse. */
  private static final Set<OrderStatus.Known> EDITABLE = EnumSet.of(OrderStatus.Known.PENDING,
      OrderStatus.Known.TO_PROCESS, OrderStatus.Known.PROCESS, OrderStatus.Known.PACKED);
  /** Where a shipping label exists: once the order is packed and booked with a courier. */
  private static final Set<OrderStatus.Known> LABELLED = EnumSet.of(OrderStatus.Known.PACKED,
      OrderStatus.Known.SHIPPED, OrderStatus.Known.COMPLETED, OrderStatus.Known.RETURNED);

  private final String tenantId;
  private final Map<String, Rec> byCode = new LinkedHashMap<>();
  private final Map<Long, Rec> byId = new HashMap<>();
  private long nextId = 1;
  private long nextLineId = 1;
  private @Nullable OffsetDateTime lastTime;

  PartnerStore(String tenantId) {
    this.tenantId = tenantId;
  }

  /** One order and everything that happened to it; guarded by the store's lock. */
  static final class Rec {
    final long id;
    final String code;
    final CreateOrderParams request;
    final OffsetDateTime createdAt;
    OffsetDateTime updatedAt;
    @Nullable OffsetDateTime paidAt;
    OrderStatus.Known status;
    Map<String, Object> recipient;
    Map<String, Object> buyer;
    Map<String, Object> dropshipper;
    List<Map<String, Object>> lines = new ArrayList<>();
    Map<String, Object> price;
    @Nullable String trackingNumber;
    @Nullable String pickupOption;
    boolean cancelRequested;
    @Nullable String cancelBy;
    @Nullable String cancelReason;
    @Nullable String returnBy;
    @Nullable String returnReason;
    boolean labelPrinted;
    @Nullable String notes;
    List<String> tags = new ArrayList<>();
    /** Oldest first; the wire lists them newest first, as the docs do. */
    final List<Map<String, Object>> orderHistory = new ArrayList<>();
    final List<Map<String, Object>> deliveryHistory = new ArrayList<>();

    Rec(long id, String code, CreateOrderParams request, OffsetDateTime createdAt) {
      this.id = id;
      this.code = code;
      this.request = request;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }
  }

  // ---- state

  synchronized void clear() {
    byCode.clear();
    byId.clear();
    nextId = 1;
    nextLineId = 1;
    lastTime = null;
  }

  /** Now, strictly after every earlier time handed out, so created_at orders are total. */
  private OffsetDateTime tick() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    if (lastTime != null && !now.isAfter(lastTime)) {
      now = lastTime.plus(1, ChronoUnit.MICROS);
    }
    lastTime = now;
    return now;
  }

  private Rec get(String code) {
    Rec rec = code == null ? null : byCode.get(code);
    if (rec == null) {
      throw PartnerRefusal.notFound(code);
    }
    return rec;
  }

  synchronized FakePartnerApi.@Nullable Order view(String code) {
    Rec rec = byCode.get(code);
    return rec == null ? null : FakePartnerApi.Order.of(rec, detail(rec));
  }

  synchronized List<FakePartnerApi.Order> views() {
    List<FakePartnerApi.Order> views = new ArrayList<>();
    for (Rec rec : byCode.values()) {
      views.add(FakePartnerApi.Order.of(rec, detail(rec)));
    }
    return Collections.unmodifiableList(views);
  }

  // ---- orders

  /** Stores a new order; {@code order_code} must be unique. Returns the order code. */
  synchronized String create(CreateOrderParams p) {
    if (byCode.containsKey(p.orderCode())) {
      throw PartnerRefusal.invalid("order_code", "The order code has already been taken.");
    }
    OffsetDateTime now = tick();
    Rec rec = new Rec(nextId++, p.orderCode(), p, now);
    rec.status = p.isUnpaid() ? OrderStatus.Known.PENDING : OrderStatus.Known.TO_PROCESS;
    rec.paidAt = p.isUnpaid() ? null : now;
    Recipient r = p.recipient();
    rec.recipient = object("name", r.name(), "phone", r.phone(), "email", r.email().orElse(null),
        "country", r.country().orElse(null), "state", r.province().orElse(null),
        "city", r.city().orElse(null), "district", r.district().orElse(null),
        "sub_district", r.subDistrict().orElse(null), "full_address", r.fullAddress(),
        "postal_code", r.postalCode().orElse(null), "longitude", null, "latitude", null,
        "remarks", blankToNull(r.remarks().orElse(null)));
    Buyer b = p.buyer().orElse(Buyer.builder().build());
    rec.buyer = object("name", b.name().orElse(null), "phone", b.phone().orElse(null),
        "email", b.email().orElse(null), "full_address", b.fullAddress().orElse(null),
        "remarks", null);
    rec.dropshipper = object("name", blankToNull(p.dropshipperName().orElse(null)),
        "phone", blankToNull(p.dropshipperPhone().orElse(null)),
        "email", blankToNull(p.dropshipperEmail().orElse(null)),
        "full_address", blankToNull(p.dropshipperFullAddress().orElse(null)));
    BigDecimal sum = BigDecimal.ZERO;
    for (ProductItem item : p.products()) {
      rec.lines.add(object("order_detail_id", nextLineId++,
          "product_id", item.productId().orElse(null), "product_name", item.name().orElse(null),
          "is_cancel", false, "sku", item.sku(), "price", money(item.unitPrice()),
          "currency", "IDR", "quantity", item.qty(), "weight", item.unitWeight().orElse(null)));
      sum = sum.add(item.unitPrice().multiply(BigDecimal.valueOf(item.qty())));
    }
    rec.price = price(p.price().orElse(null), sum);
    String awb = p.delivery().isPresent()
        ? blankToNull(p.delivery().get().trackingNumber().orElse(null)) : null;
    rec.trackingNumber = awb;
    byCode.put(rec.code, rec);
    byId.put(rec.id, rec);
    history(rec, "Create Order", "");
    return rec.code;
  }

  private static Map<String, Object> price(@Nullable OrderPrice p, BigDecimal productsTotal) {
    BigDecimal subTotal = p != null ? p.subTotalPrice() : productsTotal;
    BigDecimal shipping = p != null ? p.shippingPrice().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    BigDecimal discount = p != null
        ? p.totalDiscountPrice().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    BigDecimal insurance = p != null
        ? p.insurancePrice().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    BigDecimal cod = p != null ? p.codPrice().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    BigDecimal grand = p != null ? p.grandTotalOrderPrice()
        : subTotal.add(shipping).add(insurance).subtract(discount);
    return object("sub_total", money(subTotal), "shipping_price", money(shipping),
        "total_discount", money(discount), "tax", money(BigDecimal.ZERO), "cod_price", money(cod),
        "dfod_price", money(BigDecimal.ZERO), "insurance_price", money(insurance),
        "grand_total", money(grand), "currency", "IDR");
  }

  /** The order detail ({@code data} of get order details). */
  synchronized Map<String, Object> detail(long id) {
    Rec rec = byId.get(id);
    if (rec == null) {
      throw PartnerRefusal.notFound(Long.toString(id));
    }
    return detail(rec);
  }

  /** Updates the buyer, recipient, notes and tags of an order not yet shipped. */
  synchronized void update(UpdateOrderParams p) {
    Rec rec = get(p.orderCode());
    if (!EDITABLE.contains(rec.status)) {
      throw refusedIn(rec, "update");
    }
    if (p.customer().isPresent()) {
      Customer c = p.customer().get();
      putIfPresent(rec.buyer, "name", c.name().orElse(null));
      putIfPresent(rec.buyer, "email", c.email().orElse(null));
      putIfPresent(rec.buyer, "phone", c.phone().orElse(null));
    }
    if (p.shippingAddress().isPresent()) {
      ShippingAddress a = p.shippingAddress().get();
      putIfPresent(rec.recipient, "name", a.name().orElse(null));
      putIfPresent(rec.recipient, "phone", a.phone().orElse(null));
      putIfPresent(rec.recipient, "full_address", a.address().orElse(null));
      putIfPresent(rec.recipient, "city", a.city().orElse(null));
      putIfPresent(rec.recipient, "state", a.province().orElse(null));
      putIfPresent(rec.recipient, "postal_code", a.postalCode().orElse(null));
      putIfPresent(rec.recipient, "country", a.country().orElse(null));
    }
    if (p.notes().isPresent()) {
      rec.notes = p.notes().get();
      rec.recipient.put("remarks", blankToNull(rec.notes));
    }
    if (p.tags().isPresent()) {
      rec.tags = new ArrayList<>(p.tags().get());
    }
    rec.updatedAt = tick();
  }

  private static void putIfPresent(Map<String, Object> map, String name,
      @Nullable String value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  /** One page of the list, with its totals ({@code data} of list orders). */
  synchronized Map<String, Object> list(PartnerQuery q) {
    List<Rec> matching = new ArrayList<>();
    for (Rec rec : byCode.values()) {
      if (q.status != null && q.status != rec.status) {
        continue;
      }
      if (q.unknownStatus || (q.createdFrom != null && rec.createdAt.isBefore(q.createdFrom))
          || (q.createdTo != null && rec.createdAt.isAfter(q.createdTo))) {
        continue;
      }
      matching.add(rec);
    }
    Comparator<Rec> order = Comparator.comparing((Rec r) -> r.createdAt);
    if (q.sortByStatus) {
      order = Comparator.comparing((Rec r) -> r.status).thenComparing(order);
    }
    Collections.sort(matching, q.ascending ? order : order.reversed());
    int total = matching.size();
    int totalPages = Math.max(1, (total + q.perPage - 1) / q.perPage);
    List<Object> page = new ArrayList<>();
    long from = (long) (q.page - 1) * q.perPage;
    for (long i = from; i < Math.min(total, from + q.perPage); i++) {
      page.add(summary(matching.get((int) i)));
    }
    return object("data", page, "current_page", q.page, "per_page", q.perPage,
        "total_data", total, "total_page", totalPages);
  }

  // ---- fulfillment

  /** Runs a fulfillment action that needs nothing but the order code. */
  synchronized void act(FulfillmentAction action, String code) {
    Rec rec = get(code);
    switch (action) {
      case PROCESS:
        move(rec, action, "Process Order", "");
        break;
      case SHIP:
        move(rec, action, "Ship Order", "");
        if (rec.trackingNumber == null) {
          rec.trackingNumber = String.format(Locale.ROOT, "FAKE%010d", rec.id);
        }
        delivery(rec, "in_transit", origin(rec));
        break;
      case COMPLETE:
        move(rec, action, "Complete Order", "");
        Object city = rec.recipient.get("city");
        delivery(rec, "delivered", city != null ? city.toString() : "Destination");
        break;
      case APPROVE_CANCEL:
        allowed(rec, action);
        requireCancelRequest(rec);
        rec.cancelRequested = false;
        move(rec, action, "Approve Cancel Order", rec.cancelReason == null ? "" : rec.cancelReason);
        break;
      case REJECT_CANCEL:
        allowed(rec, action);
        requireCancelRequest(rec);
        rec.cancelRequested = false;
        rec.cancelBy = null;
        rec.cancelReason = null;
        rec.updatedAt = tick(); // the status stays: no history entry
        break;
      default:
        throw new IllegalArgumentException(action + " needs more than an order code");
    }
  }

  /** Set packed ({@code PACK}) or async process-packed ({@code PROCESS_AND_PACK}). */
  synchronized void pack(FulfillmentAction action, PackOrderParams p) {
    Rec rec = get(p.orderCode());
    if (!p.pickupOption().known().isPresent()) {
      throw PartnerRefusal.invalid("pickup_option", "The selected pickup option is invalid.");
    }
    allowed(rec, action);
    String option = p.pickupOption().value();
    if (rec.status == OrderStatus.Known.TO_PROCESS) {
      move(rec, FulfillmentAction.PROCESS, "Process Order", "");
    }
    move(rec, FulfillmentAction.PACK, "Pack Order", option);
    rec.pickupOption = option;
  }

  /** Cancels at once ({@code direct_cancel}) or records a cancellation request. */
  synchronized boolean cancel(CancelOrderParams p) {
    Rec rec = get(p.orderCode());
    if (!p.cancelBy().known().isPresent()) {
      throw PartnerRefusal.invalid("cancel_by", "The selected cancel by is invalid.");
    }
    allowed(rec, FulfillmentAction.CANCEL);
    rec.cancelBy = p.cancelBy().value();
    rec.cancelReason = p.cancelReason().orElse(null);
    if (!p.directCancel()) {
      rec.cancelRequested = true;
      rec.updatedAt = tick();
      return false;
    }
    rec.cancelRequested = false;
    move(rec, FulfillmentAction.CANCEL, "Cancel Order",
        rec.cancelReason == null ? "" : rec.cancelReason);
    return true;
  }

  /** A buyer's cancellation request arriving from the sales channel. */
  synchronized void requestCancellation(String code, String cancelBy, @Nullable String reason) {
    Rec rec = get(code);
    allowed(rec, FulfillmentAction.CANCEL);
    rec.cancelRequested = true;
    rec.cancelBy = cancelBy;
    rec.cancelReason = reason;
    rec.updatedAt = tick();
  }

  /** Records a return of a shipped order. */
  synchronized void returnOrder(ReturnOrderParams p) {
    Rec rec = get(p.orderCode());
    String reason = p.returnReason().orElse("");
    move(rec, FulfillmentAction.RETURN, "Return Order", reason);
    rec.returnBy = p.returnBy().value();
    rec.returnReason = p.returnReason().orElse(null);
    delivery(rec, "returned", origin(rec));
  }

  /** Payment confirmed outside the API: {@code pending → to_process}. */
  synchronized void confirmPayment(String code) {
    Rec rec = get(code);
    if (rec.status != OrderStatus.Known.PENDING) {
      throw new IllegalStateException("Order " + code + " is " + PartnerWire.display(rec.status)
          + ", not Pending: its payment is already confirmed");
    }
    rec.status = OrderStatus.Known.TO_PROCESS;
    rec.updatedAt = tick();
    rec.paidAt = rec.updatedAt;
    history(rec, "Confirm Payment", "");
  }

  /** The shipping label's {@code data}; marks it printed when asked. */
  synchronized Map<String, Object> label(String code, boolean markPrinted, String url) {
    Rec rec = get(code);
    if (!LABELLED.contains(rec.status)) {
      throw refusedIn(rec, "get the shipping label of");
    }
    if (markPrinted) {
      rec.labelPrinted = true;
    }
    return object("order_id", rec.id, "channel", "offline", "order_code", rec.code, "url", url);
  }

  /** Whether the fake holds an order with this code. */
  synchronized boolean exists(String code) {
    return byCode.containsKey(code);
  }

  /** The tracking {@code data}: the order's history and courier scans, newest first. */
  synchronized Map<String, Object> tracking(String code) {
    Rec rec = get(code);
    Delivery d = rec.request.delivery().orElse(null);
    List<Map<String, Object>> orderHistory = PartnerWire.copy(rec.orderHistory);
    Collections.reverse(orderHistory);
    List<Map<String, Object>> deliveryHistory = PartnerWire.copy(rec.deliveryHistory);
    Collections.reverse(deliveryHistory);
    return object("order_code", rec.code, "order_reference_id", rec.code,
        "order_status", PartnerWire.display(rec.status), "tracking_number", rec.trackingNumber,
        "channel", "Offline", "courier", carrier(d),
        "service", d == null ? null : d.logisticServiceName().orElse(null),
        "tenant_id", tenantId, "order_history", orderHistory, "delivery_history", deliveryHistory);
  }

  // ---- the flow

  /** The status after {@code action}, or a 422 naming the current status. */
  private static OrderStatus.Known allowed(Rec rec, FulfillmentAction action) {
    OrderStatus next = StatusFlow.next(PartnerWire.code(rec.status), action).orElse(null);
    if (next == null) {
      List<String> from = new ArrayList<>();
      for (OrderStatus.Known k : OrderStatus.Known.values()) {
        if (k != OrderStatus.Known.ALL && StatusFlow.isAllowed(PartnerWire.code(k), action)) {
          from.add(PartnerWire.display(k));
        }
      }
      String message = "Cannot " + verb(action) + " order " + rec.code + " in status "
          + PartnerWire.display(rec.status) + " (allowed from: " + String.join(", ", from) + ")";
      throw PartnerRefusal.invalid("status", message);
    }
    return next.known().get();
  }

  private static PartnerRefusal refusedIn(Rec rec, String what) {
    return PartnerRefusal.invalid("status", "Cannot " + what + " order " + rec.code
        + " in status " + PartnerWire.display(rec.status));
  }

  private static void requireCancelRequest(Rec rec) {
    if (!rec.cancelRequested) {
      throw PartnerRefusal.invalid("order_code",
          "Order " + rec.code + " has no pending cancellation request");
    }
  }

  /** Moves the order along the flow and records the change. */
  private void move(Rec rec, FulfillmentAction action, String activity, String remarks) {
    OrderStatus.Known next = allowed(rec, action);
    rec.updatedAt = tick();
    if (next != rec.status) {
      rec.status = next;
      history(rec, activity, remarks);
    }
  }

  private void history(Rec rec, String activity, String remarks) {
    rec.orderHistory.add(object("status", PartnerWire.display(rec.status),
        "channel_status", PartnerWire.channel(rec.status), "activity", activity,
        "full_name", "System", "created_at", PartnerWire.trackingTime(rec.updatedAt),
        "file_url", "", "remarks", remarks));
  }

  private void delivery(Rec rec, String status, String location) {
    Delivery d = rec.request.delivery().orElse(null);
    String courier = d == null ? null : d.logisticProviderName().orElse(null);
    String service = d == null ? null : d.logisticServiceName().orElse(null);
    rec.deliveryHistory.add(object("tracking_number", rec.trackingNumber, "status", status,
        "location", location, "timestamp", PartnerWire.trackingTime(rec.updatedAt),
        "courier", courier == null ? null : courier.toLowerCase(Locale.ROOT),
        "service", service == null ? null : service.toLowerCase(Locale.ROOT)));
  }

  private static String origin(Rec rec) {
    return rec.request.originCode().orElse("Origin");
  }

  private static String verb(FulfillmentAction action) {
    switch (action) {
      case PROCESS: return "process";
      case PACK: return "pack";
      case PROCESS_AND_PACK: return "process and pack";
      case SHIP: return "ship";
      case COMPLETE: return "complete";
      case CANCEL: return "cancel";
      case APPROVE_CANCEL: return "approve the cancellation of";
      case REJECT_CANCEL: return "reject the cancellation of";
      case RETURN: return "return";
      default: return action.name().toLowerCase(Locale.ROOT);
    }
  }

  // ---- rendering (under the lock)

  private static @Nullable String carrier(@Nullable Delivery d) {
    if (d == null) {
      return null;
    }
    return d.logisticCarrier().isPresent() ? d.logisticCarrier().get() : d.logistic().orElse(null);
  }

  private static @Nullable Long locationId(Rec rec) {
    String id = rec.request.locationId().orElse(null);
    try {
      return id == null ? null : Long.valueOf(id.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String deliveryType(@Nullable Delivery d) {
    return d == null ? "REGULER" : d.deliveryMethod().orElse("REGULER");
  }

  private static Map<String, Object> summary(Rec rec) {
    Delivery d = rec.request.delivery().orElse(null);
    return object("order_header_id", rec.id, "order_code", rec.code,
        "order_reference_id", rec.code, "internal_status", PartnerWire.display(rec.status),
        "external_status", PartnerWire.channel(rec.status), "store_platform", "offline",
        "location_id", locationId(rec), "warehouse_code", null,
        "payment_method", rec.request.paymentMethodType().isPresent()
            ? rec.request.paymentMethodType().get().value() : null,
        "logistic_provider_name", d == null ? null : d.logisticProviderName().orElse(null),
        "logistic_service_name", d == null ? null : d.logisticServiceName().orElse(null),
        "logistic_carrier", carrier(d), "delivery", deliveryType(d),
        "tracking_number", rec.trackingNumber, "is_fake", false, "fulfill_by_mp", false,
        "created_at", PartnerWire.orderTime(rec.createdAt),
        "updated_at", PartnerWire.orderTime(rec.updatedAt));
  }

  private Map<String, Object> detail(Rec rec) {
    CreateOrderParams p = rec.request;
    Delivery d = p.delivery().orElse(null);
    boolean cancelled = rec.status == OrderStatus.Known.CANCELLED;
    return object("order_id", rec.id, "order_code", rec.code, "original_order_code", rec.code,
        "internal_status", PartnerWire.display(rec.status),
        "external_status", PartnerWire.channel(rec.status),
        "cancel_by", cancelled || rec.cancelRequested ? rec.cancelBy : null,
        "cancel_reason", cancelled || rec.cancelRequested ? rec.cancelReason : null,
        "channel", null, "created_via", "API", "client_id", tenantId, "client_name", "",
        "location_id", locationId(rec), "store_name", "Toko Offline",
        "store_channel_id", p.storeId().orElse(null), "delivery", deliveryType(d),
        "shipping_info", object(
            "provider_name", d == null ? null : d.logisticProviderName().orElse(null),
            "provider_service", d == null ? null : d.logisticServiceName().orElse(null),
            "logistic_carrier", carrier(d), "tracking_number", rec.trackingNumber,
            "routing_code", null, "sorting_code", null),
        "payment_type", p.paymentMethodType().isPresent()
            ? p.paymentMethodType().get().value() : null,
        "payment_via", p.paymentVia().orElse(null),
        "recipient_info", PartnerWire.copy(rec.recipient),
        "buyer_info", PartnerWire.copy(rec.buyer),
        "dropshipper_info", PartnerWire.copy(rec.dropshipper),
        "product_info", PartnerWire.copy(rec.lines),
        "price_info", PartnerWire.copy(rec.price), "discount_info", new ArrayList<Object>(),
        "checkout_at", p.checkoutAt().isPresent()
            ? PartnerWire.orderTime(p.checkoutAt().get()) : null,
        "paid_at", PartnerWire.orderTime(rec.paidAt), "cancel_sla_at", null,
        "created_at", PartnerWire.orderTime(rec.createdAt),
        "updated_at", PartnerWire.orderTime(rec.updatedAt), "fulfill_by_mp", false);
  }
}
