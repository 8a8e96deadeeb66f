package dev.orderkit.testkit;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.internal.PartnerJson;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CancelReason;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.DeliveryHistoryEntry;
import dev.orderkit.partner.model.FulfillmentAction;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderHistoryEntry;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.UpdateOrderParams;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the partner orders API ({@code /api/partner/v1/orders}, all fifteen
 * endpoints) on loopback, speaking its documented wire format: the envelope {@code {"status",
 * "message", "data", "errors", "request_id"}}, display statuses ({@code "In Process"}), money as
 * strings. Orders created through the API are listed (paging, status filter, sort), shown in
 * detail, moved along the documented status flow by the fulfillment actions (decided by
 * {@link dev.orderkit.partner.model.StatusFlow}) and tracked with their real history.
 *
 * <pre>{@code
 * try (FakePartnerApi fake = new FakePartnerApi().start();
 *      PartnerClient partner = fake.client()) {
 *   partner.orders().create(params);
 *   partner.fulfillment().process(params.orderCode());
 *   assertThat(fake.statusOf(params.orderCode())).contains(OrderStatus.PROCESS);
 * }
 * }</pre>
 *
 * <p>Answers, as the real API would give them:
 * <ul>
 *   <li>a missing or wrong bearer key: HTTP 401, {@code "Unauthenticated."};
 *   <li>a missing {@code X-Tenant-Id}, or a tenant other than {@link #tenantId()}: HTTP 400 with
 *       {@code errors["X-Tenant-Id"]} (the key is checked first);
 *   <li>a body that is not JSON, lacks a required field or breaks a documented rule: HTTP 422
 *       with {@code errors} naming the field (a duplicate {@code order_code} included);
 *   <li>an unknown order code or id: HTTP 404; an unknown path: HTTP 404; a known path with the
 *       wrong method: HTTP 405;
 *   <li>an action the order's status does not allow: HTTP 422, {@code errors["status"]}, the
 *       message naming the current status and where the action is allowed from.
 * </ul>
 *
 * <p>Behaviour the docs leave open, as this fake decides it: new orders are {@code to_process},
 * or {@code pending} with {@code is_unpaid} (only {@link #confirmPayment(String)} moves them on:
 * no partner call confirms a payment). {@code cancel} without {@code direct_cancel} records a
 * cancellation request (the status stays) which approve-cancel or reject-cancel answers; both
 * refuse an order without one ({@link #requestCancellation} raises one as a buyer would).
 * Set-process-packed completes at once, recording process and pack. Ship assigns a tracking
 * number ({@code FAKE0000000001}) unless the order was created with one. The shipping label
 * exists from {@code packed} on; its URL is served by the fake itself, without auth. Update
 * needs {@code order_code} and an order not yet shipped. Tracking lists history newest first,
 * as the docs' example does.
 *
 * <p>Thread-safe. Close it when done (clients from {@link #client()} are the caller's to close).
 */
public final class FakePartnerApi extends FakeApi {
  /** The API key {@link #FakePartnerApi()} accepts. */
  public static final String DEFAULT_API_KEY = "ok_test_partner_key";
  /** The tenant id {@link #FakePartnerApi()} accepts in {@code X-Tenant-Id}. */
  public static final String DEFAULT_TENANT_ID = "TENANT-TEST";

  private static final String ORDERS = "/api/partner/v1/orders";
  private static final String TENANT_HEADER = "X-Tenant-Id";
  private static final Pattern DETAIL = Pattern.compile("/([^/]+)/detail/?");
  private static final Pattern LABEL_FILE = Pattern.compile("/labels/([^/]+)\\.pdf");

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

  /** The status code ({@link OrderStatus#PROCESS}, not "In Process") of an order, if held. */
  public Optional<OrderStatus> statusOf(String orderCode) {
    Optional<Order> order = order(orderCode);
    return order.isPresent() ? Optional.of(order.get().status()) : Optional.<OrderStatus>empty();
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
   * through approve-cancel or reject-cancel.
   *
   * @throws IllegalArgumentException if there is no such order or its status cannot be cancelled
   */
  public void requestCancellation(String orderCode, CancelReason cancelBy,
      @Nullable String reason) {
    try {
      store.requestCancellation(orderCode, cancelBy.value(), reason);
    } catch (PartnerRefusal e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Forgets every order; ids start from 1 again. */
  @Override
  void resetState() {
    store.clear();
  }

  // ---- auth

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
        PartnerRefusal.fieldErrors(TENANT_HEADER, problem)));
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
      case "/":
        requireMethod(method, "POST");
        return ok(200, "Ok", store.list(PartnerQuery.parse(listBody(request))));
      case "/create":
        requireMethod(method, "POST");
        store.create(read(request, CreateOrderParams.class));
        return ok(201, "Created", null);
      case "/update": {
        requireMethod(method, "POST");
        UpdateOrderParams p = read(request, UpdateOrderParams.class);
        store.update(p);
        return done("Update", p.orderCode());
      }
      case "/tracking": {
        requireMethod(method, "POST");
        OrderCodeParams p = read(request, OrderCodeParams.class);
        Map<String, Object> data = store.tracking(p.orderCode());
        return json(200, PartnerWire.write(PartnerWire.envelope("ok", null, data, null,
            requestId())));
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
        return simple(FulfillmentAction.PROCESS, "Process", request);
      case "ship":
        return simple(FulfillmentAction.SHIP, "Shipped", request);
      case "completed":
        return simple(FulfillmentAction.COMPLETE, "Completed", request);
      case "approve-cancel":
        return simple(FulfillmentAction.APPROVE_CANCEL, "Approve Cancel", request);
      case "reject-cancel":
        return simple(FulfillmentAction.REJECT_CANCEL, "Reject Cancel", request);
      case "set-packed": {
        PackOrderParams p = read(request, PackOrderParams.class);
        store.pack(FulfillmentAction.PACK, p);
        return done("Packed", p.orderCode());
      }
      case "set-process-packed": {
        PackOrderParams p = read(request, PackOrderParams.class);
        store.pack(FulfillmentAction.PROCESS_AND_PACK, p);
        return done("Process Packed", p.orderCode());
      }
      case "return": {
        ReturnOrderParams p = read(request, ReturnOrderParams.class);
        store.returnOrder(p);
        return done("Return", p.orderCode());
      }
      case "cancel": {
        CancelOrderParams p = read(request, CancelOrderParams.class);
        boolean cancelled = store.cancel(p);
        return done(cancelled ? "Cancel" : "Request Cancel", p.orderCode());
      }
      case "shipping-label": {
        ShippingLabelParams p = read(request, ShippingLabelParams.class);
        String url = baseUrl() + "labels/" + encode(p.orderCode()) + ".pdf";
        return ok(200, "Ok", store.label(p.orderCode(), p.markAsPrinted(), url));
      }
      default:
        throw unknownRoute(ORDERS + "/fulfillment/" + action);
    }
  }

  private MockResponse simple(FulfillmentAction action, String verb, RecordedCall request) {
    OrderCodeParams p = read(request, OrderCodeParams.class);
    store.act(action, p.orderCode());
    return done(verb, p.orderCode());
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
    return json(status, PartnerWire.write(PartnerWire.envelope(status, message, data, null,
        requestId())));
  }

  /** What a fulfillment action answers: {@code "Success <Verb> Order <code>"}, {@code data: []}. */
  private static MockResponse done(String verb, String orderCode) {
    return json(200, PartnerWire.write(PartnerWire.envelope(200,
        "Success " + verb + " Order " + orderCode, PartnerWire.emptyArray(), null, requestId())));
  }

  private static MockResponse error(PartnerRefusal refusal) {
    return json(refusal.status, PartnerWire.write(PartnerWire.envelope(refusal.status,
        refusal.getMessage(), null, refusal.errors, requestId())));
  }

  private static String requestId() {
    return UUID.randomUUID().toString();
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

  /** The list body; an empty body means every default. */
  private static Map<String, Object> listBody(RecordedCall request) {
    if (request.body().isEmpty()) {
      return new LinkedHashMap<>();
    }
    Map<String, Object> body = jsonObject(request);
    if (body == null) {
      throw PartnerRefusal.invalid("body", "The request body must be a JSON object.");
    }
    return body;
  }

  /** Reads a body with the SDK's own model, so the documented rules are the SDK's. */
  private static <T> T read(RecordedCall request, Class<T> type) {
    if (request.body().isEmpty()) {
      throw PartnerRefusal.invalid("body", "The request body must be a JSON object.");
    }
    try {
      T value = PartnerJson.MOSHI.adapter(type)
          .fromJson(request.body());
      if (value == null) {
        throw PartnerRefusal.invalid("body", "The request body must be a JSON object.");
      }
      return value;
    } catch (IOException e) {
      throw PartnerRefusal.invalid("body", "The request body is not valid JSON.");
    } catch (RuntimeException e) {
      throw refusalFor(e);
    }
  }

  private static final Pattern REQUIRED =
      Pattern.compile("Required propert(?:y|ies) (.+) missing for \\w+ at path \\$\\.?(\\S*)");
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  private static final Pattern PATH = Pattern.compile("at path \\$\\.?(\\S*)");

  /** A 422 naming the field the SDK's model refused. */
  static PartnerRefusal refusalFor(RuntimeException e) {
    if (e instanceof PartnerRefusal) {
      return (PartnerRefusal) e;
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Matcher required = REQUIRED.matcher(message);
    if (required.find()) {
      String prefix = required.group(2).isEmpty() ? "" : required.group(2) + ".";
      Map<String, List<String>> errors = new LinkedHashMap<>();
      Matcher names = QUOTED.matcher(required.group(1));
      while (names.find()) {
        String field = prefix + names.group(1);
        errors.put(field, Collections.singletonList(
            "The " + field.replace('_', ' ') + " field is required."));
      }
      return new PartnerRefusal(422, errors.values().iterator().next().get(0), errors);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) { // a documented rule, named by its JSON field
        InvalidInputException invalid = (InvalidInputException) t;
        return PartnerRefusal.invalid(invalid.field(), invalid.getMessage());
      }
    }
    if (e instanceof JsonDataException || e instanceof IllegalArgumentException) {
      Matcher path = PATH.matcher(message);
      String field = path.find() && !path.group(1).isEmpty() ? path.group(1) : "body";
      return PartnerRefusal.invalid(field, message);
    }
    return PartnerRefusal.invalid("body", message);
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
   * One order the fake holds, as it was when the snapshot was taken: immutable. {@link #detail()}
   * is exactly what get order details would return.
   */
  public static final class Order {
    private final long id;
    private final String orderCode;
    private final OrderStatus status;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final CreateOrderParams request;
    private final @Nullable String trackingNumber;
    private final @Nullable PickupOption pickupOption;
    private final boolean cancellationRequested;
    private final @Nullable CancelReason cancelBy;
    private final @Nullable String cancelReason;
    private final @Nullable String returnBy;
    private final @Nullable String returnReason;
    private final boolean labelPrinted;
    private final @Nullable String notes;
    private final List<String> tags;
    private final List<OrderHistoryEntry> history;
    private final List<DeliveryHistoryEntry> deliveryHistory;
    private final OrderDetail detail;

    private Order(PartnerStore.Rec rec, Map<String, Object> detailTree) {
      this.id = rec.id;
      this.orderCode = rec.code;
      this.status = PartnerWire.code(rec.status);
      this.createdAt = rec.createdAt;
      this.updatedAt = rec.updatedAt;
      this.request = rec.request;
      this.trackingNumber = rec.trackingNumber;
      this.pickupOption = rec.pickupOption == null ? null : PickupOption.of(rec.pickupOption);
      this.cancellationRequested = rec.cancelRequested;
      this.cancelBy = rec.cancelBy == null ? null : CancelReason.of(rec.cancelBy);
      this.cancelReason = rec.cancelReason;
      this.returnBy = rec.returnBy;
      this.returnReason = rec.returnReason;
      this.labelPrinted = rec.labelPrinted;
      this.notes = rec.notes;
      this.tags = Collections.unmodifiableList(new ArrayList<>(rec.tags));
      this.history = PartnerWire.decodeAll(rec.orderHistory, OrderHistoryEntry.class);
      this.deliveryHistory = PartnerWire.decodeAll(rec.deliveryHistory,
          DeliveryHistoryEntry.class);
      this.detail = PartnerWire.decode(detailTree, OrderDetail.class);
    }

    /** Called by the store, under its lock. */
    static Order of(PartnerStore.Rec rec, Map<String, Object> detailTree) {
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

    /** The status as a flow code constant, such as {@link OrderStatus#PROCESS}. */
    public OrderStatus status() {
      return status;
    }

    /** The status as the API shows it ({@code internal_status}), such as {@code "In Process"}. */
    public String displayStatus() {
      return detail.internalStatus().value();
    }

    /** When the order was created. */
    public OffsetDateTime createdAt() {
      return createdAt;
    }

    /** When the order last changed. */
    public OffsetDateTime updatedAt() {
      return updatedAt;
    }

    /** The create-order body, as received. */
    public CreateOrderParams request() {
      return request;
    }

    /** The tracking number, once the order has one (at ship, or given at creation). */
    public Optional<String> trackingNumber() {
      return Optional.ofNullable(trackingNumber);
    }

    /** The pickup option given when the order was packed. */
    public Optional<PickupOption> pickupOption() {
      return Optional.ofNullable(pickupOption);
    }

    /** Whether a cancellation request awaits approve-cancel or reject-cancel. */
    public boolean cancellationRequested() {
      return cancellationRequested;
    }

    /** Why the order was cancelled, or why cancellation was requested. */
    public Optional<CancelReason> cancelBy() {
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

    /** One entry per status change, oldest first (tracking sends them newest first). */
    public List<OrderHistoryEntry> history() {
      return history;
    }

    /** The courier's scans once shipped, oldest first (tracking sends them newest first). */
    public List<DeliveryHistoryEntry> deliveryHistory() {
      return deliveryHistory;
    }

    /** The order as get order details returns it. */
    public OrderDetail detail() {
      return detail;
    }

    @Override
    public String toString() {
      return "Order{" + id + ", " + orderCode + ", " + status + "}";
    }
  }
}
