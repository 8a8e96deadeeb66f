package dev.orderkit.testkit;

import dev.orderkit.bosonline.BosOnlineClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the bosOnline API: Request Create Order ({@code POST /order/{id}}) for the
 * checkout forms it knows. Out of the box it knows the docs' example form
 * {@value #EXAMPLE_FORM_ID} ("Kopi Arabica" at 51100 a unit, so the docs' example order of two
 * items costs the docs' 102200); {@link #addForm} registers more. A checkout through an unknown
 * form is a 404, invalid input a 400 with {@code errors} per JSON path (such as
 * {@code items.order_items.0.item_qty}); a valid one is held in {@link #orders()} and answered
 * 200 with the documented {@code {"data": {cs_phone, payment[], product_name, social_media[],
 * total_payment}, "message"}}, the total computed from the order's items and the form's prices.
 * Any other path is a JSON 404. Requests are read and answers written as JSON trees checked
 * against the docs alone (no SDK model): a misspelt or mistyped field is a 400 naming it. Errors
 * (400, 401, 404 and injected faults) are {@code {"message": ...}}, the 400 with {@code errors};
 * the docs name those statuses but give no body. {@code POST /__orderkit/seed} adds forms
 * ({@code seed}).
 *
 * <p>Tokens: the key given to the constructor ({@link #DEFAULT_API_KEY} by default) is valid
 * until {@link #expireToken()}; {@link #issueToken()} hands out new valid tokens, so a test can
 * pass {@code fake::issueToken} as the SDK's token supplier and {@link #expireToken()} the
 * current one to see the client refresh and replay. Thread-safe.
 *
 * <pre>{@code
 * try (FakeBosOnlineApi fake = new FakeBosOnlineApi().start();
 *      BosOnlineClient bos = fake.client()) {
 *   CreateOrderResult r = bos.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID, params);
 *   assertThat(fake.orders()).hasSize(1);
 * }
 * }</pre>
 */
public final class FakeBosOnlineApi extends FakeApi {
  /** The test key a fake built with {@link #FakeBosOnlineApi()} accepts. */
  public static final String DEFAULT_API_KEY = "ok_test_bosonline_key";
  /** The checkout form id of the docs' example, known to every fake. */
  public static final String EXAMPLE_FORM_ID = "d9cc7807-36c2-4eb1-b910-ece18a1bbb6e";
  /** The product of the example form, as in the docs' example response. */
  public static final String EXAMPLE_PRODUCT_NAME = "Kopi Arabica";
  /** The unit price of the example form: the docs' two items at this price make 102200. */
  public static final BigDecimal EXAMPLE_UNIT_PRICE = new BigDecimal("51100");
  /** The {@code message} of a successful checkout, as in the docs. */
  public static final String SUCCESS_MESSAGE =
      "Lakukan pembayaran ke salah satu bank berikut agar segera kami proses pesananmu";
  /** The store's customer-service phone every checkout returns ({@code cs_phone}). */
  public static final String CS_PHONE = "6289765183712";

  /** The {@code message} of a 400, as the docs name it. */
  public static final String INVALID_INPUT = "Invalid input";
  /** The {@code message} of a checkout through an unknown form, as the docs name the 404. */
  public static final String RECORD_NOT_FOUND = "Record not found";

  private static final String TOKEN_PREFIX = "ok_test_bosonline_token_";

  private final Map<String, Form> forms = new LinkedHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private final Set<String> validTokens = new HashSet<>();
  private final Set<String> expiredTokens = new HashSet<>();
  private String currentToken;
  private int issued;

  /** A fake accepting {@link #DEFAULT_API_KEY}. */
  public FakeBosOnlineApi() {
    this(DEFAULT_API_KEY);
  }

  /** A fake accepting {@code Authorization: Bearer <apiKey>}. */
  public FakeBosOnlineApi(String apiKey) {
    super(apiKey);
    initState();
  }

  /** Starts the fake on a free loopback port. */
  @Override
  public FakeBosOnlineApi start() {
    super.start();
    return this;
  }

  /** Starts the fake on {@code port} of loopback (0 picks a free one). */
  @Override
  public FakeBosOnlineApi start(int port) {
    super.start(port);
    return this;
  }

  /**
   * A builder for a {@link BosOnlineClient} pointed at this fake with its key and short retry
   * delays; change any option (such as {@code tokenSupplier(fake::issueToken)}) before building.
   */
  public BosOnlineClient.Builder clientBuilder() {
    return BosOnlineClient.builder()
        .baseUrl(baseUrl())
        .token(apiKey())
        .initialRetryDelay(Duration.ofMillis(10))
        .maxRetryDelay(Duration.ofMillis(50))
        .readTimeout(Duration.ofSeconds(5));
  }

  /** A {@link BosOnlineClient} pointed at this fake, with its key; close it when done. */
  public BosOnlineClient client() {
    return clientBuilder().build();
  }

  // ---- forms ----

  /**
   * Registers (or replaces) checkout form {@code formId} selling {@code productName} at
   * {@code unitPrice} for any variant SKU. Forms stay until {@link #reset()}, which keeps only
   * the example form.
   */
  public FakeBosOnlineApi addForm(String formId, String productName, BigDecimal unitPrice) {
    return putForm(new Form(formId, productName, requirePrice(unitPrice, "unitPrice"),
        Collections.<String, BigDecimal>emptyMap()));
  }

  /**
   * Registers (or replaces) checkout form {@code formId} selling {@code productName} in the
   * variants {@code variantPrices} (SKU to unit price); a checkout with any other SKU is a 400
   * naming {@code items.order_items.<i>.item_sku}. Forms stay until {@link #reset()}.
   */
  public FakeBosOnlineApi addForm(String formId, String productName,
      Map<String, BigDecimal> variantPrices) {
    if (variantPrices == null || variantPrices.isEmpty()) {
      throw new IllegalArgumentException("variantPrices must name at least one SKU");
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> e : variantPrices.entrySet()) {
      if (e.getKey() == null || e.getKey().trim().isEmpty()) {
        throw new IllegalArgumentException("variantPrices has an empty SKU");
      }
      copy.put(e.getKey(), requirePrice(e.getValue(), "price of " + e.getKey()));
    }
    return putForm(new Form(formId, productName, null, Collections.unmodifiableMap(copy)));
  }

  /** Forgets checkout form {@code formId} (checkouts through it become 404s). */
  public synchronized FakeBosOnlineApi removeForm(String formId) {
    forms.remove(formId);
    return this;
  }

  /** The ids of the checkout forms the fake knows, in the order they were added. */
  public synchronized List<String> formIds() {
    return Collections.unmodifiableList(new ArrayList<>(forms.keySet()));
  }

  private synchronized FakeBosOnlineApi putForm(Form form) {
    forms.put(form.id, form);
    return this;
  }

  private static BigDecimal requirePrice(BigDecimal price, String what) {
    if (price == null || price.signum() < 0) {
      throw new IllegalArgumentException(what + " must be a price of 0 or more; got " + price);
    }
    return price;
  }

  /**
   * Adds checkout forms from {@code POST /__orderkit/seed}: one form or an array of forms, each
   * {@code {"form_id": "...", "product_name": "...", "unit_price": 51100}} (one price for any
   * SKU) or {@code {"form_id", "product_name", "variant_prices": {"<sku>": <price>, ...}}} (only
   * those SKUs). {@code form_id} and {@code product_name} are non-empty strings, prices numbers
   * of 0 or more; any other field (such as a misspelt one) or a wrong type refuses the whole seed
   * with nothing added. A form with a known id replaces it, as {@link #addForm} does.
   *
   * @return {@code {"forms": [...]}}, the forms added, in the shape they were accepted in
   */
  @Override
  synchronized @Nullable Object seed(@Nullable Object tree) {
    List<?> list = tree instanceof List ? (List<?>) tree
        : Collections.singletonList(tree);
    List<Form> added = new ArrayList<>();
    List<Object> shown = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = tree instanceof List ? "[" + i + "]." : "";
      if (!(list.get(i) instanceof Map)) {
        throw new IllegalArgumentException("bosOnline seeds forms: {\"form_id\", "
            + "\"product_name\", \"unit_price\"} or an array of them");
      }
      Map<?, ?> form = (Map<?, ?>) list.get(i);
      for (Object key : form.keySet()) {
        if (!"form_id".equals(key) && !"product_name".equals(key) && !"unit_price".equals(key)
            && !"variant_prices".equals(key)) {
          throw new IllegalArgumentException(path + key + ": not a field of a form (form_id, "
              + "product_name, unit_price or variant_prices)");
        }
      }
      String id = seedText(form, "form_id", path);
      String product = seedText(form, "product_name", path);
      Object unit = form.get("unit_price");
      Object variants = form.get("variant_prices");
      if ((unit == null) == (variants == null)) {
        throw new IllegalArgumentException(path + "unit_price: give either unit_price or "
            + "variant_prices");
      }
      Map<String, Object> accepted = new LinkedHashMap<>();
      accepted.put("form_id", id);
      accepted.put("product_name", product);
      if (unit != null) {
        added.add(new Form(id, product, seedPrice(unit, path + "unit_price"),
            Collections.<String, BigDecimal>emptyMap()));
        accepted.put("unit_price", unit);
      } else {
        if (!(variants instanceof Map) || ((Map<?, ?>) variants).isEmpty()) {
          throw new IllegalArgumentException(path + "variant_prices: must be an object of SKU "
              + "to price with at least one SKU");
        }
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) variants).entrySet()) {
          String sku = String.valueOf(e.getKey());
          if (sku.trim().isEmpty()) {
            throw new IllegalArgumentException(path + "variant_prices: an SKU is empty");
          }
          prices.put(sku, seedPrice(e.getValue(), path + "variant_prices." + sku));
        }
        added.add(new Form(id, product, null, Collections.unmodifiableMap(prices)));
        accepted.put("variant_prices", prices);
      }
      shown.add(accepted);
    }
    for (Form form : added) {
      forms.put(form.id, form);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("forms", shown);
    return answer;
  }

  private static String seedText(Map<?, ?> form, String key, String path) {
    Object value = form.get(key);
    if (!(value instanceof String) || ((String) value).trim().isEmpty()) {
      throw new IllegalArgumentException(path + key + ": must be a non-empty string");
    }
    return (String) value;
  }

  private static BigDecimal seedPrice(@Nullable Object value, String path) {
    if (!(value instanceof BigDecimal) || ((BigDecimal) value).signum() < 0) {
      throw new IllegalArgumentException(path + ": must be a number of 0 or more");
    }
    return (BigDecimal) value;
  }

  // ---- orders ----

  /** The orders checked out so far, oldest first (an immutable snapshot). */
  public synchronized List<Order> orders() {
    return Collections.unmodifiableList(new ArrayList<>(orders));
  }

  /** The order with {@code number} (1 for the first checkout), or null. */
  public synchronized @Nullable Order order(int number) {
    for (Order o : orders) {
      if (o.number == number) {
        return o;
      }
    }
    return null;
  }

  // ---- tokens ----

  /**
   * Issues a new valid bearer token (and makes it the current one), as a Login or Refresh call
   * would: pass {@code fake::issueToken} as the SDK's token supplier.
   */
  public synchronized String issueToken() {
    String token = TOKEN_PREFIX + (++issued);
    validTokens.add(token);
    currentToken = token;
    return token;
  }

  /**
   * Expires the current token: the last one {@link #issueToken()} handed out, or the
   * constructor's key when none was issued. Requests carrying it are then answered 401.
   */
  public synchronized FakeBosOnlineApi expireToken() {
    return expireToken(currentToken);
  }

  /** Expires {@code token} (an issued one or the constructor's key): it is then refused. */
  public synchronized FakeBosOnlineApi expireToken(String token) {
    if (validTokens.remove(token)) {
      expiredTokens.add(token);
    }
    return this;
  }

  /** Whether the fake accepts {@code token} now. */
  public synchronized boolean isValidToken(String token) {
    return validTokens.contains(token);
  }

  // ---- FakeApi ----

  /** Forgets the orders and issued tokens, and restores the example form and the key. */
  @Override
  protected synchronized void resetState() {
    initState();
  }

  private synchronized void initState() {
    forms.clear();
    forms.put(EXAMPLE_FORM_ID, new Form(EXAMPLE_FORM_ID, EXAMPLE_PRODUCT_NAME,
        EXAMPLE_UNIT_PRICE, Collections.<String, BigDecimal>emptyMap()));
    orders.clear();
    validTokens.clear();
    expiredTokens.clear();
    validTokens.add(apiKey());
    currentToken = apiKey();
    issued = 0;
  }

  @Override
  boolean authorized(RecordedCall request) {
    String token = bearer(request);
    return token != null && isValidToken(token);
  }

  @Override
  MockResponse unauthorized(RecordedCall request) {
    String token = bearer(request);
    boolean expired;
    synchronized (this) {
      expired = token != null && expiredTokens.contains(token);
    }
    return errorResponse(401, expired ? "Token has expired" : "Unauthenticated.");
  }

  private static @Nullable String bearer(RecordedCall request) {
    String header = request.header("Authorization");
    return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
  }

  @Override
  MockResponse serve(RecordedCall request) {
    List<String> segments = request.pathSegments();
    if ("POST".equals(request.method()) && segments.size() == 2
        && "order".equals(segments.get(0)) && !segments.get(1).isEmpty()) {
      return checkout(segments.get(1), request);
    }
    return errorResponse(404, "Not found");
  }

  private MockResponse checkout(String formId, RecordedCall request) {
    Form form;
    synchronized (this) {
      form = forms.get(formId);
    }
    if (form == null) {
      return errorResponse(404, RECORD_NOT_FOUND);
    }
    Map<String, Object> body = jsonObject(request);
    BosOnlineCheckoutRules rules = new BosOnlineCheckoutRules();
    if (body == null) {
      rules.fail("body", "The request body must be a JSON object.");
      return invalid(rules.errors());
    }
    List<BosOnlineCheckoutRules.Line> lines = rules.check(body);
    if (!rules.errors().isEmpty()) {
      return invalid(rules.errors());
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      BosOnlineCheckoutRules.Line line = lines.get(i);
      BigDecimal price = form.price(line.sku);
      if (price == null) {
        rules.fail("items.order_items." + i + ".item_sku",
            "SKU " + line.sku + " is not sold through this form.");
      } else {
        total = total.add(price.multiply(BigDecimal.valueOf(line.qty)));
      }
    }
    if (!rules.errors().isEmpty()) {
      return invalid(rules.errors());
    }
    synchronized (this) {
      orders.add(new Order(orders.size() + 1, formId, form.productName, total, body));
    }
    return json(200, toJson(result(form.productName, total)));
  }

  private static Map<String, Object> result(String productName, BigDecimal total) {
    Map<String, Object> bank = new LinkedHashMap<>();
    bank.put("bank_atasnama", "Mohammad Alfian R aja");
    bank.put("bank_code", "BCA");
    bank.put("bank_name", "BANK CENTRAL ASIA");
    bank.put("bank_rekening", "345193134434");
    bank.put("file_name", "uploads/bank/");
    bank.put("file_path", "bca.jpg");
    List<Object> social = new ArrayList<>();
    social.add(link("facebook", "https://facebook.com"));
    social.add(link("instagram", "https://instagram.com"));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("cs_phone", CS_PHONE);
    data.put("payment", Collections.<Object>singletonList(bank));
    data.put("product_name", productName);
    data.put("social_media", social);
    data.put("total_payment", total);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("data", data);
    root.put("message", SUCCESS_MESSAGE);
    return root;
  }

  private static Map<String, Object> link(String name, String url) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("url", url);
    return m;
  }

  private static MockResponse invalid(Map<String, List<String>> errors) {
    return messageError(400, INVALID_INPUT, errors);
  }



  /** A checkout form the fake knows: its product and its price per SKU. */
  private static final class Form {
    final String id;
    final String productName;
    final @Nullable BigDecimal unitPrice;
    final Map<String, BigDecimal> variantPrices;

    Form(String id, String productName, @Nullable BigDecimal unitPrice,
        Map<String, BigDecimal> variantPrices) {
      if (id == null || id.trim().isEmpty()) {
        throw new IllegalArgumentException("formId must not be empty");
      }
      if (productName == null) {
        throw new IllegalArgumentException("productName must not be null");
      }
      this.id = id;
      this.productName = productName;
      this.unitPrice = unitPrice;
      this.variantPrices = variantPrices;
    }

    @Nullable BigDecimal price(String sku) {
      return variantPrices.isEmpty() ? unitPrice : variantPrices.get(sku);
    }
  }

  /** A checkout the fake accepted: what was sent and what it cost. Immutable. */
  public static final class Order {
    private final int number;
    private final String formId;
    private final String productName;
    private final BigDecimal totalPayment;
    private final Map<String, @Nullable Object> body;

    @SuppressWarnings("unchecked")
    Order(int number, String formId, String productName, BigDecimal totalPayment,
        Map<String, @Nullable Object> body) {
      this.number = number;
      this.formId = formId;
      this.productName = productName;
      this.totalPayment = totalPayment;
      this.body = Json.frozen(body);
    }

    /** The order's number in this fake: 1 for the first checkout, then 2, 3... */
    public int number() {
      return number;
    }

    /** The checkout form the order went through (the {@code {id}} of the path). */
    public String formId() {
      return formId;
    }

    /** The form's product name, as returned in {@code product_name}. */
    public String productName() {
      return productName;
    }

    /** The total computed for the order, as returned in {@code total_payment}. */
    public BigDecimal totalPayment() {
      return totalPayment;
    }

    /**
     * A value of the request body by its dotted path, such as {@code receiver.receiver_name} or
     * {@code items.order_items.0.item_sku}; null when absent.
     */
    public @Nullable Object get(String path) {
      Object node = body;
      for (String key : path.split("\\.")) {
        if (node instanceof Map) {
          node = ((Map<?, ?>) node).get(key);
        } else if (node instanceof List && key.matches("\\d+")
            && Integer.parseInt(key) < ((List<?>) node).size()) {
          node = ((List<?>) node).get(Integer.parseInt(key));
        } else {
          return null;
        }
      }
      return node;
    }

    /**
     * The request body as received, as an unmodifiable JSON tree (maps, lists, strings,
     * BigDecimals, booleans, nulls).
     */
    public Map<String, @Nullable Object> body() {
      return body;
    }

    @Override
    public String toString() {
      return "Order{" + number + ", form " + formId + ", total " + totalPayment.toPlainString()
          + "}";
    }
  }
}
