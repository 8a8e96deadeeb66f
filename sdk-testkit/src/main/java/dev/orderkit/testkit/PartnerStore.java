package dev.orderkit.testkit;

import static dev.orderkit.testkit.Json.copy;
import static dev.orderkit.testkit.PartnerWire.amount;
import static dev.orderkit.testkit.PartnerWire.blankToNull;
import static dev.orderkit.testkit.PartnerWire.flag;
import static dev.orderkit.testkit.PartnerWire.money;
import static dev.orderkit.testkit.PartnerWire.obj;
import static dev.orderkit.testkit.PartnerWire.object;
import static dev.orderkit.testkit.PartnerWire.str;
import static dev.orderkit.testkit.PartnerWire.text;

import dev.orderkit.testkit.PartnerFlow.Action;
import dev.orderkit.testkit.PartnerFlow.Status;
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
 * The fake partner API's orders, in memory, as plain JSON trees in the docs' shapes: creation,
 * the status flow (the fake's own {@link PartnerFlow}), order and delivery history, and the
 * answers rendered from them. Request bodies arrive already checked against {@link
 * PartnerSchema}. Every method holds the store's lock, so answers are consistent snapshots.
 */
final class PartnerStore {
  /** Where an order can still be edited: before it leaves the warehouse. */
  private static final Set<Status> EDITABLE =
      EnumSet.of(Status.PENDING, Status.TO_PROCESS, Status.PROCESS, Status.PACKED);
  /** Where a shipping label exists: once the order is packed and booked with a courier. */
  private static final Set<Status> LABELLED =
      EnumSet.of(Status.PACKED, Status.SHIPPED, Status.COMPLETED, Status.RETURNED);

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
    /** The create-order body as received; null for a seeded order. */
    final @Nullable Map<String, @Nullable Object> request;
    final OffsetDateTime createdAt;
    OffsetDateTime updatedAt;
    @Nullable OffsetDateTime paidAt;
    @Nullable OffsetDateTime checkoutAt;
    Status status = Status.TO_PROCESS;
    /**
     * The detail fields no action changes (and update's): everything of the detail shape but the
     * id, code, statuses, cancellation, tracking number and times.
     */
    Map<String, @Nullable Object> base = new LinkedHashMap<>();
    @Nullable String originCode;
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
    final List<Map<String, @Nullable Object>> orderHistory = new ArrayList<>();
    final List<Map<String, @Nullable Object>> deliveryHistory = new ArrayList<>();

    Rec(long id, String code, @Nullable Map<String, @Nullable Object> request,
        OffsetDateTime createdAt) {
      this.id = id;
      this.code = code;
      this.request = request;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }

    Map<String, @Nullable Object> shippingInfo() {
      return obj(base, "shipping_info");
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

  private Rec get(@Nullable String code) {
    Rec rec = code == null ? null : byCode.get(code);
    if (rec == null) {
      throw PartnerRefusal.notFound(String.valueOf(code));
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

  /** Stores a new order from a checked create-order body; {@code order_code} must be unique. */
  synchronized String create(Map<String, @Nullable Object> body) {
    String code = str(body, "order_code");
    if (byCode.containsKey(code)) {
      throw PartnerRefusal.invalid("order_code", "The order code has already been taken.");
    }
    OffsetDateTime now = tick();
    boolean unpaid = flag(body, "is_unpaid");
    Rec rec = new Rec(nextId++, code, copy(body), now);
    rec.status = unpaid ? Status.PENDING : Status.TO_PROCESS;
    rec.paidAt = unpaid ? null : now;
    String checkout = str(body, "checkout_at");
    rec.checkoutAt = checkout == null ? null : PartnerSchema.dateTime(checkout, false);
    rec.originCode = text(body, "origin_code");
    Map<String, @Nullable Object> r = obj(body, "recipient");
    Map<String, @Nullable Object> b = obj(body, "buyer");
    Map<String, @Nullable Object> d = obj(body, "delivery");
    Map<String, @Nullable Object> base = rec.base;
    base.put("channel", null);
    base.put("created_via", "API");
    base.put("client_id", tenantId);
    base.put("client_name", "");
    base.put("location_id", number(str(body, "location_id")));
    base.put("store_name", "Toko Offline");
    base.put("store_channel_id", str(body, "store_id"));
    base.put("delivery", text(d, "delivery_method") == null ? "REGULER"
        : text(d, "delivery_method"));
    String carrier = text(d, "logistic_carrier") != null ? text(d, "logistic_carrier")
        : text(d, "logistic");
    base.put("shipping_info", object("provider_name", text(d, "logistic_provider_name"),
        "provider_service", text(d, "logistic_service_name"), "logistic_carrier", carrier,
        "tracking_number", null, "routing_code", null, "sorting_code", null));
    base.put("payment_type", str(body, "payment_method_type"));
    base.put("payment_via", str(body, "payment_via"));
    base.put("recipient_info", object("name", str(r, "name"), "phone", str(r, "phone"),
        "email", str(r, "email"), "country", str(r, "country"), "state", str(r, "province"),
        "city", str(r, "city"), "district", str(r, "district"),
        "sub_district", str(r, "sub_district"), "full_address", str(r, "full_address"),
        "postal_code", str(r, "postal_code"), "longitude", null, "latitude", null,
        "remarks", text(r, "remarks")));
    base.put("buyer_info", object("name", str(b, "name"), "phone", str(b, "phone"),
        "email", str(b, "email"), "full_address", str(b, "full_address"), "remarks", null));
    base.put("dropshipper_info", object("name", text(body, "dropshipper_name"),
        "phone", text(body, "dropshipper_phone"), "email", text(body, "dropshipper_email"),
        "full_address", text(body, "dropshipper_full_address")));
    List<Object> lines = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Object item : (List<?>) body.get("products")) {
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> p = (Map<String, @Nullable Object>) item;
      BigDecimal unitPrice = amount(p, "unit_price");
      BigDecimal qty = (BigDecimal) p.get("qty");
      lines.add(object("order_detail_id", nextLineId++, "product_id", p.get("product_id"),
          "product_name", str(p, "name"), "is_cancel", false, "sku", str(p, "sku"),
          "price", money(unitPrice), "currency", "IDR", "quantity", qty.intValueExact(),
          "weight", amount(p, "unit_weight")));
      sum = sum.add(unitPrice.multiply(qty));
    }
    base.put("product_info", lines);
    base.put("price_info", price(body.containsKey("price") ? obj(body, "price") : null, sum));
    base.put("discount_info", new ArrayList<Object>());
    base.put("cancel_sla_at", null);
    base.put("fulfill_by_mp", false);
    rec.trackingNumber = text(d, "tracking_number");
    store(rec);
    history(rec, "Create Order", "");
    return rec.code;
  }

  private void store(Rec rec) {
    byCode.put(rec.code, rec);
    byId.put(rec.id, rec);
  }

  private static @Nullable Long number(@Nullable String text) {
    try {
      return text == null ? null : Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, @Nullable Object> price(@Nullable Map<String, @Nullable Object> p,
      BigDecimal productsTotal) {
    BigDecimal subTotal = orElse(p == null ? null : amount(p, "sub_total_price"), productsTotal);
    BigDecimal shipping = orElse(p == null ? null : amount(p, "shipping_price"), BigDecimal.ZERO);
    BigDecimal discount =
        orElse(p == null ? null : amount(p, "total_discount_price"), BigDecimal.ZERO);
    BigDecimal insurance =
        orElse(p == null ? null : amount(p, "insurance_price"), BigDecimal.ZERO);
    BigDecimal cod = orElse(p == null ? null : amount(p, "cod_price"), BigDecimal.ZERO);
    BigDecimal grand = orElse(p == null ? null : amount(p, "grand_total_order_price"),
        subTotal.add(shipping).add(insurance).subtract(discount));
    return object("sub_total", money(subTotal), "shipping_price", money(shipping),
        "total_discount", money(discount), "tax", money(BigDecimal.ZERO), "cod_price", money(cod),
        "dfod_price", money(BigDecimal.ZERO), "insurance_price", money(insurance),
        "grand_total", money(grand), "currency", "IDR");
  }

  private static BigDecimal orElse(@Nullable BigDecimal value, BigDecimal fallback) {
    return value != null ? value : fallback;
  }

  /** The order detail ({@code data} of get order details). */
  synchronized Map<String, @Nullable Object> detail(long id) {
    Rec rec = byId.get(id);
    if (rec == null) {
      throw PartnerRefusal.notFound(Long.toString(id));
    }
    return detail(rec);
  }

  /** Updates the buyer, recipient, notes and tags of an order not yet shipped. */
  synchronized void update(Map<String, @Nullable Object> body) {
    Rec rec = get(str(body, "order_code"));
    if (!EDITABLE.contains(rec.status)) {
      throw refusedIn(rec, "update");
    }
    Map<String, @Nullable Object> buyer = obj(rec.base, "buyer_info");
    Map<String, @Nullable Object> recipient = obj(rec.base, "recipient_info");
    Map<String, @Nullable Object> c = obj(body, "customer");
    putIfPresent(buyer, "name", str(c, "name"));
    putIfPresent(buyer, "email", str(c, "email"));
    putIfPresent(buyer, "phone", str(c, "phone"));
    Map<String, @Nullable Object> a = obj(body, "shipping_address");
    putIfPresent(recipient, "name", str(a, "name"));
    putIfPresent(recipient, "phone", str(a, "phone"));
    putIfPresent(recipient, "full_address", str(a, "address"));
    putIfPresent(recipient, "city", str(a, "city"));
    putIfPresent(recipient, "state", str(a, "province"));
    putIfPresent(recipient, "postal_code", str(a, "postal_code"));
    putIfPresent(recipient, "country", str(a, "country"));
    if (str(body, "notes") != null) {
      rec.notes = str(body, "notes");
      recipient.put("remarks", blankToNull(rec.notes));
    }
    if (body.get("tags") instanceof List) {
      rec.tags = new ArrayList<>();
      for (Object tag : (List<?>) body.get("tags")) {
        rec.tags.add((String) tag);
      }
    }
    rec.base.put("buyer_info", buyer);
    rec.base.put("recipient_info", recipient);
    rec.updatedAt = tick();
  }

  private static void putIfPresent(Map<String, @Nullable Object> map, String name,
      @Nullable String value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  /** One page of the list, with its totals ({@code data} of list orders). */
  synchronized Map<String, @Nullable Object> list(PartnerQuery q) {
    List<Rec> matching = new ArrayList<>();
    for (Rec rec : byCode.values()) {
      if (q.status != null && q.status != rec.status) {
        continue;
      }
      if ((q.createdFrom != null && rec.createdAt.isBefore(q.createdFrom))
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
  synchronized void act(Action action, String code) {
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
        String city = str(obj(rec.base, "recipient_info"), "city");
        delivery(rec, "delivered", city != null ? city : "Destination");
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
  synchronized void pack(Action action, String code, String option) {
    Rec rec = get(code);
    allowed(rec, action);
    if (rec.status == Status.TO_PROCESS) {
      move(rec, Action.PROCESS, "Process Order", "");
    }
    move(rec, Action.PACK, "Pack Order", option);
    rec.pickupOption = option;
  }

  /** Cancels at once ({@code direct_cancel}) or records a cancellation request. */
  synchronized boolean cancel(String code, String cancelBy, @Nullable String reason,
      boolean direct) {
    Rec rec = get(code);
    allowed(rec, Action.CANCEL);
    rec.cancelBy = cancelBy;
    rec.cancelReason = reason;
    if (!direct) {
      rec.cancelRequested = true;
      rec.updatedAt = tick();
      return false;
    }
    rec.cancelRequested = false;
    move(rec, Action.CANCEL, "Cancel Order", reason == null ? "" : reason);
    return true;
  }

  /** A buyer's cancellation request arriving from the sales channel. */
  synchronized void requestCancellation(String code, String cancelBy, @Nullable String reason) {
    Rec rec = get(code);
    allowed(rec, Action.CANCEL);
    rec.cancelRequested = true;
    rec.cancelBy = cancelBy;
    rec.cancelReason = reason;
    rec.updatedAt = tick();
  }

  /** Records a return of a shipped order. */
  synchronized void returnOrder(String code, String returnBy, @Nullable String reason) {
    Rec rec = get(code);
    move(rec, Action.RETURN, "Return Order", reason == null ? "" : reason);
    rec.returnBy = returnBy;
    rec.returnReason = reason;
    delivery(rec, "returned", origin(rec));
  }

  /** Payment confirmed outside the API: {@code pending → to_process}. */
  synchronized void confirmPayment(String code) {
    Rec rec = get(code);
    if (rec.status != Status.PENDING) {
      throw new IllegalStateException("Order " + code + " is " + rec.status.display
          + ", not Pending: its payment is already confirmed");
    }
    rec.status = Status.TO_PROCESS;
    rec.updatedAt = tick();
    rec.paidAt = rec.updatedAt;
    history(rec, "Confirm Payment", "");
  }

  /** The shipping label's {@code data}; marks it printed when asked. */
  synchronized Map<String, @Nullable Object> label(String code, boolean markPrinted, String url) {
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
  synchronized Map<String, @Nullable Object> tracking(String code) {
    Rec rec = get(code);
    List<Map<String, @Nullable Object>> orderHistory = copy(rec.orderHistory);
    Collections.reverse(orderHistory);
    List<Map<String, @Nullable Object>> deliveryHistory = copy(rec.deliveryHistory);
    Collections.reverse(deliveryHistory);
    Map<String, @Nullable Object> shipping = rec.shippingInfo();
    return object("order_code", rec.code, "order_reference_id", rec.code,
        "order_status", rec.status.display, "tracking_number", rec.trackingNumber,
        "channel", "Offline", "courier", shipping.get("logistic_carrier"),
        "service", shipping.get("provider_service"),
        "tenant_id", tenantId, "order_history", orderHistory, "delivery_history", deliveryHistory);
  }

  // ---- seeding

  /**
   * Adds an order given in the detail shape (checked by the caller against the detail's types):
   * {@code order_code} and {@code internal_status} (or {@code status}) at least; the rest takes
   * the documented defaults.
   */
  synchronized Map<String, @Nullable Object> seed(Map<String, @Nullable Object> d) {
    String code = text(d, "order_code");
    if (code == null) {
      throw new IllegalArgumentException("order_code is required");
    }
    if (byCode.containsKey(code)) {
      throw new IllegalArgumentException("order_code " + code + " is already held");
    }
    String statusText = text(d, "internal_status") != null ? text(d, "internal_status")
        : text(d, "status");
    Status status = statusText == null ? null : Status.of(statusText);
    if (status == null) {
      throw new IllegalArgumentException("internal_status (or status) is required: one of"
          + " the documented statuses, as a code (to_process) or as orders show it"
          + " (To Process); got " + statusText);
    }
    long id = nextId;
    if (d.get("order_id") != null) {
      id = ((BigDecimal) d.get("order_id")).longValueExact();
      if (id < 1 || byId.containsKey(id)) {
        throw new IllegalArgumentException("order_id " + id + " is taken or not positive");
      }
    }
    OffsetDateTime now = tick();
    OffsetDateTime createdAt = time(d, "created_at", now);
    Rec rec = new Rec(id, code, null, createdAt);
    nextId = Math.max(nextId, id + 1);
    rec.status = status;
    rec.updatedAt = time(d, "updated_at", createdAt);
    rec.paidAt = d.containsKey("paid_at") ? time(d, "paid_at", null)
        : status == Status.PENDING ? null : createdAt;
    rec.checkoutAt = time(d, "checkout_at", null);
    rec.cancelBy = text(d, "cancel_by");
    rec.cancelReason = text(d, "cancel_reason");
    Map<String, @Nullable Object> base = rec.base;
    base.put("channel", d.get("channel"));
    base.put("created_via", d.containsKey("created_via") ? d.get("created_via") : "API");
    base.put("client_id", d.containsKey("client_id") ? d.get("client_id") : tenantId);
    base.put("client_name", d.containsKey("client_name") ? d.get("client_name") : "");
    base.put("location_id", d.get("location_id"));
    base.put("store_name", d.containsKey("store_name") ? d.get("store_name") : "Toko Offline");
    base.put("store_channel_id", d.get("store_channel_id"));
    base.put("delivery", d.get("delivery") != null ? d.get("delivery") : "REGULER");
    Map<String, @Nullable Object> s = obj(d, "shipping_info");
    rec.trackingNumber = text(s, "tracking_number");
    base.put("shipping_info", object("provider_name", s.get("provider_name"),
        "provider_service", s.get("provider_service"), "logistic_carrier",
        s.get("logistic_carrier"), "tracking_number", null, "routing_code", s.get("routing_code"),
        "sorting_code", s.get("sorting_code")));
    base.put("payment_type", d.get("payment_type"));
    base.put("payment_via", d.get("payment_via"));
    Map<String, @Nullable Object> r = obj(d, "recipient_info");
    base.put("recipient_info", object("name", r.get("name"), "phone", r.get("phone"),
        "email", r.get("email"), "country", r.get("country"), "state", r.get("state"),
        "city", r.get("city"), "district", r.get("district"),
        "sub_district", r.get("sub_district"), "full_address", r.get("full_address"),
        "postal_code", r.get("postal_code"), "longitude", r.get("longitude"),
        "latitude", r.get("latitude"), "remarks", r.get("remarks")));
    Map<String, @Nullable Object> b = obj(d, "buyer_info");
    base.put("buyer_info", object("name", b.get("name"), "phone", b.get("phone"),
        "email", b.get("email"), "full_address", b.get("full_address"),
        "remarks", b.get("remarks")));
    Map<String, @Nullable Object> ds = obj(d, "dropshipper_info");
    base.put("dropshipper_info", object("name", ds.get("name"), "phone", ds.get("phone"),
        "email", ds.get("email"), "full_address", ds.get("full_address")));
    List<Object> lines = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    if (d.get("product_info") instanceof List) {
      for (Object item : (List<?>) d.get("product_info")) {
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> p = (Map<String, @Nullable Object>) item;
        BigDecimal price = orElse(amount(p, "price"), BigDecimal.ZERO);
        BigDecimal qty = p.get("quantity") == null ? BigDecimal.ONE
            : (BigDecimal) p.get("quantity");
        Object lineId = p.get("order_detail_id") != null ? p.get("order_detail_id")
            : (Object) nextLineId++;
        lines.add(object("order_detail_id", lineId, "product_id", p.get("product_id"),
            "product_name", p.get("product_name"), "is_cancel", Boolean.TRUE.equals(
                p.get("is_cancel")), "sku", p.get("sku"), "price", money(price),
            "currency", p.get("currency") != null ? p.get("currency") : "IDR",
            "quantity", qty.intValueExact(), "weight", p.get("weight")));
        sum = sum.add(price.multiply(qty));
      }
    }
    base.put("product_info", lines);
    Map<String, @Nullable Object> given = obj(d, "price_info");
    Map<String, @Nullable Object> price = price(null, sum);
    for (String name : new ArrayList<>(price.keySet())) {
      if (given.get(name) != null) {
        price.put(name, name.equals("currency") ? given.get(name)
            : money(amount(given, name)));
      }
    }
    base.put("price_info", price);
    base.put("discount_info", d.get("discount_info") instanceof List
        ? copy(d.get("discount_info")) : new ArrayList<Object>());
    base.put("cancel_sla_at", d.get("cancel_sla_at"));
    base.put("fulfill_by_mp", Boolean.TRUE.equals(d.get("fulfill_by_mp")));
    store(rec);
    history(rec, "Create Order", "");
    return detail(rec);
  }

  private static @Nullable OffsetDateTime time(Map<String, @Nullable Object> d, String name,
      @Nullable OffsetDateTime fallback) {
    String text = text(d, name);
    if (text == null) {
      return fallback;
    }
    OffsetDateTime time = PartnerSchema.dateTime(text, false);
    if (time == null) {
      throw new IllegalArgumentException(name + " must be an ISO 8601 date-time, not " + text);
    }
    return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  // ---- the flow

  /** The status after {@code action}, or a 422 naming the current status. */
  private static Status allowed(Rec rec, Action action) {
    Status next = PartnerFlow.next(rec.status, action);
    if (next == null) {
      String message = "Cannot " + action.verb + " order " + rec.code + " in status "
          + rec.status.display + " (allowed from: "
          + String.join(", ", PartnerFlow.allowedFrom(action)) + ")";
      throw PartnerRefusal.invalid("status", message);
    }
    return next;
  }

  private static PartnerRefusal refusedIn(Rec rec, String what) {
    return PartnerRefusal.invalid("status", "Cannot " + what + " order " + rec.code
        + " in status " + rec.status.display);
  }

  private static void requireCancelRequest(Rec rec) {
    if (!rec.cancelRequested) {
      throw PartnerRefusal.invalid("order_code",
          "Order " + rec.code + " has no pending cancellation request");
    }
  }

  /** Moves the order along the flow and records the change. */
  private void move(Rec rec, Action action, String activity, String remarks) {
    Status next = allowed(rec, action);
    rec.updatedAt = tick();
    if (next != rec.status) {
      rec.status = next;
      history(rec, activity, remarks);
    }
  }

  private void history(Rec rec, String activity, String remarks) {
    rec.orderHistory.add(object("status", rec.status.display,
        "channel_status", rec.status.channel, "activity", activity,
        "full_name", "System", "created_at", PartnerWire.trackingTime(rec.updatedAt),
        "file_url", "", "remarks", remarks));
  }

  private void delivery(Rec rec, String status, String location) {
    Map<String, @Nullable Object> shipping = rec.shippingInfo();
    Object courier = shipping.get("provider_name");
    Object service = shipping.get("provider_service");
    rec.deliveryHistory.add(object("tracking_number", rec.trackingNumber, "status", status,
        "location", location, "timestamp", PartnerWire.trackingTime(rec.updatedAt),
        "courier", courier == null ? null : courier.toString().toLowerCase(Locale.ROOT),
        "service", service == null ? null : service.toString().toLowerCase(Locale.ROOT)));
  }

  private static String origin(Rec rec) {
    return rec.originCode != null ? rec.originCode : "Origin";
  }

  // ---- rendering (under the lock)

  private static Map<String, @Nullable Object> summary(Rec rec) {
    Map<String, @Nullable Object> shipping = rec.shippingInfo();
    return object("order_header_id", rec.id, "order_code", rec.code,
        "order_reference_id", rec.code, "internal_status", rec.status.display,
        "external_status", rec.status.channel, "store_platform", "offline",
        "location_id", rec.base.get("location_id"), "warehouse_code", null,
        "payment_method", rec.base.get("payment_type"),
        "logistic_provider_name", shipping.get("provider_name"),
        "logistic_service_name", shipping.get("provider_service"),
        "logistic_carrier", shipping.get("logistic_carrier"), "delivery",
        rec.base.get("delivery"), "tracking_number", rec.trackingNumber, "is_fake", false,
        "fulfill_by_mp", rec.base.get("fulfill_by_mp"),
        "created_at", PartnerWire.orderTime(rec.createdAt),
        "updated_at", PartnerWire.orderTime(rec.updatedAt));
  }

  /** The detail, in the docs' field order. */
  private static Map<String, @Nullable Object> detail(Rec rec) {
    Map<String, @Nullable Object> b = rec.base;
    boolean cancelled = rec.status == Status.CANCELLED;
    Map<String, @Nullable Object> shipping = copy(rec.shippingInfo());
    shipping.put("tracking_number", rec.trackingNumber);
    return object("order_id", rec.id, "order_code", rec.code, "original_order_code", rec.code,
        "internal_status", rec.status.display, "external_status", rec.status.channel,
        "cancel_by", cancelled || rec.cancelRequested ? rec.cancelBy : null,
        "cancel_reason", cancelled || rec.cancelRequested ? rec.cancelReason : null,
        "channel", b.get("channel"), "created_via", b.get("created_via"),
        "client_id", b.get("client_id"), "client_name", b.get("client_name"),
        "location_id", b.get("location_id"), "store_name", b.get("store_name"),
        "store_channel_id", b.get("store_channel_id"), "delivery", b.get("delivery"),
        "shipping_info", shipping, "payment_type", b.get("payment_type"),
        "payment_via", b.get("payment_via"),
        "recipient_info", copy(b.get("recipient_info")),
        "buyer_info", copy(b.get("buyer_info")),
        "dropshipper_info", copy(b.get("dropshipper_info")),
        "product_info", copy(b.get("product_info")),
        "price_info", copy(b.get("price_info")), "discount_info", copy(b.get("discount_info")),
        "checkout_at", PartnerWire.orderTime(rec.checkoutAt),
        "paid_at", PartnerWire.orderTime(rec.paidAt), "cancel_sla_at", b.get("cancel_sla_at"),
        "created_at", PartnerWire.orderTime(rec.createdAt),
        "updated_at", PartnerWire.orderTime(rec.updatedAt),
        "fulfill_by_mp", b.get("fulfill_by_mp"));
  }
}
