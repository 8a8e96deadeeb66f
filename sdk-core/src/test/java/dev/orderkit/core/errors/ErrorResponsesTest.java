package dev.orderkit.core.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.ErrorDecoder;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorResponsesTest {
  private static final String KEY = "sk_live_ERRORS_KEY_42";
  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();
  private static final int MAX_RAW = 16 * 1024;
  private static final String TRUNCATED = "…[truncated]";

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final JsonAdapter<Map<String, Object>> MAP_ADAPTER =
      (JsonAdapter) new Moshi.Builder().build().adapter(Map.class);

  private MockWebServer server;
  private Transport transport;
  private final List<Transport> extraTransports = new ArrayList<>();
  private OkHttpClient callerClient;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start();
    transport = Transport.builder(options().build()).module("test").build();
  }

  @AfterEach
  void tearDown() throws IOException {
    transport.close();
    extraTransports.forEach(Transport::close);
    if (callerClient != null) {
      callerClient.dispatcher().executorService().shutdown();
      callerClient.connectionPool().evictAll();
    }
    server.shutdown();
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
        .initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2));
  }

  private Transport transportWith(ErrorDecoder decoder) {
    Transport t = Transport.builder(options().build()).module("test").errorDecoder(decoder).build();
    extraTransports.add(t);
    return t;
  }

  private static ApiRequest<Map<String, Object>> get() {
    return ApiRequest.builder("GET", "orders/{id}", ResponseParser.of(MAP_ADAPTER))
        .pathParam("id", "o-1").build();
  }

  private static MockResponse response(int code, String body) {
    return new MockResponse().setResponseCode(code).setBody(body);
  }

  /** Sends a GET that must fail with an ApiException; checks what holds for every one. */
  private ApiException failWith(Transport t, MockResponse response) {
    server.enqueue(response);
    Throwable thrown = catchThrowable(() -> t.execute(get(), NO_RETRY));
    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(thrown.getMessage()).doesNotContain(KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
    return (ApiException) thrown;
  }

  private ApiException failWith(MockResponse response) {
    return failWith(transport, response);
  }

  // ---------------------------------------------------------------- status mapping

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, ValidationException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(502, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(504, ServerException.class),
        Arguments.of(418, UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("statuses")
  void statusMapsToTypedExceptionKeepingEverything(int status,
      Class<? extends ApiException> type) {
    String body = "{\"message\":\"Something " + status + "\",\"code\":\"E_" + status
        + "\",\"request_id\":\"req-body-" + status + "\",\"traceId\":\"trace-" + status
        + "\",\"errors\":{\"field\":[\"bad " + status + "\"]}}";
    ApiException e = failWith(new MockResponse().setResponseCode(status).setBody(body)
        .addHeader("X-Custom", "custom-" + status));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).contains("E_" + status);
    assertThat(e.apiMessage()).contains("Something " + status);
    assertThat(e.requestId()).contains("req-body-" + status);
    assertThat(e.traceId()).contains("trace-" + status);
    assertThat(e.headers().get("X-Custom")).isEqualTo("custom-" + status);
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.fieldErrors()).containsExactly(
        Map.entry("field", List.of("bad " + status)));
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.details().status()).isEqualTo(status);
    assertThat(e.getMessage()).contains("HTTP " + status, "E_" + status, "Something " + status,
        "req-body-" + status, "trace-" + status);
  }

  @Test
  void validationErrorKeepsFieldErrorsVerbatim() {
    String body = "{\"message\":\"Validation failed\",\"code\":\"ORDER_VALIDATION_ERROR\","
        + "\"traceId\":\"t-1\",\"errors\":{\"/imeis\":[\"must NOT have fewer than 1 items\"]}}";

    ApiException e = failWith(response(422, body));

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.apiMessage()).contains("Validation failed");
    assertThat(e.errorCode()).contains("ORDER_VALIDATION_ERROR");
    assertThat(e.traceId()).contains("t-1");
    assertThat(e.requestId()).isEmpty();
    assertThat(e.fieldErrors())
        .isEqualTo(Map.of("/imeis", List.of("must NOT have fewer than 1 items")));
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.getMessage()).isEqualTo(
        "HTTP 422 ORDER_VALIDATION_ERROR: Validation failed [trace_id=t-1] fields=[/imeis]");
  }

  @Test
  void requestIdComesFromTheXRequestIdHeaderWhenTheBodyHasNone() {
    ApiException e = failWith(new MockResponse().setResponseCode(404)
        .setBody("{\"message\":\"Order not found\"}").addHeader("X-Request-Id", "req-hdr-7"));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.requestId()).contains("req-hdr-7");
    assertThat(e.getMessage()).contains("[request_id=req-hdr-7]");
  }

  @Test
  void requestIdComesFromTheBodyWithoutHeaders() {
    ApiException e = failWith(response(409, "{\"error\":\"conflict\",\"request_id\":\"rb-1\"}"));

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.requestId()).contains("rb-1");
    assertThat(e.apiMessage()).contains("conflict");
  }

  @Test
  void rateLimitExposesRetryAfter() {
    ApiException e = failWith(new MockResponse().setResponseCode(429).setBody("{}")
        .addHeader("Retry-After", "7"));

    assertThat(e).isInstanceOfSatisfying(RateLimitException.class,
        r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(7)));
  }

  @Test
  void asyncPathRaisesTheSameTypedException() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"message\":\"gone\"}")
        .addHeader("X-Request-Id", "req-async"));

    CompletableFuture<Map<String, Object>> future = transport.executeAsync(get(), NO_RETRY);

    assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.apiMessage()).contains("gone");
          assertThat(e.requestId()).contains("req-async");
          assertThat(e.attempts()).isEqualTo(1);
        });
  }

  // ---------------------------------------------------------------- unreadable error bodies

  static Stream<Arguments> unreadableBodies() {
    return Stream.of(
        Arguments.of("html", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
        Arguments.of("empty", 500, ""),
        Arguments.of("truncated json", 400, "{\"message\":\"Validation fa"),
        Arguments.of("json array", 400, "[{\"message\":\"x\"}]"),
        Arguments.of("message is an object", 422, "{\"message\":{},\"errors\":\"x\"}"),
        Arguments.of("errors is a string", 422, "{\"errors\":\"x\"}"),
        Arguments.of("json string", 404, "\"not found\""),
        Arguments.of("deeply nested", 400, "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
        Arguments.of("invalid utf-8 escapes", 403, "{\"message\":\"\\uZZZZ\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableBodies")
  void unreadableErrorBodiesStillGiveTheTypedExceptionWithRawBody(String name, int status,
      String body) {
    ApiException e = failWith(new MockResponse().setResponseCode(status).setBody(body)
        .addHeader("X-Request-Id", "req-unreadable"));

    assertThat(e).isExactlyInstanceOf(ApiException.from(ErrorDetails.builder(status).build())
        .getClass());
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.apiMessage()).isEmpty();
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.fieldErrors()).isEmpty();
    assertThat(e.requestId()).contains("req-unreadable");
    assertThat(e.getMessage()).contains("HTTP " + status, "(no message in the response)");
  }

  @Test
  void largeErrorBodyIsKeptBounded() {
    String body = "{\"message\":\"big\",\"padding\":\"" + "p".repeat(100 * 1024) + "\"}";

    ApiException e = failWith(response(500, body));

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.apiMessage()).contains("big");
    assertThat(e.rawBody().length()).isLessThanOrEqualTo(MAX_RAW + TRUNCATED.length());
    assertThat(e.rawBody()).startsWith(body.substring(0, 1000)).endsWith(TRUNCATED);
    assertThat(e.getMessage().length()).isLessThan(1000);
  }

  // ---------------------------------------------------------------- custom decoders

  @Test
  void customErrorDecoderIsCalledWithTheBodyAndFillsTheDetails() {
    List<String> bodies = new ArrayList<>();
    List<Integer> statuses = new ArrayList<>();
    Transport custom = transportWith((body, details) -> {
      bodies.add(body);
      statuses.add(details.status());
      details.errorCode("CUSTOM_CODE").message("custom message").traceId("ctrace")
          .requestId("creq").addFieldErrors("items[0].imei", List.of("too short", "not digits"));
    });
    String body = "ERR|custom envelope|not json";

    ApiException e = failWith(custom, response(422, body));

    assertThat(bodies).containsExactly(body);
    assertThat(statuses).containsExactly(422);
    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.errorCode()).contains("CUSTOM_CODE");
    assertThat(e.apiMessage()).contains("custom message");
    assertThat(e.traceId()).contains("ctrace");
    assertThat(e.requestId()).contains("creq");
    assertThat(e.fieldErrors())
        .isEqualTo(Map.of("items[0].imei", List.of("too short", "not digits")));
    assertThat(e.rawBody()).isEqualTo(body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"io", "runtime", "stackoverflow"})
  void decoderThatThrowsStillYieldsTheTypedException(String failure) {
    Transport custom = transportWith((body, details) -> {
      details.errorCode("PARTIAL");
      switch (failure) {
        case "io":
          throw new IOException("cannot read");
        case "runtime":
          throw new IllegalStateException("decoder bug");
        default:
          throw new StackOverflowError();
      }
    });

    ApiException e = failWith(custom, response(403, "{\"message\":\"denied\"}"));

    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.rawBody()).isEqualTo("{\"message\":\"denied\"}");
    assertThat(e.apiMessage()).isEmpty();
  }

  // ---------------------------------------------------------------- 2xx bodies that do not parse

  static Stream<Arguments> undecodableSuccessBodies() {
    return Stream.of(
        Arguments.of("truncated json", "{\"id\":\"o-1\",\"status\":"),
        Arguments.of("html", "<!doctype html><html><body>Maintenance</body></html>"),
        Arguments.of("empty body", ""),
        Arguments.of("array for an object adapter", "[1,2,3]"),
        Arguments.of("string for an object adapter", "\"ok\""),
        Arguments.of("null", "null"),
        Arguments.of("trailing content", "{\"id\":\"o-1\"} {\"id\":\"o-2\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undecodableSuccessBodies")
  void undecodableSuccessBodyThrowsResponseDecodingException(String name, String body) {
    server.enqueue(new MockResponse().setResponseCode(200).setBody(body)
        .addHeader("X-Request-Id", "req-decode"));

    Throwable thrown = catchThrowable(() -> transport.execute(get(), NO_RETRY));

    assertThat(thrown).isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.rawBody()).isEqualTo(body);
      assertThat(e.requestId()).contains("req-decode");
      assertThat(e.headers().get("X-Request-Id")).isEqualTo("req-decode");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).startsWith("Could not decode the HTTP 200 response")
          .contains("[request_id=req-decode]")
          .doesNotContain(KEY);
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void undecodableSuccessBodyIsNotRetried() {
    server.enqueue(response(200, "<html>"));
    server.enqueue(response(200, "{}"));

    assertThatThrownBy(() -> transport.execute(get(), RequestOptions.none()))
        .isInstanceOf(ResponseDecodingException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void successBodyOverTheLimitFailsCleanlyAndReleasesTheConnection() {
    callerClient = new OkHttpClient();
    Transport limited = Transport.builder(options().maxResponseBytes(1000)
        .httpClient(callerClient).build()).module("test").build();
    extraTransports.add(limited);
    String big = "{\"data\":\"" + "d".repeat(5000) + "\"}";
    server.enqueue(new MockResponse().setResponseCode(200).setBody(big)
        .addHeader("X-Request-Id", "req-big"));
    server.enqueue(response(200, "{\"after\":\"ok\"}"));

    Throwable thrown = catchThrowable(() -> limited.execute(get(), NO_RETRY));

    assertThat(thrown).isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.requestId()).contains("req-big");
      assertThat(e.getMessage()).contains("limit").contains("1000").doesNotContain(KEY);
      assertThat(e.rawBody()).startsWith("{\"data\":\"ddd").endsWith(TRUNCATED);
      assertThat(e.rawBody().length()).isLessThanOrEqualTo(1000 + TRUNCATED.length());
    });
    // No connection is left allocated to the failed call...
    assertThat(callerClient.connectionPool().connectionCount())
        .isEqualTo(callerClient.connectionPool().idleConnectionCount());
    // ...and the client keeps working.
    assertThat(limited.execute(get(), NO_RETRY)).isEqualTo(Map.of("after", "ok"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void errorBodyOverTheLimitAlsoFailsCleanly() {
    Transport limited = Transport.builder(options().maxResponseBytes(100).build())
        .module("test").build();
    extraTransports.add(limited);
    server.enqueue(response(500, "{\"message\":\"" + "m".repeat(500) + "\"}"));

    assertThatThrownBy(() -> limited.execute(get(), NO_RETRY))
        .isInstanceOfSatisfying(ResponseDecodingException.class,
            e -> assertThat(e.status()).isEqualTo(500))
        .hasMessageContaining("100 bytes");
  }

  @Test
  void unusedDecoderSeesNothingOnSuccess() {
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    Transport custom = transportWith((body, details) -> calls.add(body));
    server.enqueue(response(200, "{\"id\":\"o-1\"}"));

    assertThat(custom.execute(get(), NO_RETRY)).isEqualTo(Map.of("id", "o-1"));
    assertThat(calls).isEmpty();
  }

  @Test
  void untypedRequestRaisesTypedErrorsToo() {
    server.enqueue(response(404, "{\"message\":\"no such product\"}"));

    assertThatThrownBy(() -> transport.request("GET", "/product/list").query("page", 1)
        .options(NO_RETRY).execute())
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.apiMessage()).contains("no such product"));
  }
}
