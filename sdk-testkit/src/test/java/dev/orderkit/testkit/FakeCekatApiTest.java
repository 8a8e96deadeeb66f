package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.OrderPage;
import dev.orderkit.cekat.model.Address;
import dev.orderkit.cekat.model.CreateOrderParams;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.cekat.model.OrderItemParams;
import dev.orderkit.cekat.model.OrderStatus;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cekat SDK end to end against {@link FakeCekatApi}: create, list, paging, errors, faults. */
class FakeCekatApiTest {
  private FakeCekatApi fake;
  private CekatClient cekat;

  @BeforeEach
  void start() {
    fake = new FakeCekatApi().start();
    cekat = fake.client();
  }

  @AfterEach
  void stop() {
    cekat.close();
    fake.close();
  }

  /** The docs' example request. */
  private static CreateOrderParams docsOrder() {
    return CreateOrderParams.builder()
        .customerId("contact_abc123")
        .addItems(OrderItemParams.builder().productId("prod_001").name("Premium Widget")
            .quantity(2).price(new BigDecimal("99.00")).sku("WGT-PRE").build())
        .addItems(OrderItemParams.builder().productId("prod_002").name("Widget Accessory")
            .quantity(1).price(new BigDecimal("29.00")).sku("WGT-ACC").build())
        .total(new BigDecimal("227.00"))
        .shippingAddress(Address.builder().name("John Doe").address("123 Main St")
            .city("Jakarta").state("DKI").postalCode("12345").country("ID").build())
        .notes("Please gift wrap this order")
        .build();
  }

  private static CreateOrderParams simpleOrder(String customer) {
    return CreateOrderParams.builder().customerId(customer)
        .addItems(OrderItemParams.builder().productId("p").quantity(1)
            .price(new BigDecimal("10.50")).build())
        .total(new BigDecimal("10.50")).build();
  }

  @Test
  void createAnswersTheCreatedShape() {
    Order o = cekat.orders().create(docsOrder());

    assertThat(o.id()).isNotBlank();
    assertThat(o.orderNumber().isNumeric()).isFalse();
    assertThat(o.orderNumber().value()).matches("ORD-\\d{4}-\\d{4}-2292");
    assertThat(o.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(o.customerId()).hasValue("contact_abc123");
    assertThat(o.items()).hasSize(2);
    assertThat(o.items().get(0).subtotal()).hasValue(new BigDecimal("198.00"));
    assertThat(o.items().get(1).subtotal()).hasValue(new BigDecimal("29.00"));
    assertThat(o.subtotal()).hasValue(new BigDecimal("227.00"));
    assertThat(o.shipping()).hasValueSatisfying(s -> assertThat(s).isZero());
    assertThat(o.tax()).hasValueSatisfying(t -> assertThat(t).isZero());
    assertThat(o.total()).hasValue(new BigDecimal("227.00"));
    assertThat(o.currency()).hasValue("USD");
    assertThat(o.shippingAddress().flatMap(Address::city)).hasValue("Jakarta");
    assertThat(o.notes()).hasValue("Please gift wrap this order");
    assertThat(o.createdAt()).isPresent();
    assertThat(o.updatedAt()).isEqualTo(o.createdAt());

    assertThat(fake.orders()).extracting(FakeCekatApi.Order::id).containsExactly(o.id());
    FakeCekatApi.Order held = fake.order(o.id()).get();
    assertThat(held.orderNumberText()).isEqualTo(o.orderNumber().value());
    assertThat(held.orderNumber()).isEqualTo(FakeCekatApi.FIRST_ORDER_NUMBER);
    assertThat(held.status()).isEqualTo("pending");
    assertThat(held.customerId()).hasValue("contact_abc123");
    assertThat(held.total()).isEqualByComparingTo("227.00");
    assertThat(held.created().get("shipping_address")).isInstanceOf(Map.class);
  }

  @Test
  void createdOrdersAppearInTheListNewestFirst() {
    Order first = cekat.orders().create(docsOrder());
    Order second = cekat.orders().create(simpleOrder("contact_2"));
    fake.addContact("contact_2", "Siti", "6281578326419");

    OrderPage page = cekat.orders().list(ListOrdersParams.builder().limit(10).build());

    assertThat(page.items()).extracting(ListedOrder::id).containsExactly(second.id(), first.id());
    assertThat(page.hasNextPage()).isFalse();
    ListedOrder listedFirst = page.items().get(1);
    assertThat(listedFirst.orderNumber().isNumeric()).isTrue();
    assertThat(listedFirst.orderNumber().asLong()).hasValue(FakeCekatApi.FIRST_ORDER_NUMBER);
    assertThat(listedFirst.orderStatus()).isEqualTo(OrderStatus.PENDING);
    assertThat(listedFirst.subtotal()).hasValue(new BigDecimal("227.00"));
    assertThat(listedFirst.grandTotal()).hasValue(new BigDecimal("227.00"));
    assertThat(listedFirst.discount()).hasValueSatisfying(d -> assertThat(d).isZero());
    assertThat(listedFirst.shippingFee()).hasValueSatisfying(d -> assertThat(d).isZero());
    assertThat(listedFirst.contactId()).hasValue("contact_abc123");
    assertThat(listedFirst.contact().flatMap(c -> c.displayName())).hasValue("John Doe");
    assertThat(listedFirst.createdAt()).hasValueSatisfying(t ->
        assertThat(t.getOffset()).isEqualTo(ZoneOffset.UTC));
    assertThat(listedFirst.createdAt().get().toInstant().getEpochSecond())
        .isEqualTo(first.createdAt().get().toInstant().getEpochSecond());
    ListedOrder listedSecond = page.items().get(0);
    assertThat(listedSecond.orderNumber().asLong())
        .hasValue(FakeCekatApi.FIRST_ORDER_NUMBER + 1);
    assertThat(listedSecond.contact().flatMap(c -> c.phoneNumber())).hasValue("6281578326419");

    assertThat(fake.listedOrders()).extracting(m -> m.get("id"))
        .containsExactly(first.id(), second.id());
    assertThat(fake.listedOrders().get(0).get("order_number"))
        .isEqualTo(BigDecimal.valueOf(FakeCekatApi.FIRST_ORDER_NUMBER));
  }

  @Test
  void pagesByLimitAndPage() {
    for (int i = 0; i < 5; i++) {
      cekat.orders().create(simpleOrder("c" + i));
    }

    OrderPage page2 = cekat.orders().list(ListOrdersParams.builder().limit(2).page(2).build());
    assertThat(page2.items()).extracting(o -> o.contactId().get()).containsExactly("c2", "c1");
    assertThat(page2.hasNextPage()).isTrue();
    OrderPage page3 = page2.nextPage();
    assertThat(page3.items()).extracting(o -> o.contactId().get()).containsExactly("c0");
    assertThat(page3.hasNextPage()).isFalse();
    assertThat(cekat.orders().list(ListOrdersParams.builder().limit(2).page(4).build()).items())
        .isEmpty();
  }

  @Test
  void autoPagingWalksEveryPage() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(0, cekat.orders().create(simpleOrder("c" + i)).id());
    }
    int before = fake.requests().size();

