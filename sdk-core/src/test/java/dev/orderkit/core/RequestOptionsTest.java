package dev.orderkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.ApiTimeoutException;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.core.spi.JsonTree;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOptionsTest {
  private MockWebServer server;
  private Transport transport;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start();
    ClientOptions options = ClientOptions.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("sk_test_request_options")
        .header("X-Client", "client-default")
        .header("X-Keep", "kept")
        .initialRetryDelay(Duration.ofMillis(1))
        .maxRetryDelay(Duration.ofMillis(5))
        .build();
    transport = Transport.builder(options).module("test").build();
  }

  @AfterEach
  void tearDown() throws IOException {
    transport.close();
    server.shutdown();
  }

  // ---------------------------------------------------------------- builder validation

  private static void assertInvalid(Executable call, String field) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageStartingWith(field + ":");
  }

  @Test
  void negativeOrNullTimeoutIsRefused() {
    assertInvalid(() -> RequestOptions.builder().timeout(Duration.ofMillis(-1)), "timeout");
    assertInvalid(() -> RequestOptions.builder().timeout(null), "timeout");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void maxRetriesOutOfRangeIsRefused(int retries) {
    assertInvalid(() -> RequestOptions.builder().maxRetries(retries), "maxRetries");
  }

  @Test
  void maxRetriesBoundsAreAccepted() {
    assertThat(RequestOptions.builder().maxRetries(0).build().maxRetries()).contains(0);
    assertThat(RequestOptions.builder().maxRetries(10).build().maxRetries()).contains(10);
  }

  @Test
  void blankOrNullHeaderIsRefused() {
    assertInvalid(() -> RequestOptions.builder().header("", "v"), "header");
    assertInvalid(() -> RequestOptions.builder().header("   ", "v"), "header");
    assertInvalid(() -> RequestOptions.builder().header(null, "v"), "header");
    assertInvalid(() -> RequestOptions.builder().header("X-A", null), "header");
  }

  @Test
  void emptyQueryParamOrBodyFieldNameIsRefused() {
    assertInvalid(() -> RequestOptions.builder().queryParam("", "v"), "queryParam");
    assertInvalid(() -> RequestOptions.builder().queryParam("q", null), "queryParam");
    assertInvalid(() -> RequestOptions.builder().bodyField("", "v"), "bodyField");
  }

  @Test
  void noneHasNoAdjustments() {
    RequestOptions none = RequestOptions.none();

    assertThat(none.timeout()).isEmpty();
    assertThat(none.maxRetries()).isEmpty();
    assertThat(none.headers()).isEmpty();
    assertThat(none.queryParams()).isEmpty();
    assertThat(none.bodyFields()).isEmpty();
  }

  @Test
  void builtOptionsAreImmutableAndIndependentOfTheBuilder() {
    RequestOptions.Builder builder = RequestOptions.builder().header("X-A", "1");
    RequestOptions options = builder.build();
    builder.header("X-B", "2");

    assertThat(options.headers()).containsOnlyKeys("X-A");
    assertThatThrownBy(() -> options.headers().put("X-C", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(options.timeout()).isEqualTo(Optional.empty());
  }

  // ---------------------------------------------------------------- applied by the transport

  @Test
  void perRequestHeaderOverridesClientDefaultHeader() throws Exception {
    server.enqueue(ok("{}"));

    transport.execute(get("orders"),
        RequestOptions.builder().header("X-Client", "per-request").header("X-Extra", "e").build());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().values("X-Client")).containsExactly("per-request");
    assertThat(recorded.getHeaders().get("X-Keep")).isEqualTo("kept");
    assertThat(recorded.getHeaders().get("X-Extra")).isEqualTo("e");
  }

  @Test
  void clientDefaultHeaderIsSentWithoutRequestOptions() throws Exception {
    server.enqueue(ok("{}"));

    transport.execute(get("orders"), RequestOptions.none());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().values("X-Client")).containsExactly("client-default");
    assertThat(recorded.getHeaders().get("Authorization"))
        .isEqualTo("Bearer sk_test_request_options");
  }

  @Test
  void extraQueryParamIsAddedAndOverridesTheModelledOne() throws Exception {
    server.enqueue(ok("{}"));
    ApiRequest<Object> request = ApiRequest.builder("GET", "orders/{id}", parser())
        .pathParam("id", "A/1").query("page", 1).query("sort", "asc").build();

    transport.execute(request,
        RequestOptions.builder().queryParam("extra", "x y").queryParam("sort", "desc").build());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getRequestUrl().encodedPath()).isEqualTo("/orders/A%2F1");
    assertThat(recorded.getRequestUrl().queryParameter("extra")).isEqualTo("x y");
    assertThat(recorded.getRequestUrl().queryParameterValues("sort")).containsExactly("desc");
    assertThat(recorded.getRequestUrl().queryParameter("page")).isEqualTo("1");
  }

  @Test
  void dotSegmentPathParamsAreRefusedBeforeAnyRequest() {
    // orders/{id}/cancel with id ".." would otherwise climb out of the template: POST /cancel.
    for (String dots : new String[] {".", ".."}) {
      Throwable thrown = catchThrowable(() ->
          ApiRequest.builder("GET", "orders/{id}/cancel", parser()).pathParam("id", dots));

      assertThat(thrown).isInstanceOf(InvalidInputException.class).hasMessageContaining("id");
      assertThat(((InvalidInputException) thrown).field()).isEqualTo("id");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void extraBodyFieldsAreMergedIntoTheJsonBody() throws Exception {
    server.enqueue(ok("{}"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "order-1");
    body.put("note", "modelled");
    ApiRequest<Object> request = ApiRequest.builder("POST", "orders", parser())
        .body(RequestBodyWriter.ofTree(body)).build();

    transport.execute(request, RequestOptions.builder()
        .bodyField("note", "from-options")
        .bodyField("flag", true)
        .bodyField("tags", Arrays.asList("a", "b"))
        .build());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getBody().clone().readUtf8()).isEqualTo(
        "{\"name\":\"order-1\",\"note\":\"from-options\",\"flag\":true,\"tags\":[\"a\",\"b\"]}");
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void bodyFieldsWithoutAModelledBodyMakeAJsonObject() throws Exception {
    server.enqueue(ok("{}"));

    transport.execute(ApiRequest.builder("POST", "orders", parser()).build(),
        RequestOptions.builder().bodyField("only", "field").build());

    assertThat(server.takeRequest().getBody().clone().readUtf8()).isEqualTo("{\"only\":\"field\"}");
  }

  @Test
  void bodyFieldsNeedAnObjectBody() {
    ApiRequest<Object> request = ApiRequest.builder("POST", "orders", parser())
        .body(RequestBodyWriter.ofTree(Arrays.asList("x"))).build();

    assertInvalid(() -> transport.execute(request,
        RequestOptions.builder().bodyField("f", "v").build()), "bodyFields");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void perRequestMaxRetriesZeroStopsRetriesOnGet503() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(ok("{}"));

    assertThatThrownBy(() -> transport.execute(get("orders"),
        RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutPerRequestMaxRetriesTheClientsRetriesApply() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(ok("{\"done\":\"yes\"}"));

    Object result = transport.execute(get("orders"), RequestOptions.none());

    assertThat(result).isEqualTo(Map.of("done", "yes"));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void perRequestMaxRetriesAboveTheClientsIsUsed() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(ok("{}"));

    transport.execute(get("orders"), RequestOptions.builder().maxRetries(3).build());

    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void perRequestTimeoutApplies() {
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}")
        .setHeadersDelay(2, TimeUnit.SECONDS)); // answers, but only after the timeout

    assertThatThrownBy(() -> transport.execute(get("slow"), RequestOptions.builder()
        .timeout(Duration.ofMillis(300)).maxRetries(0).build()))
        .isInstanceOfSatisfying(ApiTimeoutException.class,
            e -> assertThat(e.attempts()).isEqualTo(1))
        .hasMessageContaining("timed out");
  }

  @Test
  void toStringShowsOnlyNames() {
    String text = RequestOptions.builder().header("X-Secret", "hidden-value")
        .queryParam("q", "query-value").bodyField("b", "body-value").maxRetries(1).build()
        .toString();

    assertThat(text).contains("X-Secret", "q", "b", "maxRetries=1")
        .doesNotContain("hidden-value", "query-value", "body-value");
  }

  private static MockResponse ok(String body) {
    return new MockResponse().setResponseCode(200).setBody(body);
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"message\":\"nope\"}");
  }

  private static ResponseParser<Object> parser() {
    return ResponseParser.of(JsonTree.adapter());
  }

  private static ApiRequest<Object> get(String path) {
    return ApiRequest.builder("GET", path, parser()).build();
  }
}
