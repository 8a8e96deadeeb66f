package dev.orderkit.testkit;

import dev.orderkit.partner.PartnerClient;
import dev.orderkit.testkit.PartnerFlow.Action;
import dev.orderkit.testkit.PartnerFlow.Status;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the partner orders API ({@code /api/partner/v1/orders}, all fifteen
 * endpoints) on loopback, speaking its documented wire format: the envelope {@code {"status",
 * "message", "data", "errors", "request_id"}}, display statuses ({@code "In Process"}), money as
 * strings. It is an oracle independent of OrderKit's SDK: request bodies are read as JSON trees and
 * checked field by field against the docs' field tables ({@link PartnerSchema}: names, JSON
 * types, required fields, enumerations), answers are JSON trees built by the fake in the docs'
 * example shapes, and the status flow is the fake's own copy of the docs' table ({@link
 * PartnerFlow}). Orders created through the API are listed (paging, status filter, sort), shown
 * in detail, moved along the flow by the fulfillment actions and tracked with their real history.
 *
 * <pre>{@code
 * try (FakePartnerApi fake = new FakePartnerApi().start();
 *      PartnerClient partner = fake.client()) {
 *   partner.orders().create(params);
 *   partner.fulfillment().process(params.orderCode());
 *   assertThat(fake.statusOf(params.orderCode())).contains("process");
 * }
 * }</pre>
 *
 * <p>Answers, as the real API would give them (every one in the envelope):
 * <ul>
 *   <li>a missing or wrong bearer key: HTTP 401, {@code "Unauthenticated."};
 *   <li>a missing {@code X-Tenant-Id}, or a tenant other than {@link #tenantId()}: HTTP 400 with
 *       {@code errors["X-Tenant-Id"]} (the key is checked first);
 *   <li>a body that is not a JSON object: HTTP 422, {@code errors["body"]};
 *   <li>a body that breaks the docs' field table: HTTP 422 with every problem in {@code errors},
 *       Laravel's way: {@code {"order_code": ["The order code field is required."]}}, nested
 *       fields in dot notation ({@code "products.0.qty": ["The products.0.qty field must be an
 *       integer."]}), {@code "The selected cancel by is invalid."} for a value outside a
 *       documented enumeration; {@code message} is the first error. A duplicate {@code order_code}
 *       is {@code "The order code has already been taken."};
 *   <li>fields the docs do not name are ignored, as a Laravel API ignores them (the docs do not
 *       say they are refused), so a misspelt required field is "required"; the names ignored are
 *       listed in the answer's {@code X-OrderKit-Ignored-Fields} header, to catch a misspelt
 *       optional field;
 *   <li>an unknown order code or id: HTTP 404; an unknown path: HTTP 404; a known path with the
 *       wrong method: HTTP 405;
 *   <li>an action the order's status does not allow: HTTP 422, {@code errors["status"]}, the
 *       message naming the current status and where the action is allowed from ({@code "Cannot
 *       ship order A-1 in status To Process (allowed from: Packed)"});
 *   <li>injected faults (429, 5xx): the envelope with {@code data} and {@code errors} null.
 * </ul>
 *
 * <p>Behaviour the docs leave open, as this fake decides it: the list parameter table's
 * "Required" column is the contract, so {@code page}, {@code per_page} and {@code
 * sort_direction} are required (the example body's {@code size} and {@code sort} are not in the
 * table). New orders are {@code to_process}, or {@code pending} with {@code is_unpaid} (only
 * {@link #confirmPayment(String)} moves them on: no partner call confirms a payment). {@code
 * cancel} without {@code direct_cancel} records a cancellation request (the status stays) which
 * approve-cancel or reject-cancel answers; both refuse an order without one ({@link
 * #requestCancellation} raises one as a buyer would). Set-process-packed completes at once,
 * recording process and pack. Ship assigns a tracking number ({@code FAKE0000000001}) unless the
 * order was created with one. The shipping label exists from {@code packed} on; its URL is served
 * by the fake itself, without auth. Update needs {@code order_code} and an order not yet shipped.
 * Tracking lists history newest first, as the docs' example does.
 *
 * <p>Seeding ({@code POST /__orderkit/seed}, no key needed): a JSON object, or an array of them,
 * in the shape of get order details' {@code data}. {@code order_code} and {@code internal_status}
 * (a display string such as {@code "Packed"} or a code such as {@code packed}; {@code status} is
 * accepted too) are required; {@code order_id} is assigned unless given; every other field takes
 * its default (the tenant as {@code client_id}, {@code "REGULER"} delivery, empty products,
 * prices {@code "0.00"} or the products' total, {@code created_at} now). Fields not in the detail
 * shape, or of the wrong JSON type, are refused with HTTP 400. The answer (201) is the added
 * orders as get order details shows them (an object for an object, an array for an array).
 *
 * <p>Thread-safe. Close it when done (clients from {@link #client()} are the caller's to close).
 */
public final class FakePartnerApi extends FakeApi {
  /** The API key {@link #FakePartnerApi()} accepts. */
  public static final String DEFAULT_API_KEY = "ok_test_partner_key";
  /** The tenant id {@link #FakePartnerApi()} accepts in {@code X-Tenant-Id}. */
  public static final String DEFAULT_TENANT_ID = "TENANT-TEST";
  /** The answer header listing the request's fields the docs do not name (ignored). */
  public static final String IGNORED_FIELDS_HEADER = "X-OrderKit-Ignored-Fields";

  private static final String ORDERS = "/api/partner/v1/orders";
  private static final String TENANT_HEADER = "X-Tenant-Id";
  private static final Pattern DETAIL = Pattern.compile("/([^/]+)/detail/?");
  private static final Pattern LABEL_FILE = Pattern.compile("/labels/([^/]+)\\.pdf");
  private static final List<String> CANCEL_REASONS =
      Collections.unmodifiableList(Arrays.asList(PartnerSchema.CANCEL_REASONS));

  private final String tenantId;
  private final PartnerStore store;

  /** A fake accepting {@link #DEFAULT_API_KEY} and tenant {@link #DEFAULT_TENANT_ID}. */
  public FakePartnerApi() {
    this(DEFAULT_API_KEY);
  }

  /** A fake accepting {@code apiKey} and tenant {@link #DEFAULT_TENANT_ID}. */
  public FakePartnerApi(String apiKey) {
    this(apiKey, DEFAULT_TENANT_ID);
  }

  /** A fake accepting {@code apiKey} and {@code X-Tenant-Id: tenantId}. */
  public FakePartnerApi(String apiKey, String tenantId) {
    super(apiKey);
    if (apiKey == null || apiKey.isEmpty() || tenantId == null || tenantId.isEmpty()) {
      throw new IllegalArgumentException("apiKey and tenantId must not be empty");
    }
    this.tenantId = tenantId;
    this.store = new PartnerStore(tenantId);
  }

  /** Starts the fake on a free loopback port. */
  @Override
  public FakePartnerApi start() {
    super.start();
    return this;
  }

  /** Starts the fake on {@code port} of loopback (0 picks a free one). */
  @Override
  public FakePartnerApi start(int port) {
    super.start(port);
    return this;
  }

  /** The tenant id the fake accepts in {@code X-Tenant-Id}. */
  public String tenantId() {
    return tenantId;
  }

  /**
   * A client builder set up for this fake (base URL, key, tenant, short retry delays, a 5 s read
   * timeout), for tests that change options before {@code build()}.
   */
  public PartnerClient.Builder clientBuilder() {
    return PartnerClient.builder().baseUrl(baseUrl()).apiKey(apiKey()).tenantId(tenantId)
        .initialRetryDelay(Duration.ofMillis(10)).maxRetryDelay(Duration.ofMillis(50))
        .readTimeout(Duration.ofSeconds(5));
  }

  /** A new SDK client for this fake; close it when done. */
  public PartnerClient client() {
    return clientBuilder().build();
  }

  // ---- inspection and scripting

  /** Every order held, in creation order: an immutable snapshot. */
  public List<Order> orders() {
    return store.views();
  }

  /** The order with {@code orderCode}, as it is now, if the fake holds it. */
  public Optional<Order> order(String orderCode) {
    return Optional.ofNullable(store.view(orderCode));
  }

  /**
   * The status code of an order, as the docs' status table writes it ({@code "process"}, not
   * "In Process"), if held.
   */
  public Optional<String> statusOf(String orderCode) {
    Optional<Order> order = order(orderCode);
    return order.isPresent() ? Optional.of(order.get().status()) : Optional.<String>empty();
  }

  /**
   * Confirms the payment of a {@code pending} order (created with {@code is_unpaid}), moving it
   * to {@code to_process}, as the payment provider would.
   *
   * @throws IllegalArgumentException if the fake holds no such order
   * @throws IllegalStateException if the order is not pending
   */
  public void confirmPayment(String orderCode) {
    try {
      store.confirmPayment(orderCode);
    } catch (PartnerRefusal e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * Raises a buyer's cancellation request on an order, as the sales channel would; answer it
   * through approve-cancel or reject-cancel. {@code cancelBy} is one of the docs' cancellation
   * reasons: {@code customer_request}, {@code out_of_stock}, {@code payment_failed}, {@code
   * fraud_detected}, {@code duplicate_order}, {@code other}.
   *
   * @throws IllegalArgumentException if there is no such order, {@code cancelBy} is not a
   *     documented reason or the order's status cannot be cancelled
   */
  public void requestCancellation(String orderCode, String cancelBy, @Nullable String reason) {
    if (!CANCEL_REASONS.contains(cancelBy)) {
      throw new IllegalArgumentException("cancelBy must be one of " + CANCEL_REASONS + ", not "
          + cancelBy);
    }
    try {
      store.requestCancellation(orderCode, cancelBy, reason);
    } catch (PartnerRefusal e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Forgets every order; ids start from 1 again. */
  @Override
  void resetState() {
    store.clear();
  }

  /**
   * Adds orders given in the detail shape (see the class comment); returns them as get order
   * details shows them.
   */
  @Override
  @Nullable Object seed(@Nullable Object tree) {
    if (tree instanceof Map) {
      return store.seed(seedable(tree, ""));
    }
    if (tree instanceof List && !((List<?>) tree).isEmpty()) {
      List<Map<String, @Nullable Object>> checked = new ArrayList<>();
      List<?> items = (List<?>) tree;
      for (int i = 0; i < items.size(); i++) {
        checked.add(seedable(items.get(i), "[" + i + "] "));
      }
      List<Object> added = new ArrayList<>();
      for (Map<String, @Nullable Object> order : checked) {
        added.add(store.seed(order));
      }
      return added;
    }
    throw new IllegalArgumentException("send an order as get order details shows it, such as"
        + " {\"order_code\": \"ORD123\", \"internal_status\": \"To Process\"}, or an array of"
        + " them");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> seedable(@Nullable Object tree, String where) {
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException(where + "each order must be a JSON object");
    }
    Map<String, @Nullable Object> order = (Map<String, @Nullable Object>) tree;
    List<String> unknown = PartnerSchema.unknown(PartnerSchema.DETAIL, order);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(where + "not fields of the order detail: " + unknown);
    }
    Map<String, List<String>> errors = PartnerSchema.check(PartnerSchema.DETAIL, order);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(where + errors);
    }
    return order;
  }

  // ---- auth and errors

  /** The right bearer key and tenant; label downloads (a CDN URL in the real API) need neither. */
  @Override
  boolean authorized(RecordedCall request) {
    return isLabelDownload(request)
        || (super.authorized(request) && tenantId.equals(request.header(TENANT_HEADER)));
  }

  /** 401 for a missing or wrong key; 400 naming {@code X-Tenant-Id} for a bad tenant. */
  @Override
  MockResponse unauthorized(RecordedCall request) {
    if (!super.authorized(request)) {
      return error(new PartnerRefusal(401, "Unauthenticated.", null));
    }
    String tenant = request.header(TENANT_HEADER);
    String problem = tenant == null || tenant.trim().isEmpty()
        ? "The X-Tenant-Id header is required." : "The selected X-Tenant-Id is invalid.";
    return error(new PartnerRefusal(400, problem,
        Json.oneError(TENANT_HEADER, problem)));
  }

  /**
   * The envelope, {@code {"status": <status>, "message": ..., "data": null, "errors": null,
   * "request_id": ...}}: injected faults (429, 5xx) and internal errors answer with it.
   */
  @Override
  MockResponse errorResponse(int status, String message) {
    return error(new PartnerRefusal(status, message, null));
  }

  private static boolean isLabelDownload(RecordedCall request) {
    return "GET".equals(request.method())
        && LABEL_FILE.matcher(request.path()).matches();
  }

  // ---- routing

  /** Routes an authorized request to its endpoint; refusals become error envelopes. */
  @Override
  MockResponse serve(RecordedCall request) {
    try {
      return route(request);
    } catch (PartnerRefusal refusal) {
      return error(refusal);
    }
  }

  private MockResponse route(RecordedCall request) {
    String path = request.path();
    String method = request.method();
    Matcher label = LABEL_FILE.matcher(path);
    if (label.matches()) {
      requireMethod(method, "GET");
      return labelFile(decode(label.group(1)));
    }
    if (!path.startsWith(ORDERS)) {
      throw unknownRoute(path);
    }
    String rest = path.substring(ORDERS.length());
    Matcher detail = DETAIL.matcher(rest);
    if (detail.matches()) {
      requireMethod(method, "GET");
      return detail(detail.group(1));
    }
    if (rest.endsWith("/") && rest.length() > 1) {
      rest = rest.substring(0, rest.length() - 1);
    }
    switch (rest) {
      case "":
      case "/": {
        requireMethod(method, "POST");
        Body b = read(request, PartnerSchema.LIST);
        return b.answer(ok(200, "Ok", store.list(PartnerQuery.of(b.tree))));
      }
      case "/create": {
        requireMethod(method, "POST");
        Body b = read(request, PartnerSchema.CREATE);
        store.create(b.tree);
        return b.answer(ok(201, "Created", null));
      }
      case "/update": {
        requireMethod(method, "POST");
        Body b = read(request, PartnerSchema.UPDATE);
        store.update(b.tree);
        return b.answer(done("Update", b.code()));
      }
      case "/tracking": {
        requireMethod(method, "POST");
        Body b = read(request, PartnerSchema.ORDER_CODE);
        Map<String, @Nullable Object> data = store.tracking(b.code());
        // the docs' tracking example: "status": "ok" and no message
        return b.answer(json(200, toJson(PartnerWire.envelope("ok", null, data,
            null))));
      }
      default:
        if (rest.startsWith("/fulfillment/")) {
          requireMethod(method, "POST");
          return fulfillment(rest.substring("/fulfillment/".length()), request);
        }
        throw unknownRoute(path);
    }
  }

  private MockResponse fulfillment(String action, RecordedCall request) {
    switch (action) {
      case "set-process":
        return simple(Action.PROCESS, "Process", request);
      case "ship":
        return simple(Action.SHIP, "Shipped", request);
      case "completed":
        return simple(Action.COMPLETE, "Completed", request);
      case "approve-cancel":
        return simple(Action.APPROVE_CANCEL, "Approve Cancel", request);
      case "reject-cancel":
        return simple(Action.REJECT_CANCEL, "Reject Cancel", request);
      case "set-packed": {
        Body b = read(request, PartnerSchema.PACK);
        store.pack(Action.PACK, b.code(), b.text("pickup_option"));
        return b.answer(done("Packed", b.code()));
      }
      case "set-process-packed": {
        Body b = read(request, PartnerSchema.PACK);
        store.pack(Action.PROCESS_AND_PACK, b.code(), b.text("pickup_option"));
        return b.answer(done("Process Packed", b.code()));
      }
      case "return": {
        Body b = read(request, PartnerSchema.RETURN);
        store.returnOrder(b.code(), b.text("return_by"),
            PartnerWire.str(b.tree, "return_reason"));
        return b.answer(done("Return", b.code()));
      }
      case "cancel": {
        Body b = read(request, PartnerSchema.CANCEL);
        boolean cancelled = store.cancel(b.code(), b.text("cancel_by"),
            PartnerWire.str(b.tree, "cancel_reason"), PartnerWire.flag(b.tree, "direct_cancel"));
        return b.answer(done(cancelled ? "Cancel" : "Request Cancel", b.code()));
      }
      case "shipping-label": {
        Body b = read(request, PartnerSchema.LABEL);
        String url = baseUrl() + "labels/" + encode(b.code()) + ".pdf";
        return b.answer(ok(200, "Ok", store.label(b.code(),
            PartnerWire.flag(b.tree, "mark_as_printed"), url)));
      }
      default:
        throw unknownRoute(ORDERS + "/fulfillment/" + action);
    }
  }

  private MockResponse simple(Action action, String verb, RecordedCall request) {
    Body b = read(request, PartnerSchema.ORDER_CODE);
    store.act(action, b.code());
    return b.answer(done(verb, b.code()));
  }

  private MockResponse detail(String id) {
    long orderId;
    try {
      orderId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw PartnerRefusal.notFound(decode(id));
    }
    return ok(200, "Ok", store.detail(orderId));
  }

  private MockResponse labelFile(String orderCode) {
    if (!store.exists(orderCode)) {
      return new MockResponse().setResponseCode(404).addHeader("Content-Type", "text/plain")
          .setBody("Not Found");
    }
    String pdf = "%PDF-1.4\n% shipping label of " + orderCode + " (FakePartnerApi)\n%%EOF\n";
    return new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/pdf")
        .setBody(pdf);
  }

  // ---- answers

  private static MockResponse ok(int status, String message, @Nullable Object data) {
    return json(status, toJson(PartnerWire.envelope(status, message, data, null)));
  }

  /** What a fulfillment action answers: {@code "Success <Verb> Order <code>"}, {@code data: []}. */
  private static MockResponse done(String verb, String orderCode) {
    return json(200, toJson(PartnerWire.envelope(200,
        "Success " + verb + " Order " + orderCode, java.util.Collections.emptyList(), null)));
  }

  private static MockResponse error(PartnerRefusal refusal) {
    return json(refusal.status, toJson(PartnerWire.envelope(refusal.status,
        refusal.getMessage(), null, refusal.errors)));
  }

  private static PartnerRefusal unknownRoute(String path) {
    return new PartnerRefusal(404, "The route " + path + " could not be found.", null);
  }

  private static void requireMethod(String method, String expected) {
    if (!expected.equals(method)) {
      throw new PartnerRefusal(405, "The " + method + " method is not supported for this route."
          + " Supported methods: " + expected + ".", null);
    }
  }

  // ---- request bodies

  /** A request body that passed its field table, and the names the table does not know. */
  private static final class Body {
    final Map<String, @Nullable Object> tree;
    final List<String> ignored;

    Body(Map<String, @Nullable Object> tree, List<String> ignored) {
      this.tree = tree;
      this.ignored = ignored;
    }

    String code() {
      return text("order_code");
    }

    /** A required text field (present: the table checked it). */
    String text(String name) {
      String value = PartnerWire.str(tree, name);
      if (value == null) {
        throw new IllegalStateException(name + " passed the check but is missing");
      }
      return value;
    }

    /** The answer, with the ignored names in a header when there are any. */
    MockResponse answer(MockResponse response) {
      return ignored.isEmpty() ? response
          : response.addHeader(IGNORED_FIELDS_HEADER, String.join(", ", ignored));
    }
  }

  /** Reads a body as a JSON object and checks it against the docs' field table. */
  private static Body read(RecordedCall request, PartnerSchema.Table table) {
    Map<String, @Nullable Object> body = jsonObject(request);
    if (body == null) {
      throw PartnerRefusal.invalid("body", request.body().trim().isEmpty()
          ? "The request body must be a JSON object." : request.json() == null
          ? "The request body is not valid JSON." : "The request body must be a JSON object.");
    }
    Map<String, List<String>> errors = PartnerSchema.check(table, body);
    if (!errors.isEmpty()) {
      throw PartnerRefusal.invalid(errors);
    }
    return new Body(body, PartnerSchema.unknown(table, body));
  }

  private static String encode(String text) {
    try {
      return URLEncoder.encode(text, "UTF-8").replace("+", "%20");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), "UTF-8");
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return text;
    }
  }

  /**
   * One order the fake holds, as it was when the snapshot was taken: immutable plain values and
   * JSON trees ({@code Map}s, {@code List}s, strings, {@code BigDecimal}s, booleans, nulls).
   * {@link #detail()} is exactly what get order details would return as {@code data}.
   */
  public static final class Order {
    private final long id;
    private final String orderCode;
    private final String status;
    private final String displayStatus;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final @Nullable Map<String, @Nullable Object> request;
    private final @Nullable String trackingNumber;
    private final @Nullable String pickupOption;
    private final boolean cancellationRequested;
    private final @Nullable String cancelBy;
    private final @Nullable String cancelReason;
    private final @Nullable String returnBy;
    private final @Nullable String returnReason;
    private final boolean labelPrinted;
    private final @Nullable String notes;
    private final List<String> tags;
    private final List<Map<String, @Nullable Object>> history;
    private final List<Map<String, @Nullable Object>> deliveryHistory;
    private final Map<String, @Nullable Object> detail;

    private Order(PartnerStore.Rec rec, Map<String, @Nullable Object> detailTree) {
      Status s = rec.status;
      this.id = rec.id;
      this.orderCode = rec.code;
      this.status = s.code;
      this.displayStatus = s.display;
      this.createdAt = rec.createdAt;
      this.updatedAt = rec.updatedAt;
      this.request = rec.request == null ? null : Json.frozen(rec.request);
      this.trackingNumber = rec.trackingNumber;
      this.pickupOption = rec.pickupOption;
      this.cancellationRequested = rec.cancelRequested;
      this.cancelBy = rec.cancelBy;
      this.cancelReason = rec.cancelReason;
      this.returnBy = rec.returnBy;
      this.returnReason = rec.returnReason;
      this.labelPrinted = rec.labelPrinted;
      this.notes = rec.notes;
      this.tags = Collections.unmodifiableList(new ArrayList<>(rec.tags));
      this.history = Json.frozen(rec.orderHistory);
      this.deliveryHistory = Json.frozen(rec.deliveryHistory);
      this.detail = Json.frozen(detailTree);
    }

    /** Called by the store, under its lock. */
    static Order of(PartnerStore.Rec rec, Map<String, @Nullable Object> detailTree) {
      return new Order(rec, detailTree);
    }

    /** The numeric id assigned at creation ({@code order_id}, the detail path's {@code id}). */
    public long id() {
      return id;
    }

    /** The order code. */
    public String orderCode() {
      return orderCode;
    }

    /** The status code of the docs' status table, such as {@code "process"}. */
    public String status() {
      return status;
    }

    /** The status as the API shows it ({@code internal_status}), such as {@code "In Process"}. */
    public String displayStatus() {
      return displayStatus;
    }

    /** When the order was created. */
    public OffsetDateTime createdAt() {
      return createdAt;
    }

    /** When the order last changed. */
    public OffsetDateTime updatedAt() {
      return updatedAt;
    }

    /** The create-order body as received (a JSON tree); empty for a seeded order. */
    public Optional<Map<String, @Nullable Object>> request() {
      return Optional.ofNullable(request);
    }

    /** The tracking number, once the order has one (at ship, or given at creation). */
    public Optional<String> trackingNumber() {
      return Optional.ofNullable(trackingNumber);
    }

    /** The pickup option given when the order was packed, such as {@code "LATE_PICKUP"}. */
    public Optional<String> pickupOption() {
      return Optional.ofNullable(pickupOption);
    }

    /** Whether a cancellation request awaits approve-cancel or reject-cancel. */
    public boolean cancellationRequested() {
      return cancellationRequested;
    }

    /**
     * Why the order was cancelled, or why cancellation was requested ({@code cancel_by}, such as
     * {@code "out_of_stock"}).
     */
    public Optional<String> cancelBy() {
      return Optional.ofNullable(cancelBy);
    }

    /** The cancellation text, once cancelled or requested. */
    public Optional<String> cancelReason() {
      return Optional.ofNullable(cancelReason);
    }

    /** Who returned the order ({@code return_by}), once returned. */
    public Optional<String> returnBy() {
      return Optional.ofNullable(returnBy);
    }

    /** The return text, once returned. */
    public Optional<String> returnReason() {
      return Optional.ofNullable(returnReason);
    }

    /** Whether the shipping label was fetched with {@code mark_as_printed}. */
    public boolean labelPrinted() {
      return labelPrinted;
    }

    /** The notes set by update order. */
    public Optional<String> notes() {
      return Optional.ofNullable(notes);
    }

    /** The tags set by update order. */
    public List<String> tags() {
      return tags;
    }

    /**
     * One entry per status change, oldest first, as tracking's {@code order_history} entries
     * ({@code status}, {@code channel_status}, {@code activity}...; tracking sends them newest
     * first).
     */
    public List<Map<String, @Nullable Object>> history() {
      return history;
    }

    /** The courier's scans once shipped, oldest first, as tracking's {@code delivery_history}. */
    public List<Map<String, @Nullable Object>> deliveryHistory() {
      return deliveryHistory;
    }

    /** The order as get order details returns it in {@code data} (a JSON tree). */
    public Map<String, @Nullable Object> detail() {
      return detail;
    }

    @Override
    public String toString() {
      return "Order{" + id + ", " + orderCode + ", " + status + "}";
    }
  }
}
