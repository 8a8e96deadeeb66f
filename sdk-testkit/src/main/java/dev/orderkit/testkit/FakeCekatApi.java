package dev.orderkit.testkit;

import com.squareup.moshi.JsonWriter;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.internal.CekatJson;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.core.spi.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the cekat commerce orders API: {@code POST /api/orders} stores the order and
 * answers {@code 201 {"success": true, "data": <created order>}}; {@code GET
 * /api/orders?limit=&page=} answers {@code 200 {"message": "success", "data": {"orders": [...]}}}
 * with the stored orders, newest first, {@code limit} (default 10) per page from page 1.
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
 * <p>Refusals, in a Laravel-style body {@code {"success": false, "message", "errors": {field:
 * [messages]}}}: a create body that breaks the docs' request table (no {@code customer_id}, no
 * items, an item without {@code product_id}, a quantity below 1, a negative or missing price or
 * total, a field of the wrong type) or a {@code limit}/{@code page} that is not a whole number
 * from 1 gets 422; a wrong or missing key 401, an unknown path 404, another method 405.
 *
 * <pre>{@code
 * try (FakeCekatApi fake = new FakeCekatApi().start(); CekatClient cekat = fake.client()) {
 *   Order created = cekat.orders().create(params);
 *   cekat.orders().list(ListOrdersParams.builder().limit(5).build());   // holds it
 *   fake.orders();                                                        // [created]
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

  /** Every order created, oldest first, in the created shape with its current status; a snapshot. */
  public synchronized List<Order> orders() {
    List<Order> out = new ArrayList<>();
    for (Stored s : orders) {
      out.add(decode(toJson(s.created()), Order.class));
    }
    return Collections.unmodifiableList(out);
  }

  /** Every order as list orders shows it, oldest first; a snapshot. */
  public synchronized List<ListedOrder> listedOrders() {
    List<ListedOrder> out = new ArrayList<>();
    for (Stored s : orders) {
      out.add(decode(toJson(s.listed()), ListedOrder.class));
    }
    return Collections.unmodifiableList(out);
  }

  /** The order with {@code id}, in the created shape, if the fake holds it. */
  public synchronized Optional<Order> order(String id) {
    Stored s = find(id);
    return s == null ? Optional.<Order>empty() : Optional.of(decode(toJson(s.created()),
        Order.class));
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
  MockResponse unauthorized(RecordedCall request) {
    return failure(401, "Unauthorized", null);
  }

  @Override
  MockResponse serve(RecordedCall request) {
    if (!ORDERS_PATH.equals(request.path())) {
      return failure(404, "Not Found", null);
    }
    if ("POST".equals(request.method())) {
      Map<String, Object> body = jsonObject(request);
      if (body == null) {
        return invalid(CekatValidation.errors("body", "The request body must be a JSON object."));
      }
      return create(body);
    }
    if ("GET".equals(request.method())) {
      return list(request);
    }
    return failure(405, "Method Not Allowed", null).addHeader("Allow", "GET, POST");
  }

  private synchronized MockResponse create(Map<String, Object> body) {
    Map<String, List<String>> errors = CekatValidation.createOrder(body);
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    Stored s = new Stored(UUID.randomUUID().toString(), nextNumber++, body,
        Instant.now().truncatedTo(ChronoUnit.MICROS));
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
    return failure(422, "The given data was invalid.", errors);
  }

  private static MockResponse failure(int status, String message,
      @Nullable Map<String, List<String>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", false);
    body.put("message", message);
    if (errors != null) {
      body.put("errors", errors);
    }
    return json(status, toJson(body));
  }

  // ---- JSON ----


  private static <T> T decode(String json, Class<T> type) {
    try {
      return CekatJson.MOSHI.adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One stored order: the request as sent, its number, id, time and current status. */
  private final class Stored {
    final String id;
    final long number;
    final Map<String, Object> request;
    final Instant createdAt;
    String status = "pending";

    Stored(String id, long number, Map<String, Object> request, Instant createdAt) {
      this.id = id;
      this.number = number;
      this.request = request;
      this.createdAt = createdAt;
    }

    /** The created shape ({@code data} of the 201). */
    Map<String, Object> created() {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", id);
      o.put("order_number", String.format(java.util.Locale.ROOT, "ORD-%s-%03d",
          NUMBER_DATE.format(createdAt), number));
      o.put("customer_id", request.get("customer_id"));
      o.put("status", status);
      List<Object> items = new ArrayList<>();
      for (Object raw : (List<?>) request.get("items")) {
        Map<?, ?> item = (Map<?, ?>) raw;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("product_id", item.get("product_id"));
        if (item.containsKey("name")) {
          line.put("name", item.get("name"));
        }
        line.put("quantity", item.get("quantity"));
        line.put("price", item.get("price"));
        line.put("subtotal", lineSubtotal(item));
        items.add(line);
      }
      o.put("items", items);
      o.put("subtotal", subtotal());
      o.put("shipping", BigDecimal.ZERO);
      o.put("tax", BigDecimal.ZERO);
      o.put("total", request.get("total"));
      o.put("currency", request.get("currency") != null ? request.get("currency") : "USD");
      for (String optional : new String[] {"shipping_address", "billing_address", "notes",
          "metadata"}) {
        if (request.get(optional) != null) {
          o.put(optional, request.get(optional));
        }
      }
      o.put("created_at", SECONDS.format(createdAt));
      o.put("updated_at", SECONDS.format(createdAt));
      return o;
    }

    /** The listed shape (an element of {@code data.orders}). */
    Map<String, Object> listed() {
      String customer = (String) request.get("customer_id");
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", id);
      o.put("order_number", number);
      o.put("order_status", status);
      o.put("subtotal", subtotal());
      o.put("discount", BigDecimal.ZERO);
      o.put("shipping_fee", BigDecimal.ZERO);
      o.put("grand_total", request.get("total"));
      o.put("payment_type", "one_time_payment");
      o.put("payment_method", null);
      o.put("contact_id", customer);
      Map<String, Object> contact = new LinkedHashMap<>();
      contact.put("id", customer);
      String[] known = contacts.get(customer);
      contact.put("display_name", known != null ? known[0] : shippingName());
      contact.put("phone_number", known != null ? known[1] : null);
      o.put("contact", contact);
      Object metadata = request.get("metadata");
      Object conversation = metadata instanceof Map
          ? ((Map<?, ?>) metadata).get("conversation_id") : null;
      o.put("conversation_id", conversation instanceof String ? conversation : null);
      o.put("invoices", new ArrayList<Object>());
      o.put("created_at", MICROS.format(createdAt));
      return o;
    }

    private @Nullable String shippingName() {
      Object address = request.get("shipping_address");
      Object name = address instanceof Map ? ((Map<?, ?>) address).get("name") : null;
      return name instanceof String ? (String) name : null;
    }

    private BigDecimal subtotal() {
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
}
