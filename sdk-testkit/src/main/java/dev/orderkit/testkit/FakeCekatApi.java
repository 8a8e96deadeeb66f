package dev.orderkit.testkit;

import dev.orderkit.cekat.CekatClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the cekat commerce orders API: {@code POST /api/orders} stores the order and
 * answers {@code 201 {"success": true, "data": <created order>}}; {@code GET
 * /api/orders?limit=&page=} answers {@code 200 {"message": "success", "data": {"orders": [...]}}}
 * with the stored orders, newest first, {@code limit} (default 10) per page from page 1.
 * Requests are read and answers written as JSON trees, by the docs alone (no SDK model).
 *
 * <p>Each order is answered in the two shapes the docs give. Created: {@code id} (a UUID),
 * {@code order_number} as a string {@code "ORD-yyyy-MMdd-NNN"}, {@code status}, the items with
 * their line {@code subtotal}, {@code subtotal} (the sum of the lines), {@code shipping} and
 * {@code tax} (0), {@code total} (as sent), {@code currency} (default {@code USD}), the addresses,
 * notes and metadata sent, and {@code created_at}/{@code updated_at} to the second with {@code Z}.
 * Listed: the same {@code id}, {@code order_number} as the integer {@code NNN},
 * {@code order_status}, {@code subtotal}, {@code discount} and {@code shipping_fee} (0),
 * {@code grand_total} (the total), {@code payment_type} {@code one_time_payment},
 * {@code contact_id} and {@code contact} (the customer: its display name and phone from
 * {@link #addContact}, else the shipping address's name), {@code conversation_id} (a string
 * {@code metadata.conversation_id}, else null), {@code invoices} ([]) and {@code created_at} with
 * microseconds and {@code +00:00}. Order numbers start at {@value #FIRST_ORDER_NUMBER}.
 *
 * <p>Refusals, in Laravel's default JSON bodies (the docs give none): a create body that breaks
 * the docs' request table (a required field missing, such as a misspelt {@code customer_id}, no
 * items, an item without {@code product_id}, a quantity below 1, a negative price or total, a
 * field of the wrong JSON type, a body that is not a JSON object) or a {@code limit}/{@code page}
 * that is not a whole number from 1 gets {@code 422 {"message": "The given data was invalid.",
 * "errors": {field: [messages]}}}; a wrong or missing key {@code 401 {"message":
 * "Unauthenticated."}}, an unknown path 404, another method 405, and injected faults, all as
 * {@code {"message": ...}}.
 *
 * <p>{@code POST /__orderkit/seed} (see {@code seed}) adds orders in the docs' list
 * shape.
 *
 * <pre>{@code
 * try (FakeCekatApi fake = new FakeCekatApi().start(); CekatClient cekat = fake.client()) {
 *   cekat.orders().create(params);
 *   cekat.orders().list(ListOrdersParams.builder().limit(5).build());   // holds it
 *   fake.orders();                                                        // [its FakeCekatApi.Order]
 * }
 * }</pre>
 */
public final class FakeCekatApi extends FakeApi {
  /** The API key a fake made with {@link #FakeCekatApi()} accepts. */
  public static final String DEFAULT_API_KEY = "ok_test_cekat_key";
  /** The number of the first order created (and again after {@link #reset()}). */
  public static final long FIRST_ORDER_NUMBER = 2292;
  /** The page size when a list request gives no {@code limit}. */
  public static final int DEFAULT_LIMIT = 10;
  /** The {@code message} of a 422 (Laravel's). */
  public static final String VALIDATION_MESSAGE = "The given data was invalid.";

  static final String ORDERS_PATH = "/api/orders";
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter NUMBER_DATE =
      DateTimeFormatter.ofPattern("yyyy-MMdd").withZone(ZoneOffset.UTC);

  private final List<Stored> orders = new ArrayList<>();
  private final Map<String, @Nullable String[]> contacts = new LinkedHashMap<>();
  private long nextNumber;

  /** A fake that accepts {@value #DEFAULT_API_KEY}. */
  public FakeCekatApi() {
    this(DEFAULT_API_KEY);
  }

  /** A fake that accepts {@code Authorization: Bearer <apiKey>}. */
  public FakeCekatApi(String apiKey) {
    super(apiKey);
    resetState();
  }

  /** Starts the fake on a free loopback port. */
  @Override
  public FakeCekatApi start() {
    super.start();
    return this;
  }

  /** Starts the fake on {@code port} of loopback (0 picks a free one). */
  @Override
  public FakeCekatApi start(int port) {
    super.start(port);
    return this;
  }

  /**
   * A client builder set up for this fake: its base URL and key, short retry delays (10 to 50 ms)
   * and a 5 s read timeout. Change options before {@code build()}.
   */
  public CekatClient.Builder clientBuilder() {
    return CekatClient.builder().baseUrl(baseUrl()).apiKey(apiKey())
        .initialRetryDelay(Duration.ofMillis(10)).maxRetryDelay(Duration.ofMillis(50))
        .readTimeout(Duration.ofSeconds(5));
  }

  /** A new client for this fake (see {@link #clientBuilder()}); close it when done. */
  public CekatClient client() {
    return clientBuilder().build();
  }

  // ---- state ----

  /** Every order held (created or seeded), oldest first, with its current status; a snapshot. */
  public synchronized List<Order> orders() {
    List<Order> out = new ArrayList<>();
    for (Stored s : orders) {
      out.add(s.view());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Every order as list orders shows it (an element of {@code data.orders}), oldest first; JSON
   * trees, a snapshot.
   */
  public synchronized List<Map<String, @Nullable Object>> listedOrders() {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (Stored s : orders) {
      out.add(s.view().listed());
    }
    return Collections.unmodifiableList(out);
  }

  /** The order with {@code id}, if the fake holds it. */
  public synchronized Optional<Order> order(String id) {
    Stored s = find(id);
    return s == null ? Optional.<Order>empty() : Optional.of(s.view());
  }

  /**
   * Sets the status of order {@code id} (any string: {@code paid}, {@code shipped}...), as if it
   * moved on in cekat; both shapes show it.
   *
   * @throws IllegalArgumentException if the fake holds no such order
   */
  public synchronized FakeCekatApi setStatus(String id, String status) {
    Stored s = find(id);
    if (s == null || status == null) {
      throw new IllegalArgumentException("No order " + id + " (or a null status)");
    }
    s.status = status;
    return this;
  }

  /**
   * Registers the contact {@code id} (a {@code customer_id}), so listed orders show its
   * {@code display_name} and {@code phone_number} (either may be null).
   */
  public synchronized FakeCekatApi addContact(String id, @Nullable String displayName,
      @Nullable String phoneNumber) {
    if (id == null) {
      throw new IllegalArgumentException("id must not be null");
    }
    contacts.put(id, new String[] {displayName, phoneNumber});
    return this;
  }

  /** Forgets orders and contacts; order numbers start again at {@value #FIRST_ORDER_NUMBER}. */
  @Override
  protected synchronized void resetState() {
    orders.clear();
    contacts.clear();
    nextNumber = FIRST_ORDER_NUMBER;
  }

  /**
   * Adds orders in the docs' list shape: either {@code {"orders": [...]}} (the list answer's
   * {@code data}) or a bare array of orders. Each order is an object with only the fields of the
   * docs' Order Object table, each of its documented type: {@code id} (string; default a UUID),
   * {@code order_number} (integer; default the next number), {@code order_status} (string;
   * default {@code pending}), {@code subtotal}, {@code discount}, {@code shipping_fee},
   * {@code grand_total} (numbers; default 0), {@code payment_type}, {@code payment_method},
   * {@code contact_id}, {@code conversation_id} (strings or null), {@code contact} (an object of
   * {@code id}, {@code display_name}, {@code phone_number}), {@code invoices} (an array) and
   * {@code created_at} (an ISO date-time with an offset; default now). Unknown fields (such as a
   * misspelt one), wrong types and an {@code id} or {@code order_number} the fake already holds
   * are refused with nothing added. Seeded orders are listed as sent (missing fields filled in
   * with their defaults) and count as newer than the orders before them.
   *
   * @return {@code {"orders": [...]}}, the orders added, as list orders shows them
   */
  @Override
  synchronized @Nullable Object seed(@Nullable Object tree) {
    Object list = tree;
    if (tree instanceof Map) {
      Map<?, ?> object = (Map<?, ?>) tree;
      if (object.size() != 1 || !object.containsKey("orders")) {
        throw new IllegalArgumentException(
            "cekat seeds from {\"orders\": [...]} or an array of orders in the list shape");
      }
      list = object.get("orders");
    }
    if (!(list instanceof List)) {
      throw new IllegalArgumentException(
          "cekat seeds from {\"orders\": [...]} or an array of orders in the list shape");
    }
    List<Stored> added = new ArrayList<>();
    long number = nextNumber;
    List<?> items = (List<?>) list;
    for (int i = 0; i < items.size(); i++) {
      String path = "orders." + i;
      Map<String, List<String>> errors = CekatValidation.listedOrder(items.get(i), path);
      if (!errors.isEmpty()) {
        throw new IllegalArgumentException("Invalid seed: " + errors);
      }
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> order = (Map<String, @Nullable Object>) items.get(i);
      String id = order.get("id") != null ? (String) order.get("id")
          : UUID.randomUUID().toString();
      long n = order.get("order_number") != null
          ? ((BigDecimal) order.get("order_number")).longValueExact() : number;
      for (Stored s : orders) {
        check(s, id, n, path);
      }
      for (Stored s : added) {
        check(s, id, n, path);
      }
      number = Math.max(number, n + 1);
      Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      String createdAtText = null;
      if (order.get("created_at") != null) {
        createdAtText = (String) order.get("created_at");
        createdAt = OffsetDateTime.parse(createdAtText).toInstant();
      }
      Stored s = new Stored(id, n, null, Json.copy(order), createdAt, createdAtText);
      if (order.get("order_status") != null) {
        s.status = (String) order.get("order_status");
      }
      added.add(s);
    }
    orders.addAll(added);
    nextNumber = number;
    List<Object> shown = new ArrayList<>();
    for (Stored s : added) {
      shown.add(s.listed());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("orders", shown);
    return answer;
  }

  private static void check(Stored held, String id, long number, String path) {
    if (held.id.equals(id)) {
      throw new IllegalArgumentException(path + ".id: the fake already holds order " + id);
    }
    if (held.number == number) {
      throw new IllegalArgumentException(path + ".order_number: the fake already holds order "
          + "number " + number);
    }
  }

  private @Nullable Stored find(String id) {
    for (Stored s : orders) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    return null;
  }

  // ---- HTTP ----

  @Override
  MockResponse serve(RecordedCall request) {
    if (!ORDERS_PATH.equals(request.path())) {
      return errorResponse(404, "Not Found");
    }
    if ("POST".equals(request.method())) {
      Map<String, @Nullable Object> body = jsonObject(request);
      // like Laravel, a body that is not a JSON object is no input at all
      return create(body != null ? body : new LinkedHashMap<String, @Nullable Object>());
    }
    if ("GET".equals(request.method())) {
      return list(request);
    }
    return errorResponse(405, "Method Not Allowed").addHeader("Allow", "GET, POST");
  }

  private synchronized MockResponse create(Map<String, @Nullable Object> body) {
    Map<String, List<String>> errors = CekatValidation.createOrder(body);
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    Stored s = new Stored(UUID.randomUUID().toString(), nextNumber++, Json.copy(body), null,
        Instant.now().truncatedTo(ChronoUnit.MICROS), null);
    orders.add(s);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("success", true);
    answer.put("data", s.created());
    return json(201, toJson(answer));
  }

  private synchronized MockResponse list(RecordedCall request) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    int limit = CekatValidation.positive(request.queryParameter("limit"), "limit",
        DEFAULT_LIMIT, errors);
    int page = CekatValidation.positive(request.queryParameter("page"), "page", 1,
        errors);
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    List<Object> listed = new ArrayList<>();
    long from = (long) (page - 1) * limit;
    for (long i = from; i < from + limit && i < orders.size(); i++) {
      listed.add(orders.get(orders.size() - 1 - (int) i).listed()); // newest first
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("orders", listed);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("message", "success");
    answer.put("data", data);
    return json(200, toJson(answer));
  }

  private static MockResponse invalid(Map<String, List<String>> errors) {
    return messageError(422, VALIDATION_MESSAGE, errors);
  }


  /**
   * One stored order: the create request as sent (or the seeded listed order), its number, id,
   * time and current status.
   */
  private final class Stored {
    final String id;
    final long number;
    final @Nullable Map<String, @Nullable Object> request;
    final @Nullable Map<String, @Nullable Object> seeded;
    final Instant createdAt;
    final @Nullable String createdAtText;
    String status = "pending";

    Stored(String id, long number, @Nullable Map<String, @Nullable Object> request,
        @Nullable Map<String, @Nullable Object> seeded, Instant createdAt,
        @Nullable String createdAtText) {
      this.id = id;
      this.number = number;
      this.request = request;
      this.seeded = seeded;
      this.createdAt = createdAt;
      this.createdAtText = createdAtText;
    }

    Order view() {
      return new Order(id, number, status, customer(), grandTotal(), createdAt, created(),
          listed());
    }

    private @Nullable String customer() {
      Object c = request != null ? request.get("customer_id") : seeded.get("contact_id");
      return c instanceof String ? (String) c : null;
    }

    private BigDecimal grandTotal() {
      Object t = request != null ? request.get("total") : seeded.get("grand_total");
      return t instanceof BigDecimal ? (BigDecimal) t : BigDecimal.ZERO;
    }

    private Object seededOr(String key, Object absent) {
      Object value = seeded.get(key);
      return value != null ? value : absent;
    }

    /** The created shape ({@code data} of the 201). */
    Map<String, @Nullable Object> created() {
      Map<String, @Nullable Object> o = new LinkedHashMap<>();
      o.put("id", id);
      o.put("order_number", String.format(Locale.ROOT, "ORD-%s-%03d",
          NUMBER_DATE.format(createdAt), number));
      o.put("customer_id", customer());
      o.put("status", status);
      List<Object> items = new ArrayList<>();
      if (request != null) {
        for (Object raw : (List<?>) request.get("items")) {
          Map<?, ?> item = (Map<?, ?>) raw;
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("product_id", item.get("product_id"));
          if (item.get("name") != null) {
            line.put("name", item.get("name"));
          }
          line.put("quantity", item.get("quantity"));
          line.put("price", item.get("price"));
          line.put("subtotal", lineSubtotal(item));
          items.add(line);
        }
      }
      o.put("items", items);
      o.put("subtotal", subtotal());
      o.put("shipping", request != null ? BigDecimal.ZERO
          : seededOr("shipping_fee", BigDecimal.ZERO));
      o.put("tax", BigDecimal.ZERO);
      o.put("total", grandTotal());
      o.put("currency", request != null && request.get("currency") != null
          ? request.get("currency") : "USD");
      if (request != null) {
        for (String optional : new String[] {"shipping_address", "billing_address", "notes",
            "metadata"}) {
          if (request.get(optional) != null) {
            o.put(optional, request.get(optional));
          }
        }
      }
      o.put("created_at", SECONDS.format(createdAt));
      o.put("updated_at", SECONDS.format(createdAt));
      return o;
    }

    /** The listed shape (an element of {@code data.orders}). */
    Map<String, @Nullable Object> listed() {
      String customer = customer();
      Map<String, @Nullable Object> o = new LinkedHashMap<>();
      o.put("id", id);
      o.put("order_number", BigDecimal.valueOf(number));
      o.put("order_status", status);
      o.put("subtotal", subtotal());
      o.put("discount", BigDecimal.ZERO);
      o.put("shipping_fee", BigDecimal.ZERO);
      o.put("grand_total", grandTotal());
      o.put("payment_type", "one_time_payment");
      o.put("payment_method", null);
      o.put("contact_id", customer);
      Map<String, @Nullable Object> contact = new LinkedHashMap<>();
      contact.put("id", customer);
      String[] known = customer == null ? null : contacts.get(customer);
      contact.put("display_name", known != null ? known[0] : shippingName());
      contact.put("phone_number", known != null ? known[1] : null);
      o.put("contact", contact);
      Object conversation = null;
      if (request != null) {
        Object metadata = request.get("metadata");
        conversation = metadata instanceof Map ? ((Map<?, ?>) metadata).get("conversation_id")
            : null;
      }
      o.put("conversation_id", conversation instanceof String ? conversation : null);
      o.put("invoices", new ArrayList<Object>());
      o.put("created_at", createdAtText != null ? createdAtText : MICROS.format(createdAt));
      if (seeded != null) {
        for (Map.Entry<String, @Nullable Object> e : seeded.entrySet()) {
          if (!e.getKey().equals("order_number") && !e.getKey().equals("order_status")
              && !e.getKey().equals("id") && e.getValue() != null) {
            o.put(e.getKey(), Json.copy(e.getValue()));
          }
        }
        if (seeded.containsKey("payment_method")) {
          o.put("payment_method", seeded.get("payment_method"));
        }
      }
      return o;
    }

    private @Nullable String shippingName() {
      Object address = request != null ? request.get("shipping_address") : null;
      Object name = address instanceof Map ? ((Map<?, ?>) address).get("name") : null;
      return name instanceof String ? (String) name : null;
    }

    private BigDecimal subtotal() {
      if (request == null) {
        return (BigDecimal) seededOr("subtotal", BigDecimal.ZERO);
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Object item : (List<?>) request.get("items")) {
        sum = sum.add(lineSubtotal((Map<?, ?>) item));
      }
      return sum;
    }
  }

  private static BigDecimal lineSubtotal(Map<?, ?> item) {
    return ((BigDecimal) item.get("price")).multiply((BigDecimal) item.get("quantity"));
  }

  /**
   * An order the fake holds, as it stands when read: its id, number, status, customer and total,
   * and its two JSON shapes. Immutable; equal to another view of the same order in the same
   * state.
   */
  public static final class Order {
    private final String id;
    private final long orderNumber;
    private final String status;
    private final @Nullable String customerId;
    private final BigDecimal total;
    private final Instant createdAt;
    private final Map<String, @Nullable Object> created;
    private final Map<String, @Nullable Object> listed;

    Order(String id, long orderNumber, String status, @Nullable String customerId,
        BigDecimal total, Instant createdAt, Map<String, @Nullable Object> created,
        Map<String, @Nullable Object> listed) {
      this.id = id;
      this.orderNumber = orderNumber;
      this.status = status;
      this.customerId = customerId;
      this.total = total;
      this.createdAt = createdAt;
      this.created = Json.frozen(created);
      this.listed = Json.frozen(listed);
    }

    /** The order's {@code id}. */
    public String id() {
      return id;
    }

    /** The sequential order number (the listed {@code order_number}, such as 2292). */
    public long orderNumber() {
      return orderNumber;
    }

    /** The created shape's string {@code order_number}, such as {@code "ORD-2025-0327-2292"}. */
    public String orderNumberText() {
      return (String) created.get("order_number");
    }

    /** The current status ({@code status}/{@code order_status}). */
    public String status() {
      return status;
    }

    /** The customer ({@code customer_id}/{@code contact_id}), if any. */
    public Optional<String> customerId() {
      return Optional.ofNullable(customerId);
    }

    /** The order's total ({@code total}/{@code grand_total}). */
    public BigDecimal total() {
      return total;
    }

    /** When the order was created. */
    public Instant createdAt() {
      return createdAt;
    }

    /** The created shape ({@code data} of the create answer), as an unmodifiable JSON tree. */
    public Map<String, @Nullable Object> created() {
      return created;
    }

    /** The listed shape (an element of {@code data.orders}), as an unmodifiable JSON tree. */
    public Map<String, @Nullable Object> listed() {
      return listed;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Order)) {
        return false;
      }
      Order o = (Order) other;
      return id.equals(o.id) && created.equals(o.created) && listed.equals(o.listed);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }

    @Override
    public String toString() {
      return "Order{" + id + " #" + orderNumber + " " + status + " total "
          + total.toPlainString() + "}";
    }
  }
}
