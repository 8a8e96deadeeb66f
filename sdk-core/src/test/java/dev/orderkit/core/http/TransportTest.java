package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.Json;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.OrderKitVersion;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact request on the wire, raw responses, the untyped path and client lifecycle. */
class TransportTest {
  private MockWebServer server;
  private Transport transport;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    transport = Transport.builder(ClientOptions.builder()
            .baseUrl(server.url("/api/partner").toString())
            .apiKey("sk_test_1")
            .tenantId("ABC-123")
            .header("X-Client", "orderkit-tests")
            .build())
        .module("partner")
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    transport.close();
    server.shutdown();
  }

  @Test
  void sendsExactlyTheDescribedRequest() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201).setBody("{\"order_code\":\"ORD/1\"}")
        .addHeader("X-Request-Id", "req-9"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("order_code", "ORD 1/2");
    body.put("quantity", 2);
    body.put("price", new BigDecimal("2000.00"));
    ApiRequest<Object> request = ApiRequest.builder("POST", "/v1/orders/{code}/cancel",
            ResponseParser.of(JsonTree.adapter()))
        .pathParam("code", "ORD 1/2")
        .query("dry_run", true)
        .body(RequestBodyWriter.ofTree(body))
        .build();

    HttpResponseFor<Object> response = transport.executeRaw(request,
        RequestOptions.builder().header("X-Client", "override").queryParam("trace", "on").build());

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getRequestUrl().encodedPath())
        .isEqualTo("/api/partner/v1/orders/ORD%201%2F2/cancel");
    assertThat(sent.getRequestUrl().queryParameter("dry_run")).isEqualTo("true");
    assertThat(sent.getRequestUrl().queryParameter("trace")).isEqualTo("on");
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_1");
    assertThat(sent.getHeaders().get("X-Tenant-Id")).isEqualTo("ABC-123");
    assertThat(sent.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(sent.getHeaders().values("X-Client")).containsExactly("override");
    assertThat(sent.getHeaders().get("User-Agent"))
        .isEqualTo("orderkit-java/" + OrderKitVersion.VERSION + " (partner; Java/"
            + System.getProperty("java.version") + ")");
    assertThat(OrderKitVersion.VERSION).isNotEqualTo("unknown").doesNotContain("${");
    assertThat(sent.getBody().clone().readUtf8())
        .isEqualTo("{\"order_code\":\"ORD 1/2\",\"quantity\":2,\"price\":2000.00}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.requestId()).contains("req-9");
    assertThat(response.headers().get("X-Request-Id")).isEqualTo("req-9");
    assertThat(response.attempts()).isEqualTo(1);
    assertThat(response.parse()).isEqualTo(Map.of("order_code", "ORD/1"));
    assertThat(response.parse()).isSameAs(response.parse());
  }

  @Test
  void aGetSendsNoBodyAndExtraBodyFieldsAreMergedIntoPosts() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(ApiRequest.builder("GET", "v1/orders/5/detail",
        ResponseParser.of(JsonTree.adapter())).build(), RequestOptions.none());
    transport.execute(ApiRequest.builder("POST", "v1/orders", ResponseParser.of(JsonTree.adapter()))
            .body(RequestBodyWriter.ofTree(Map.of("page", 1))).safeToRepeat(true).build(),
        RequestOptions.builder().bodyField("size", 10).bodyField("sort", "ASC").build());

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getBodySize()).isZero();
    assertThat(get.getHeaders().get("Content-Type")).isNull();
    assertThat(server.takeRequest().getBody().clone().readUtf8())
        .isEqualTo("{\"page\":1,\"size\":10,\"sort\":\"ASC\"}");
  }

  @Test
  void aMissingPathParameterFailsBeforeAnyRequest() {
    ApiRequest<Object> request = ApiRequest.builder("GET", "v1/orders/{id}/detail",
        ResponseParser.of(JsonTree.adapter())).build();

    Throwable thrown = catchThrowable(() -> transport.execute(request, RequestOptions.none()));

    assertThat(thrown).isInstanceOf(InvalidInputException.class).hasMessageContaining("id");
    assertThat(server.getRequestCount()).isZero();
  }

  /** A caller's own type for an untyped endpoint. */
  static final class Product {
    @Json(name = "product_name")
    String productName;
    int stock;
  }

  @Test
  void theUntypedPathUsesTheSameAuthAndReturnsATreeOrTheCallersType() throws Exception {
    server.enqueue(new MockResponse()
        .setBody("{\"data\":[{\"product_name\":\"Kopi\",\"stock\":3,\"price\":12000.50}]}"));
    server.enqueue(new MockResponse().setBody("{\"product_name\":\"Teh\",\"stock\":7}"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"message\":\"no form\"}"));

    Object tree = transport.request("GET", "/product/list").query("page", 1).execute().parse();
    Product product = transport.request("POST", "product/detail").body(Map.of("id", 7))
        .execute(Product.class);
    Throwable thrown = catchThrowable(() -> transport.request("POST", "form/9").execute());

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> data = (List<Map<String, Object>>) ((Map<String, Object>) tree).get("data");
    assertThat(data.get(0)).containsEntry("product_name", "Kopi")
        .containsEntry("price", new BigDecimal("12000.50"));
    assertThat(product.productName).isEqualTo("Teh");
    assertThat(product.stock).isEqualTo(7);
    assertThat(thrown).isInstanceOf(NotFoundException.class);

    RecordedRequest list = server.takeRequest();
    assertThat(list.getRequestUrl().encodedPath()).isEqualTo("/api/partner/product/list");
    assertThat(list.getRequestUrl().queryParameter("page")).isEqualTo("1");
    assertThat(list.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_1");
    RecordedRequest detail = server.takeRequest();
    assertThat(detail.getMethod()).isEqualTo("POST");
    assertThat(detail.getBody().clone().readUtf8()).isEqualTo("{\"id\":7}");
  }

  @Test
  void anUntypedPostIsNotReplayedUnlessMarkedSafe() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(500));
    }
    server.enqueue(new MockResponse().setBody("{}"));

    Throwable unsafe = catchThrowable(() -> transport.request("POST", "order/list").execute());
    HttpResponseFor<Object> safe = transport.request("POST", "order/list").safeToRepeat(true)
        .options(RequestOptions.builder().maxRetries(2).build()).execute();

    assertThat(unsafe).isInstanceOf(dev.orderkit.core.errors.OutcomeUnknownException.class);
    assertThat(safe.attempts()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void asyncCallsParseOnCompletion() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"id\":5}"));
    Object value = transport.executeAsync(ApiRequest.builder("GET", "v1/orders/5",
        ResponseParser.of(JsonTree.adapter())).build(), RequestOptions.none())
        .get(10, TimeUnit.SECONDS);

    assertThat(value).isEqualTo(Map.of("id", new BigDecimal("5")));
  }

  @Test
  void aDerivedTransportSharesTheConnectionPool() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    ApiRequest<Object> get = ApiRequest.builder("GET", "ping", ResponseParser.of(JsonTree.adapter()))
        .build();
    try (Transport derived = transport.withOptions(o -> o.maxRetries(0).tenantId("OTHER"))) {
      transport.execute(get, RequestOptions.none());
      derived.execute(get, RequestOptions.none());
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getHeaders().get("X-Tenant-Id")).isEqualTo("OTHER");
    // okhttp3.mockwebserver has no connection index; getSequenceNumber() is the request's index
    // on its own connection, so the second request being #1 means it reused the first's.
    assertThat(first.getSequenceNumber()).isZero();
    assertThat(second.getSequenceNumber()).as("same pooled connection").isEqualTo(1);
  }

  @Test
  void aBodyWithTrailingCommasAsInTheVendorDocsStillDecodes() {
    server.enqueue(new MockResponse()
        .setBody("{\"data\": {\"order_code\": \"ORD123\", \"url\": \"https://x/l.pdf\",\n},\n}"));
    Object tree = transport.execute(ApiRequest.builder("POST", "label",
        ResponseParser.of(JsonTree.adapter())).build(), RequestOptions.none());

    assertThat(tree).isEqualTo(Map.of("data", Map.of("order_code", "ORD123", "url", "https://x/l.pdf")));
  }

  @Test
  void truncatedJsonIsStillADecodingErrorWithTheRawBody() {
    server.enqueue(new MockResponse().setBody("{\"data\": {\"order_code\": "));
    Throwable thrown = catchThrowable(() -> transport.execute(ApiRequest.builder("GET", "x",
        ResponseParser.of(JsonTree.adapter())).build(), RequestOptions.none()));

    assertThat(thrown).isInstanceOf(dev.orderkit.core.errors.ResponseDecodingException.class);
    assertThat(((dev.orderkit.core.errors.ResponseDecodingException) thrown).rawBody())
        .isEqualTo("{\"data\": {\"order_code\": ");
  }
}
