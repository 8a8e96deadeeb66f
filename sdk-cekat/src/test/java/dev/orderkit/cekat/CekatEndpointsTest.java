package dev.orderkit.cekat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.cekat.model.Fixtures;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.cekat.model.OrderStatus;
import dev.orderkit.cekat.model.RequestParamsTest;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both endpoints, blocking, async and raw: the exact request on the wire (method, path, query,
 * auth header, JSON body) and the docs' own example response, served with its documented status
 * (201 create, 200 list), decoded.
 */
class CekatEndpointsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private CekatClient cekat;

  @BeforeEach
  void client() throws IOException {
    cekat = CekatClient.builder().baseUrl(server.url("/").toString()).apiKey("ck_test_123")
        .build();
  }

  @AfterEach
  void close() throws IOException {
    cekat.close();
  }

  /** One endpoint: how to call it three ways, what must be sent, and what must come back. */
  record Endpoint(String name, int status, String method, String path, String query, String body,
      String responseFixture, Function<CekatClient, Object> blocking,
      Function<CekatClient, CompletableFuture<?>> async,
      Function<CekatClient, HttpResponseFor<?>> raw, Consumer<Object> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final ListOrdersParams LIST = ListOrdersParams.builder().limit(5).build();

  static void checkCreated(Object result) {
    Order order = (Order) result;
    assertThat(order.id()).isEqualTo("order_xyz789");
    assertThat(order.orderNumber().value()).isEqualTo("ORD-2025-0327-001");
    assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.items()).extracting(i -> i.productId())
        .containsExactly("prod_001", "prod_002");
    assertThat(order.total()).contains(new BigDecimal("227.00"));
    assertThat(order.shippingAddress().get().city()).contains("Jakarta");
  }

  static void checkListed(Object result) {
    List<ListedOrder> items = result instanceof OrderPage ? ((OrderPage) result).items()
        : ((AsyncOrderPage) result).items();
    assertThat(items).hasSize(1);
    ListedOrder order = items.get(0);
    assertThat(order.orderNumber().asLong()).contains(2292L);
    assertThat(order.orderStatus()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.grandTotal()).contains(new BigDecimal("273500"));
    assertThat(order.contact().get().displayName()).contains("Customer Name");
    // one order with limit 5: a short page, so the last one
    boolean hasNext = result instanceof OrderPage ? ((OrderPage) result).hasNextPage()
        : ((AsyncOrderPage) result).hasNextPage();
    assertThat(hasNext).isFalse();
  }

  static Stream<Endpoint> endpoints() {
    return Stream.of(
        new Endpoint("create order", 201, "POST", "/api/orders", null,
            RequestParamsTest.CREATE_BODY, "create-order.response.json",
            c -> c.orders().create(RequestParamsTest.createOrderExample()),
            c -> c.async().orders().create(RequestParamsTest.createOrderExample()),
            c -> c.orders().withRawResponse().create(RequestParamsTest.createOrderExample()),
            CekatEndpointsTest::checkCreated),
        new Endpoint("list orders", 200, "GET", "/api/orders", "limit=5&page=1", null,
            "list-orders.response.json",
            c -> c.orders().list(LIST), c -> c.async().orders().list(LIST),
            c -> c.orders().withRawResponse().list(LIST),
            CekatEndpointsTest::checkListed));
  }

  /** The request body as UTF-8, read from a copy so the recorded body stays readable. */
  private static String body(RecordedRequest request) {
    return request.getBody().clone().readUtf8();
  }

  private void serve(Endpoint e) {
    server.enqueue(new MockResponse().setResponseCode(e.status())
        .addHeader("Content-Type", "application/json").addHeader("X-Request-Id", "req-1")
        .setBody(Fixtures.text(e.responseFixture())));
  }

  private void assertRequest(Endpoint e) throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo(e.method());
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(e.path());
    assertThat(request.getRequestUrl().query()).isEqualTo(e.query());
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_test_123");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("X-Tenant-Id")).isNull();
    assertThat(request.getHeaders().get("User-Agent")).startsWith("orderkit-java/")
        .contains("(cekat; Java/");
    if (e.body() == null) {
      assertThat(request.getBodySize()).isZero();
      assertThat(request.getHeaders().get("Content-Type")).isNull();
    } else {
      assertThat(request.getHeaders().get("Content-Type"))
          .isEqualTo("application/json; charset=utf-8");
      assertThat(body(request)).isEqualTo(e.body());
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void blocking(Endpoint e) throws Exception {
    serve(e);
    Object result = e.blocking().apply(cekat);
    assertRequest(e);
    e.check().accept(result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void async(Endpoint e) throws Exception {
    serve(e);
    Object result = e.async().apply(cekat).get(10, TimeUnit.SECONDS);
    assertRequest(e);
    e.check().accept(result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void raw(Endpoint e) throws Exception {
    serve(e);
    HttpResponseFor<?> raw = e.raw().apply(cekat);
    assertRequest(e);
    assertThat(raw.statusCode()).isEqualTo(e.status());
    assertThat(raw.attempts()).isEqualTo(1);
    assertThat(raw.requestId()).contains("req-1");
    assertThat(raw.headers().get("Content-Type")).isEqualTo("application/json");
    assertThat(raw.bodyText()).isEqualTo(Fixtures.text(e.responseFixture()));
    e.check().accept(raw.parse());
  }

  @Test
  void theDocsCurlListQueryAndPerCallOptionsReachTheWire() throws Exception {
    serve(endpoints().skip(1).findFirst().get());
    OrderPage page = cekat.orders().list(ListOrdersParams.builder().limit(5).page(3).build(),
        RequestOptions.builder().header("X-Trace", "t-1").build());

    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request.getRequestUrl().queryParameter("limit")).isEqualTo("5");
    assertThat(request.getRequestUrl().queryParameter("page")).isEqualTo("3");
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(page.pageNumber()).contains(3);
    assertThat(page.params().limit()).isEqualTo(5);
    assertThat(page.additionalData()).isEmpty();
  }

  @Test
  void aCreateAnsweredWith200InsteadOf201StillDecodes() {
    server.enqueue(new MockResponse().setResponseCode(200)
        .setBody(Fixtures.text("create-order.response.json")));

    Order order = cekat.orders().create(RequestParamsTest.createOrderExample());

    assertThat(order.id()).isEqualTo("order_xyz789");
  }
}
