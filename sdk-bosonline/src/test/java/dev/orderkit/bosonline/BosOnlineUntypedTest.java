package dev.orderkit.bosonline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.Types;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The untyped request for the endpoints the docs name without a path or schema: the caller's
 * path, the same bearer auth, retries and typed errors; a JSON tree out, or the caller's type.
 */
class BosOnlineUntypedTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private BosOnlineClient bos;

  @BeforeEach
  void client() throws IOException {
    bos = BosOnlineClient.builder().baseUrl(server.url("/").toString()).token("bos_tok_123")
        .maxRetries(2).initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2))
        .build();
  }

  @AfterEach
  void close() throws IOException {
    bos.close();
  }

  private static final String PRODUCTS = "{\"data\": [{\"id\": 7, \"name\": \"Kopi Arabica\","
      + " \"price\": 102200.00, \"active\": true, \"sku\": null}], \"message\": \"ok\"}";

  /** A caller's own type for the product list. */
  public static final class ProductList {
    public List<Product> data;
    public String message;
  }

  /** A caller's own product type. */
  public static final class Product {
    public long id;
    public String name;
    public BigDecimal price;
    public boolean active;
  }

  /** The request body as UTF-8, read from a copy so the recorded body stays readable. */
  private static String body(RecordedRequest request) {
    return request.getBody().clone().readUtf8();
  }

  @Test
  void aGetReturnsTheJsonTreeWithExactNumbersAndSendsTheBearerToken() throws Exception {
    server.enqueue(new MockResponse().addHeader("X-Request-Id", "req-p").setBody(PRODUCTS));

    HttpResponseFor<Object> raw = bos.request("GET", "/product/list").query("page", 1)
        .query("search", "kopi arabica").execute();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/product/list?page=1&search=kopi%20arabica");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer bos_tok_123");
    assertThat(request.getBodySize()).isZero();
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).contains("req-p");
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) raw.parse();
    @SuppressWarnings("unchecked")
    Map<String, Object> product = ((List<Map<String, Object>>) tree.get("data")).get(0);
    assertThat(product).containsEntry("id", new BigDecimal("7"))
        .containsEntry("name", "Kopi Arabica").containsEntry("price", new BigDecimal("102200.00"))
        .containsEntry("active", true).containsEntry("sku", null);
    assertThat(tree).containsEntry("message", "ok");
  }

  @Test
  void aGetReadsIntoTheCallersType() throws Exception {
    server.enqueue(new MockResponse().setBody(PRODUCTS));

    ProductList list = bos.request("GET", "product/list").execute(ProductList.class);

    assertThat(server.takeRequest().getPath()).isEqualTo("/product/list");
    assertThat(list.message).isEqualTo("ok");
    assertThat(list.data).hasSize(1);
    assertThat(list.data.get(0).id).isEqualTo(7);
    assertThat(list.data.get(0).name).isEqualTo("Kopi Arabica");
    assertThat(list.data.get(0).price).isEqualTo(new BigDecimal("102200.00"));
    assertThat(list.data.get(0).active).isTrue();
  }

  @Test
  void aCallersMapTypeWorksToo() {
    server.enqueue(new MockResponse().setBody("{\"total\": 3}"));

    Map<String, BigDecimal> counts = bos.request("GET", "/store/recap-order")
        .execute(Types.newParameterizedType(Map.class, String.class, BigDecimal.class));

    assertThat(counts).containsEntry("total", new BigDecimal("3"));
  }

  @Test
  void aPostSendsTheTreeBodyAndIsNotReplayedAfterA503() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(503));
    }

    Throwable thrown = catchThrowable(() -> bos.request("POST", "/order/abandoned/form-1")
        .body(Map.of("items", Map.of("order_items", List.of(Map.of("item_sku", "A-1",
            "item_qty", 2))))).execute());

    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class)
        .cause().isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer bos_tok_123");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(dev.orderkit.bosonline.model.Fixtures.tree(body(request)))
        .isEqualTo(Map.of("items", Map.of("order_items", List.of(Map.of("item_sku", "A-1",
            "item_qty", new BigDecimal("2"))))));
  }

  @Test
  void aReadIsRetriedOn503AndAMarkedPostToo() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{\"data\": []}"));
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{\"data\": 1}"));

    HttpResponseFor<Object> get = bos.request("GET", "/courier/list").execute();
    HttpResponseFor<Object> post = bos.request("POST", "/ongkir/check")
        .body(Map.of("origin", 15022)).safeToRepeat(true).execute();

    assertThat(get.attempts()).isEqualTo(2);
    assertThat(get.parse()).isEqualTo(Map.of("data", List.of()));
    assertThat(post.attempts()).isEqualTo(2);
    assertThat(post.parse()).isEqualTo(Map.of("data", new BigDecimal("1")));
  }

  @Test
  void errorsAreTypedOnTheUntypedPathBlockingAndAsync() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"message\": \"Record not found\"}"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("<html>Not Found</html>"));

    Throwable blocking = catchThrowable(() -> bos.request("GET", "/form/detail/x").execute());
    Throwable async = catchThrowable(() -> BosOnlineCheckoutTest.join(
        bos.request("GET", "/form/detail/y").executeAsync()));

    assertThat(blocking).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) blocking).apiMessage()).contains("Record not found");
    assertThat(async).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) async).rawBody()).isEqualTo("<html>Not Found</html>");
  }
}
