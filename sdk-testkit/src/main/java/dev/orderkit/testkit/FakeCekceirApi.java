package dev.orderkit.testkit;

import dev.orderkit.cekceir.CekceirClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the cekceir service-orders API ({@code POST /api/order}), with a wallet.
 *
 * <p>The wallet starts at {@value #DEFAULT_BALANCE} and every service has a unit price
 * ({@code cek_imei} costs {@value #DEFAULT_CEK_IMEI_PRICE}); {@link #setBalance} and
 * {@link #setPrice} change them, and a code without a price is an unknown service. An order
 * captures {@code price × items} from the wallet, then refunds the price of every item that
 * failed, so each result is consistent: {@code total_price = price × total},
 * {@code charged_amount = total_price}, {@code remaining_balance = balance_before −
 * charged_amount + refunded_amount}.
 *
 * <p>The items of an order are {@code data.imeis} for {@code cek_imei}; for any other service,
 * the elements of the first non-empty array in {@code data} (matched by their text), or else the
 * {@code data} object itself as one item.
 * The outcome is scriptable per service ({@link #script}, {@link #scriptAlways}) and per item
 * ({@link #failItem}); without a script every item succeeds:
 *
 * <table>
 *   <caption>Outcomes</caption>
 *   <tr><th>outcome</th><th>HTTP</th><th>items</th><th>refunded</th></tr>
 *   <tr><td>success</td><td>200</td><td>all succeed</td><td>0</td></tr>
 *   <tr><td>pending</td><td>201</td><td>none processed yet</td><td>0</td></tr>
 *   <tr><td>partial</td><td>207</td><td>some fail</td><td>price × failed items</td></tr>
 *   <tr><td>failed</td><td>503</td><td>all fail</td><td>everything</td></tr>
 * </table>
 *
 * <p>Refusals, none of which changes the wallet or records an order: a body that breaks the
 * schema (no {@code code}, no {@code data}, {@code cek_imei} without a non-empty {@code imeis}
 * list of strings) and an unknown service code get the documented 422
 * {@code ORDER_VALIDATION_ERROR} body ({@code errors}, {@code source}, {@code traceId}); a balance
 * below the order's total price gets {@code 402} with code {@code INSUFFICIENT_BALANCE} (the docs
 * give no status for it); a wrong or missing key gets 401, an unknown path 404, another method on
 * {@code /api/order} 405, all in the same error shape; injected faults too
 * ({@code errorResponse}: an injected 503 is an outage with
 * {@code {"error": true, "code": "SERVICE_UNAVAILABLE", ...}}, never an order result).
 *
 * <p>Requests are read and answers written as JSON trees by the docs alone (no SDK model): a
 * misspelt {@code code} or {@code data} is a missing required property, a {@code data} that is not
 * an object a type error, both named in {@code errors}. {@code POST /__orderkit/seed} sets the
 * balance and prices ({@code seed}).
 *
 * <pre>{@code
 * try (FakeCekceirApi fake = new FakeCekceirApi().start(); CekceirClient cekceir = fake.client()) {
 *   fake.failItem("356938035643817");
 *   OrderResult r = cekceir.orders().create(CreateOrderParams.cekImei(
 *       CekImei.of("356938035643809", "356938035643817")));   // 207 partial, 1500 refunded
 *   fake.balance();                                              // 98500
 * }
 * }</pre>
 */
public final class FakeCekceirApi extends FakeApi {
  /** The API key a fake made with {@link #FakeCekceirApi()} accepts. */
  public static final String DEFAULT_API_KEY = "ok_test_cekceir_key";
  /** The wallet balance a fake starts with (and returns to on {@link #reset()}). */
  public static final long DEFAULT_BALANCE = 100000;
  /** The unit price of {@code cek_imei} a fake starts with. */
  public static final long DEFAULT_CEK_IMEI_PRICE = 1500;
  /** The HTTP status of an order the wallet cannot pay for (not documented: the fake's choice). */
  public static final int INSUFFICIENT_BALANCE_STATUS = 402;

  /** The code of the docs' example service, {@code cek_imei}, whose items are {@code data.imeis}. */
  public static final String CEK_IMEI = "cek_imei";

  static final String ORDER_PATH = "/api/order";
  private static final String VALIDATION_MESSAGE =
      "Format order mu tidak sesuai dengan format layanan yang kamu minta.";
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** How an order ends, as scripted with {@link #script} or {@link #scriptAlways}. */
  public enum Outcome {
    /** Every item succeeds: HTTP 200, nothing refunded. */
    SUCCESS,
    /** Accepted, waiting for completion: HTTP 201, charged, nothing processed yet. */
    PENDING,
    /**
     * Some items fail and their price is refunded: HTTP 207. The items marked with
     * {@link #failItem} fail; when none (or every one) of the order's items is marked, the last
     * item fails and the others succeed (an order of one item then fails it, still as partial).
     */
    PARTIAL,
    /** The order fails and everything is refunded: HTTP 503 with the order body. */
    FAILED
  }

  private final Map<String, BigDecimal> prices = new HashMap<>();
  private final Map<String, Deque<Outcome>> scripted = new HashMap<>();
  private final Map<String, Outcome> always = new HashMap<>();
  private final Map<String, String> failingItems = new LinkedHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private BigDecimal balance;
  private String failureMessage;
  private long nextOrderId;
  private long nextTransactionId;

  /** A fake that accepts {@value #DEFAULT_API_KEY}. */
  public FakeCekceirApi() {
    this(DEFAULT_API_KEY);
  }

  /** A fake that accepts {@code Authorization: Bearer <apiKey>}. */
  public FakeCekceirApi(String apiKey) {
    super(apiKey);
    resetState();
  }

  /** Starts the fake on a free loopback port. */
  @Override
  public FakeCekceirApi start() {
    super.start();
    return this;
  }

  /** Starts the fake on {@code port} of loopback (0 picks a free one). */
  @Override
  public FakeCekceirApi start(int port) {
    super.start(port);
    return this;
  }

  /**
   * A client builder set up for this fake: its base URL and key, short retry delays (10 to 50 ms)
   * and a 5 s read timeout. Change options before {@code build()}.
   */
  public CekceirClient.Builder clientBuilder() {
    return CekceirClient.builder().baseUrl(baseUrl()).apiKey(apiKey())
        .initialRetryDelay(Duration.ofMillis(10)).maxRetryDelay(Duration.ofMillis(50))
        .readTimeout(Duration.ofSeconds(5));
  }

  /** A new client for this fake (see {@link #clientBuilder()}); close it when done. */
  public CekceirClient client() {
    return clientBuilder().build();
  }

  // ---- wallet and prices ----

  /** The wallet's available balance now. */
  public synchronized BigDecimal balance() {
    return balance;
  }

  /** Sets the wallet's balance. */
  public synchronized FakeCekceirApi setBalance(BigDecimal balance) {
    this.balance = notNegative("balance", balance);
    return this;
  }

  /** Sets the wallet's balance. */
  public FakeCekceirApi setBalance(long balance) {
    return setBalance(BigDecimal.valueOf(balance));
  }

  /** Sets the unit price of {@code serviceCode}, which makes it a known service. */
  public synchronized FakeCekceirApi setPrice(String serviceCode, BigDecimal price) {
    prices.put(notBlank(serviceCode), notNegative("price", price));
    return this;
  }

  /** Sets the unit price of {@code serviceCode}, which makes it a known service. */
  public FakeCekceirApi setPrice(String serviceCode, long price) {
    return setPrice(serviceCode, BigDecimal.valueOf(price));
  }

  /** The unit price of {@code serviceCode}, or empty for an unknown service. */
  public synchronized Optional<BigDecimal> price(String serviceCode) {
    return Optional.ofNullable(prices.get(serviceCode));
  }

  /** Makes {@code serviceCode} unknown: its orders are refused with the 422. */
  public synchronized FakeCekceirApi removeService(String serviceCode) {
    prices.remove(serviceCode);
    return this;
  }

  // ---- scripting ----

  /**
   * Queues the outcomes of the next orders of {@code serviceCode}, one order each, in order. Once
   * they are used up, {@link #scriptAlways} (or the items) decide. Refused orders use none.
   */
  public synchronized FakeCekceirApi script(String serviceCode, Outcome... outcomes) {
    Deque<Outcome> queue = scripted.get(notBlank(serviceCode));
    if (queue == null) {
      queue = new ArrayDeque<>();
      scripted.put(serviceCode, queue);
    }
    for (Outcome outcome : outcomes) {
      if (outcome == null) {
        throw new IllegalArgumentException("outcome must not be null");
      }
      queue.add(outcome);
    }
    return this;
  }

  /**
   * Gives every order of {@code serviceCode} {@code outcome} once its queued {@link #script}
   * outcomes are used up; {@code null} goes back to deciding from the items.
   */
  public synchronized FakeCekceirApi scriptAlways(String serviceCode,
      @Nullable Outcome outcome) {
    if (outcome == null) {
      always.remove(serviceCode);
    } else {
      always.put(notBlank(serviceCode), outcome);
    }
    return this;
  }

  /**
   * Makes {@code item} (an IMEI for {@code cek_imei}; matched by its text) fail in every order
   * that holds it, so its price is refunded: the order is partial, or failed when all its items
   * fail, unless a scripted outcome says otherwise.
   */
  public FakeCekceirApi failItem(String item) {
    return failItem(item, "Item " + item + " gagal diproses.");
  }

  /** As {@link #failItem(String)}, with the {@code error_message} the order reports for it. */
  public synchronized FakeCekceirApi failItem(String item, String errorMessage) {
    if (item == null || errorMessage == null) {
      throw new IllegalArgumentException("item and errorMessage must not be null");
    }
    failingItems.put(item, errorMessage);
    return this;
  }

  /** Sets the {@code error_message} of failed orders whose items were not marked failing. */
  public synchronized FakeCekceirApi failureMessage(String errorMessage) {
    if (errorMessage == null) {
      throw new IllegalArgumentException("errorMessage must not be null");
    }
    this.failureMessage = errorMessage;
    return this;
  }

  // ---- inspection ----

  /** Every order the fake accepted (refused ones are not orders), oldest first; a snapshot. */
  public synchronized List<Order> orders() {
    return Collections.unmodifiableList(new ArrayList<>(orders));
  }

  /** The order with {@code orderId}, if the fake holds it. */
  public synchronized Optional<Order> order(long orderId) {
    for (Order o : orders) {
      if (o.orderId() == orderId) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Restores the default balance and prices, and forgets orders and scripts. */
  @Override
  protected synchronized void resetState() {
    prices.clear();
    prices.put(CEK_IMEI, BigDecimal.valueOf(DEFAULT_CEK_IMEI_PRICE));
    scripted.clear();
    always.clear();
    failingItems.clear();
    orders.clear();
    balance = BigDecimal.valueOf(DEFAULT_BALANCE);
    failureMessage = "Layanan sedang tidak tersedia, saldo telah dikembalikan.";
    nextOrderId = 1001;
    nextTransactionId = 5001;
  }

  // ---- HTTP ----

  /**
   * The docs' error shape without field errors: {@code {"error": true, "code": <CODE>,
   * "message": ..., "traceId": ...}}, the code from the status ({@code SERVICE_UNAVAILABLE} for
   * 503, {@code TOO_MANY_REQUESTS} for 429...). Injected faults use it, so an injected 503 is an
   * outage that does not look like the documented 503 order result.
   */
  @Override
  MockResponse errorResponse(int status, String message) {
    return error(status, errorCode(status), message, null, null);
  }

  static String errorCode(int status) {
    switch (status) {
      case 400:
        return "BAD_REQUEST";
      case 401:
        return "UNAUTHORIZED";
      case 403:
        return "FORBIDDEN";
      case 404:
        return "NOT_FOUND";
      case 405:
        return "METHOD_NOT_ALLOWED";
      case 408:
        return "REQUEST_TIMEOUT";
      case 409:
        return "CONFLICT";
      case 429:
        return "TOO_MANY_REQUESTS";
      case 500:
        return "INTERNAL_SERVER_ERROR";
      case 502:
        return "BAD_GATEWAY";
      case 503:
        return "SERVICE_UNAVAILABLE";
      case 504:
        return "GATEWAY_TIMEOUT";
      default:
        return status >= 500 ? "SERVER_ERROR" : "CLIENT_ERROR";
    }
  }

  /**
   * Sets the wallet and prices from {@code POST /__orderkit/seed}: {@code {"balance": 100000,
   * "prices": {"cek_imei": 1500, "cek_nik": 700}}}, both optional; the balance and each price a
   * number of 0 or more, each price making its code a known service. Any other field (such as a
   * misspelt one) or a wrong type refuses the whole seed with nothing changed.
   *
   * @return {@code {"balance": ..., "prices": {...}}}: the balance now and every known price
   */
  @Override
  synchronized @Nullable Object seed(@Nullable Object tree) {
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException(
          "cekceir seeds from {\"balance\": <number>, \"prices\": {\"<code>\": <number>}}");
    }
    Map<?, ?> object = (Map<?, ?>) tree;
    for (Object key : object.keySet()) {
      if (!"balance".equals(key) && !"prices".equals(key)) {
        throw new IllegalArgumentException(key + ": not a seed field (balance, prices)");
      }
    }
    BigDecimal newBalance = null;
    if (object.containsKey("balance")) {
      newBalance = seedAmount(object.get("balance"), "balance");
    }
    Map<String, BigDecimal> newPrices = new LinkedHashMap<>();
    if (object.containsKey("prices")) {
      Object prices = object.get("prices");
      if (!(prices instanceof Map)) {
        throw new IllegalArgumentException("prices: must be an object of service code to price");
      }
      for (Map.Entry<?, ?> e : ((Map<?, ?>) prices).entrySet()) {
        String code = String.valueOf(e.getKey());
        if (code.trim().isEmpty()) {
          throw new IllegalArgumentException("prices: a service code is empty");
        }
        newPrices.put(code, seedAmount(e.getValue(), "prices." + code));
      }
    }
    if (newBalance != null) {
      balance = newBalance;
    }
    prices.putAll(newPrices);
    Map<String, Object> known = new java.util.TreeMap<>(prices);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("balance", balance);
    answer.put("prices", known);
    return answer;
  }

  private static BigDecimal seedAmount(@Nullable Object value, String path) {
    if (!(value instanceof BigDecimal) || ((BigDecimal) value).signum() < 0) {
      throw new IllegalArgumentException(path + ": must be a number of 0 or more");
    }
    return (BigDecimal) value;
  }

  @Override
  MockResponse unauthorized(RecordedCall request) {
    return error(401, "UNAUTHORIZED", "API key tidak valid atau tidak ada.", "auth", null);
  }

  @Override
  MockResponse serve(RecordedCall request) {
    String path = request.path();
    if (!ORDER_PATH.equals(path)) {
      return error(404, "NOT_FOUND", "Halaman tidak ditemukan.", null, null);
    }
    if (!"POST".equals(request.method())) {
      return error(405, "METHOD_NOT_ALLOWED", "Metode tidak diizinkan.", null, null)
          .addHeader("Allow", "POST");
    }
    Map<String, Object> body = jsonObject(request);
    if (body == null) {
      return validationError(Json.oneError("body", "must be object"));
    }
    return createOrder(body);
  }

  private synchronized MockResponse createOrder(Map<String, Object> body) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String code = checkCode(body, errors);
    Map<String, Object> data = checkData(body, errors);
    if (!errors.isEmpty()) {
      return validationError(errors);
    }
    BigDecimal price = prices.get(code);
    if (price == null) {
      return validationError(Json.oneError("code", "Layanan dengan kode '" + code
          + "' tidak ditemukan."));
    }
    List<String> items = items(code, data, errors);
    if (!errors.isEmpty()) {
      return validationError(errors);
    }
    BigDecimal totalPrice = price.multiply(BigDecimal.valueOf(items.size()));
    if (balance.compareTo(totalPrice) < 0) {
      return error(INSUFFICIENT_BALANCE_STATUS, "INSUFFICIENT_BALANCE",
          "Saldo kamu tidak mencukupi untuk pesanan ini.", "wallet", null);
    }
    return place(code, data, items, price, totalPrice);
  }

  /** Charges the wallet, decides the outcome, refunds failed items and records the order. */
  private MockResponse place(String code, Map<String, Object> data, List<String> items,
      BigDecimal price, BigDecimal totalPrice) {
    Outcome outcome = nextOutcome(code);
    List<String> failed = failedItems(outcome, items);
    if (outcome == null) {
      outcome = failed.isEmpty() ? Outcome.SUCCESS
          : failed.size() == items.size() ? Outcome.FAILED : Outcome.PARTIAL;
    }
    BigDecimal before = balance;
    BigDecimal refunded = price.multiply(BigDecimal.valueOf(failed.size()));
    balance = before.subtract(totalPrice).add(refunded);
    long orderId = nextOrderId++;
    long transactionId = nextTransactionId++;
    int processed = outcome == Outcome.PENDING ? 0 : items.size();

    Map<String, Object> r = new LinkedHashMap<>();
    r.put("status", outcome.name().toLowerCase(java.util.Locale.ROOT));
    r.put("reference_id", outcome == Outcome.FAILED ? null : "fake-cekceir-" + orderId);
    r.put("message", message(outcome));
    r.put("processed", BigDecimal.valueOf(processed));
    r.put("processed_success", BigDecimal.valueOf(processed - failed.size()));
    r.put("processed_error", BigDecimal.valueOf(failed.size()));
    r.put("remaining_balance", balance);
    r.put("result", result(outcome, items, failed));
    r.put("error_message", errorMessage(outcome, failed));
    r.put("order_id", BigDecimal.valueOf(orderId));
    r.put("transaction_id", BigDecimal.valueOf(transactionId));
    r.put("service_code", code);
    r.put("total", BigDecimal.valueOf(items.size()));
    r.put("price", price);
    r.put("total_price", totalPrice);
    r.put("charged_amount", totalPrice);
    r.put("refunded_amount", refunded);
    r.put("balance_before", before);
    r.put("created_at", CREATED_AT.format(Instant.now()));
    int status = httpStatus(outcome);
    orders.add(new Order(Json.frozen(r), status, Json.frozen(data), items, failed));
    return json(status, toJson(r));
  }

  private @Nullable Outcome nextOutcome(String code) {
    Deque<Outcome> queue = scripted.get(code);
    Outcome next = queue == null ? null : queue.poll();
    return next != null ? next : always.get(code);
  }

  /** The items that fail: all for FAILED, none for SUCCESS and PENDING, else the marked ones. */
  private List<String> failedItems(@Nullable Outcome outcome, List<String> items) {
    if (outcome == Outcome.FAILED) {
      return items;
    }
    if (outcome == Outcome.SUCCESS || outcome == Outcome.PENDING) {
      return Collections.emptyList();
    }
    List<String> failed = new ArrayList<>();
    for (String item : items) {
      if (failingItems.containsKey(item)) {
        failed.add(item);
      }
    }
    if (outcome == Outcome.PARTIAL && (failed.isEmpty() || failed.size() == items.size())) {
      failed = new ArrayList<>(items.subList(items.size() - 1, items.size()));
    }
    return failed;
  }

  private static String message(Outcome outcome) {
    switch (outcome) {
      case PENDING:
        return "Pesanan-mu sedang kami proses.";
      case PARTIAL:
        return "Sebagian pesanan-mu berhasil kami proses.";
      case FAILED:
        return "Pesanan-mu gagal kami proses.";
      default:
        return "Pesanan-mu telah berhasil kami proses.";
    }
  }

  /**
   * The failed items' messages ({@link #failItem(String, String)}); for a failed order whose
   * items were not marked, {@link #failureMessage(String)}.
   */
  private @Nullable String errorMessage(Outcome outcome, List<String> failed) {
    if (failed.isEmpty()) {
      return null;
    }
    List<String> messages = new ArrayList<>();
    boolean unmarked = false;
    for (String item : new LinkedHashSet<>(failed)) {
      String message = failingItems.get(item);
      if (message == null) {
        unmarked = true;
        message = "Item " + item + " gagal diproses.";
      }
      messages.add(message);
    }
    return outcome == Outcome.FAILED && unmarked ? failureMessage : String.join(" ", messages);
  }

  /** The service result: each item with its status; null while pending or when all failed. */
  private static @Nullable Map<String, Object> result(Outcome outcome, List<String> items,
      List<String> failed) {
    if (outcome == Outcome.PENDING || outcome == Outcome.FAILED) {
      return null;
    }
    List<Object> list = new ArrayList<>();
    List<String> stillFailing = new ArrayList<>(failed);
    for (String item : items) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("item", item);
      one.put("status", stillFailing.remove(item) ? "failed" : "success");
      list.add(one);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("items", list);
    return result;
  }

  static int httpStatus(Outcome outcome) {
    switch (outcome) {
      case PENDING:
        return 201;
      case PARTIAL:
        return 207;
      case FAILED:
        return 503;
      default:
        return 200;
    }
  }

  // ---- validation ----

  private static @Nullable String checkCode(Map<String, Object> body,
      Map<String, List<String>> errors) {
    if (!body.containsKey("code")) {
      Json.addError(errors, "code", "must have required property 'code'");
      return null;
    }
    Object code = body.get("code");
    if (!(code instanceof String)) {
      Json.addError(errors, "code", "must be string");
      return null;
    }
    if (((String) code).trim().isEmpty()) {
      Json.addError(errors, "code", "must NOT have fewer than 1 characters");
      return null;
    }
    return (String) code;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<String, Object> checkData(Map<String, Object> body,
      Map<String, List<String>> errors) {
    if (!body.containsKey("data")) {
      Json.addError(errors, "data", "must have required property 'data'");
      return null;
    }
    Object data = body.get("data");
    if (!(data instanceof Map)) {
      Json.addError(errors, "data", "must be object");
      return null;
    }
    if (((Map<String, Object>) data).isEmpty()) {
      Json.addError(errors, "data", "must NOT have fewer than 1 properties");
      return null;
    }
    return (Map<String, Object>) data;
  }

  /** The order's items, checking {@code cek_imei}'s schema; errors go under {@code data}. */
  private static @Nullable List<String> items(String code, Map<String, Object> data,
      Map<String, List<String>> errors) {
    if (CEK_IMEI.equals(code)) {
      Object imeis = data.get("imeis");
      if (!data.containsKey("imeis")) {
        Json.addError(errors, "data", "must have required property 'imeis'");
        return null;
      }
      if (!(imeis instanceof List)) {
        Json.addError(errors, "data", "/imeis: must be array");
        return null;
      }
      List<?> list = (List<?>) imeis;
      if (list.isEmpty()) {
        Json.addError(errors, "data", "/imeis: must NOT have fewer than 1 items");
        return null;
      }
      List<String> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Object imei = list.get(i);
        if (!(imei instanceof String)) {
          Json.addError(errors, "data", "/imeis/" + i + ": must be string");
        } else if (((String) imei).trim().isEmpty()) {
          Json.addError(errors, "data", "/imeis/" + i + ": must NOT have fewer than 1 characters");
        } else {
          items.add((String) imei);
        }
      }
      return Collections.unmodifiableList(items);
    }
    for (Object value : data.values()) {
      if (value instanceof List && !((List<?>) value).isEmpty()) {
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
          items.add(item instanceof BigDecimal ? ((BigDecimal) item).toPlainString()
              : String.valueOf(item));
        }
        return Collections.unmodifiableList(items);
      }
    }
    return Collections.singletonList(toJson(data));
  }



  private static MockResponse validationError(Map<String, List<String>> errors) {
    return error(422, "ORDER_VALIDATION_ERROR", VALIDATION_MESSAGE, "order", errors);
  }

  /** The error shape of the docs' 422, used for every refusal. */
  private static MockResponse error(int status, String code, String message,
      @Nullable String source, @Nullable Map<String, List<String>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", true);
    body.put("code", code);
    body.put("message", message);
    if (source != null) {
      body.put("source", source);
    }
    if (errors != null) {
      body.put("errors", errors);
    }
    body.put("traceId", UUID.randomUUID().toString());
    return json(status, toJson(body));
  }

  // ---- JSON ----

  private static String notBlank(String serviceCode) {
    if (serviceCode == null || serviceCode.trim().isEmpty()) {
      throw new IllegalArgumentException("serviceCode must not be blank");
    }
    return serviceCode;
  }

  private static BigDecimal notNegative(String what, BigDecimal amount) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException(what + " must be zero or more; got " + amount);
    }
    return amount;
  }

  /**
   * An order the fake accepted: the result body it answered (a JSON tree in the docs' shape) and
   * its HTTP status, the {@code data} sent, the order's items and the ones that failed.
   * Immutable.
   */
  public static final class Order {
    private final Map<String, @Nullable Object> result;
    private final int httpStatus;
    private final Map<String, @Nullable Object> data;
    private final List<String> items;
    private final List<String> failedItems;

    @SuppressWarnings("unchecked")
    Order(@Nullable Object result, int httpStatus, @Nullable Object data, List<String> items,
        List<String> failedItems) {
      this.result = (Map<String, @Nullable Object>) result;
      this.httpStatus = httpStatus;
      this.data = (Map<String, @Nullable Object>) data;
      this.items = Collections.unmodifiableList(new ArrayList<>(items));
      this.failedItems = Collections.unmodifiableList(new ArrayList<>(failedItems));
    }

    /**
     * The order result the fake answered, as an unmodifiable JSON tree ({@code status},
     * {@code order_id}, {@code refunded_amount}...; numbers are {@code BigDecimal}s).
     */
    public Map<String, @Nullable Object> result() {
      return result;
    }

    /** The HTTP status answered: 200, 201, 207 or 503. */
    public int httpStatus() {
      return httpStatus;
    }

    /** The order id ({@code order_id}). */
    public long orderId() {
      return ((Number) result.get("order_id")).longValue();
    }

    /** The wallet transaction id ({@code transaction_id}). */
    public long transactionId() {
      return ((Number) result.get("transaction_id")).longValue();
    }

    /** The service code ({@code service_code}). */
    public String serviceCode() {
      return (String) result.get("service_code");
    }

    /** The outcome: success, pending, partial or failed. */
    public Outcome outcome() {
      return Outcome.valueOf(((String) result.get("status")).toUpperCase(java.util.Locale.ROOT));
    }

    /** What was captured from the wallet ({@code charged_amount}). */
    public BigDecimal chargedAmount() {
      return (BigDecimal) result.get("charged_amount");
    }

    /** What was refunded to the wallet ({@code refunded_amount}). */
    public BigDecimal refundedAmount() {
      return (BigDecimal) result.get("refunded_amount");
    }

    /** The {@code data} sent, as an unmodifiable JSON tree. */
    public Map<String, @Nullable Object> data() {
      return data;
    }

    /** The order's items in the order sent (IMEIs for {@code cek_imei}). */
    public List<String> items() {
      return items;
    }

    /** The items that failed (their price was refunded). */
    public List<String> failedItems() {
      return failedItems;
    }

    @Override
    public String toString() {
      return "Order{" + orderId() + " " + serviceCode() + " " + result.get("status") + " items="
          + items + " failed=" + failedItems + "}";
    }
  }
}