    List<String> listed = cekat.orders()
        .listAutoPaging(ListOrdersParams.builder().limit(2).build()).stream()
        .map(ListedOrder::id).collect(Collectors.toList());

    assertThat(listed).isEqualTo(created);
    assertThat(fake.requests().subList(before, fake.requests().size()))
        .extracting(r -> r.query().toString())
        .containsExactly("{limit=[2], page=[1]}", "{limit=[2], page=[2]}", "{limit=[2], page=[3]}");
  }

  @Test
  void statusChangesShowInBothShapes() {
    Order o = cekat.orders().create(simpleOrder("c"));
    fake.setStatus(o.id(), "paid");

    assertThat(fake.order(o.id()).get().status()).isEqualTo("paid");
    assertThat(fake.order(o.id()).get().created().get("status")).isEqualTo("paid");
    assertThat(fake.order(o.id()).get().listed().get("order_status")).isEqualTo("paid");
    assertThat(cekat.orders().list(ListOrdersParams.builder().build()).items())
        .singleElement().satisfies(l -> assertThat(l.orderStatus()).isEqualTo(OrderStatus.PAID));
  }

  @Test
  void invalidBodyIs422WithFieldErrors() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("product_id", "p");
    item.put("quantity", 0);
    item.put("price", -1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", List.of(item));
    body.put("total", "ten");

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> cekat.request("POST", "api/orders").body(body).execute());

    assertThat(e.status()).isEqualTo(422);
    assertThat(e.apiMessage()).contains("The given data was invalid.");
    assertThat(e.fieldErrors()).containsOnlyKeys("customer_id", "items.0.quantity",
        "items.0.price", "total");
    assertThat(e.fieldErrors().get("customer_id"))
        .containsExactly("The customer_id field is required.");
    assertThat(e.fieldErrors().get("items.0.quantity"))
        .containsExactly("The items.0.quantity field must be at least 1.");
    assertThat(fake.orders()).isEmpty();

    ValidationException limit = catchThrowableOfType(ValidationException.class,
        () -> cekat.request("GET", "api/orders").query("limit", 0).execute());
    assertThat(limit.fieldErrors()).containsKey("limit");
  }

  @Test
  void wrongKeyIs401() {
    try (CekatClient wrong = fake.clientBuilder().apiKey("nope").build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
          () -> wrong.orders().list(ListOrdersParams.builder().build()));
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.apiMessage()).contains("Unauthenticated.");
      assertThatThrownBy(() -> wrong.orders().create(simpleOrder("c")))
          .isInstanceOf(AuthenticationException.class);
    }
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void missingKeyIs401() throws IOException {
    HttpURLConnection c = open("GET", "/api/orders", null, null);
    assertThat(c.getResponseCode()).isEqualTo(401);
    assertThat(read(c.getErrorStream())).isEqualTo("{\"message\":\"Unauthenticated.\"}");
  }

  @Test
  void latencyStillSucceeds() {
    fake.faults().next(Fault.latency(Duration.ofMillis(50)));

    cekat.orders().create(simpleOrder("c"));

    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void rateLimitIsRetriedThenSucceeds() {
    fake.faults().next(Fault.rateLimited(Duration.ZERO));

    Order o = cekat.orders().create(simpleOrder("c"));

    assertThat(fake.requests()).hasSize(2);
    assertThat(fake.orders()).extracting(FakeCekatApi.Order::id).containsExactly(o.id());
  }

  @Test
  void serverErrorOnCreateIsAnUnknownOutcomeAndOnListIsRetried() {
    fake.faults().next(Fault.serverError(500));
    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
        () -> cekat.orders().create(simpleOrder("c")));
    assertThat(e.status()).hasValue(500);
    assertThat(fake.orders()).isEmpty();
    assertThat(fake.requests()).hasSize(1);

    fake.faults().next(2, Fault.serverError(503));
    assertThat(cekat.orders().list(ListOrdersParams.builder().build()).items()).isEmpty();
    assertThat(fake.requests()).hasSize(4);
  }

  @Test
  void dropBeforeProcessingCreatesNothing() {
    fake.faults().next(Fault.dropBeforeProcessing());

    // the request was sent, so the client cannot tell; the fake shows nothing happened
    assertThatThrownBy(() -> cekat.orders().create(simpleOrder("c"))).isInstanceOf(OutcomeUnknownException.class);

    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void dropAfterProcessingCreatesButTheClientCannotKnow() {
    fake.faults().next(Fault.dropAfterProcessing());

    assertThatThrownBy(() -> cekat.orders().create(simpleOrder("c")))
        .isInstanceOf(OutcomeUnknownException.class);

    assertThat(fake.orders()).hasSize(1);
    assertThat(fake.requests()).hasSize(1);
    // reconcile: the order is in the list
    assertThat(cekat.orders().list(ListOrdersParams.builder().build()).items()).hasSize(1);
  }

  @Test
  void resetForgetsOrdersAndNumbers() {
    cekat.orders().create(simpleOrder("c"));
    fake.reset();

    assertThat(fake.orders()).isEmpty();
    assertThat(cekat.orders().create(simpleOrder("c")).orderNumber().value()).endsWith("-2292");
  }

  @Test
  void plainHttpWithoutTheSdk() throws IOException {
    HttpURLConnection create = open("POST", "/api/orders", fake.apiKey(),
        "{\"customer_id\":\"contact_abc123\",\"items\":[{\"product_id\":\"prod_001\","
            + "\"quantity\":2,\"price\":99.00}],\"total\":198.00}");
    assertThat(create.getResponseCode()).isEqualTo(201);
    String created = read(create.getInputStream());
    assertThat(created).startsWith("{\"success\":true,\"data\":{\"id\":\"")
        .contains("\"order_number\":\"ORD-", "\"status\":\"pending\"", "\"subtotal\":198.00",
            "\"total\":198.00", "\"currency\":\"USD\"");
    assertThat(created).containsPattern("\"created_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"");

    HttpURLConnection list = open("GET", "/api/orders?limit=5", fake.apiKey(), null);
    assertThat(list.getResponseCode()).isEqualTo(200);
    String listed = read(list.getInputStream());
    assertThat(listed).startsWith("{\"message\":\"success\",\"data\":{\"orders\":[{\"id\":\"")
        .contains("\"order_number\":2292,", "\"order_status\":\"pending\"",
            "\"grand_total\":198.00", "\"contact\":{\"id\":\"contact_abc123\"",
            "\"invoices\":[]");
    assertThat(listed).containsPattern(
        "\"created_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00\"");

    HttpURLConnection notJson = open("POST", "/api/orders", fake.apiKey(), "[1]");
    assertThat(notJson.getResponseCode()).isEqualTo(422);
    assertThat(read(notJson.getErrorStream())).isEqualTo("{\"message\":\"The given data was "
        + "invalid.\",\"errors\":{\"customer_id\":[\"The customer_id field is required.\"],"
        + "\"items\":[\"The items field is required.\"],"
        + "\"total\":[\"The total field is required.\"]}}");

    HttpURLConnection unknown = open("GET", "/api/products", fake.apiKey(), null);
    assertThat(unknown.getResponseCode()).isEqualTo(404);
    assertThat(read(unknown.getErrorStream()))
        .isEqualTo("{\"message\":\"Not Found\"}");

    HttpURLConnection delete = open("DELETE", "/api/orders", fake.apiKey(), null);
    assertThat(delete.getResponseCode()).isEqualTo(405);

    assertThat(fake.orders()).hasSize(1);
  }

  private HttpURLConnection open(String method, String pathAndQuery, String key, String json)
      throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(fake.baseUrl() + pathAndQuery.substring(1))
        .openConnection();
    c.setRequestMethod(method);
    if (key != null) {
      c.setRequestProperty("Authorization", "Bearer " + key);
    }
    if (json != null) {
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = c.getOutputStream()) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    }
    return c;
  }

  private static String read(InputStream in) throws IOException {
    try (InputStream i = in) {
      return new String(i.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
