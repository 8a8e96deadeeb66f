package dev.orderkit.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.BadRequestException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.RateLimitException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error statuses through the partner envelope, for every endpoint: 400, 401, 404, 422, 429 and
 * 5xx become the typed exceptions with the envelope's message, request id and field errors. Reads
 * are retried on 5xx; writes end in OutcomeUnknownException and are never replayed.
 */
class PartnerErrorsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private PartnerClient partner;

  @BeforeEach
  void client() throws IOException {
    partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("pk_test_123").tenantId("ABC-123").maxRetries(2)
        .initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2)).build();
  }

  @AfterEach
  void close() throws IOException {
    partner.close();
  }

  static Stream<Arguments> endpointsAndStatuses() {
    List<Arguments> rows = new ArrayList<>();
    PartnerEndpointsTest.endpoints().forEach(e -> {
      for (int status : new int[] {400, 401, 404, 422, 429, 500, 503}) {
        rows.add(Arguments.of(e, status));
      }
    });
    return rows.stream();
  }

  private static boolean isRead(PartnerEndpointsTest.Endpoint e) {
    return List.of("list orders", "order detail", "shipping label", "tracking").contains(e.name());
  }

  private static String envelope(int status) {
    return "{\"status\": " + status + ", \"message\": \"Nope " + status + "\", \"data\": null,"
        + " \"errors\": {\"order_code\": [\"The order code field is required.\"]},"
        + " \"request_id\": \"req-" + status + "\"}";
  }

  @ParameterizedTest(name = "{0} → HTTP {1}")
  @MethodSource("endpointsAndStatuses")
  void errorStatusesBecomeTypedExceptions(PartnerEndpointsTest.Endpoint e, int status) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(status).setBody(envelope(status)));
    }
    PartnerClient oneTry = status == 429 ? partner.withOptions(o -> o.maxRetries(0)) : partner;

    Throwable thrown = catchThrowable(() -> e.blocking().apply(oneTry));

    boolean serverError = status >= 500;
    if (serverError && !isRead(e)) {
      assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
      assertThat(server.getRequestCount()).as("a write is never replayed").isEqualTo(1);
      assertThat(((OutcomeUnknownException) thrown).requestId()).contains("req-" + status);
      thrown = thrown.getCause();
    } else if (serverError) {
      assertThat(server.getRequestCount()).as("a read is retried").isEqualTo(3);
    } else {
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
    Class<?> expected = Map.<Integer, Class<?>>of(400, BadRequestException.class,
        401, AuthenticationException.class, 404, NotFoundException.class,
        422, ValidationException.class, 429, RateLimitException.class,
        500, ServerException.class, 503, ServerException.class).get(status);
    assertThat(thrown).isInstanceOf(expected);
    ApiException api = (ApiException) thrown;
    assertThat(api.status()).isEqualTo(status);
    assertThat(api.apiMessage()).contains("Nope " + status);
    assertThat(api.requestId()).contains("req-" + status);
    assertThat(api.fieldErrors())
        .containsExactly(Map.entry("order_code", List.of("The order code field is required.")));
    assertThat(api.rawBody()).isEqualTo(envelope(status));
    assertThat(api.getMessage()).doesNotContain("pk_test_123", "ABC-123");
  }

  @Test
  void anErrorStatusInsideAnHttp200EnvelopeIsStillTyped() {
    server.enqueue(new MockResponse().setResponseCode(200).setBody(envelope(422)));

    Throwable thrown = catchThrowable(() -> partner.fulfillment().ship("ORD123"));

    assertThat(thrown).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) thrown).requestId()).contains("req-422");
    assertThat(((ValidationException) thrown).fieldErrors()).containsKey("order_code");
  }

  @Test
  void detailWithoutDataIsADecodingErrorKeepingTheBody() {
    String body = "{\"status\": 200, \"message\": \"Ok\", \"data\": null, \"request_id\": \"r\"}";
    server.enqueue(new MockResponse().setBody(body));

    Throwable thrown = catchThrowable(() -> partner.orders().detail(5));

    assertThat(thrown).isInstanceOf(ResponseDecodingException.class);
    assertThat(((ResponseDecodingException) thrown).rawBody()).isEqualTo(body);
  }

  @Test
  void htmlAndTruncatedBodiesEndAsTypedExceptions() {
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>"));
    server.enqueue(new MockResponse().setBody("{\"status\": 200, \"data\": {\"order_id\""));

    Throwable html = catchThrowable(() -> partner.fulfillment().ship("ORD123"));
    Throwable truncated = catchThrowable(() -> partner.orders().detail(5,
        RequestOptions.builder().maxRetries(0).build()));

    assertThat(html).isInstanceOf(OutcomeUnknownException.class)
        .cause().isInstanceOf(ServerException.class);
    assertThat(((ServerException) html.getCause()).rawBody()).isEqualTo("<html>Bad Gateway</html>");
    assertThat(truncated).isInstanceOf(ResponseDecodingException.class);
  }

  @Test
  void a429IsRetriedEvenForACreateBecauseTheServerDidNotProcessIt() {
    server.enqueue(new MockResponse().setResponseCode(429).addHeader("Retry-After", "0")
        .setBody(envelope(429)));
    server.enqueue(new MockResponse().setResponseCode(201)
        .setBody("{\"status\":201,\"message\":\"Created\",\"data\":null,\"request_id\":\"r-2\"}"));

    var result = partner.orders().create(dev.orderkit.partner.model.RequestParamsTest
        .createOrderExample());

    assertThat(result.status()).isEqualTo(201);
    assertThat(result.requestId()).contains("r-2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  static Stream<Arguments> endpointsForAsyncAndRaw() {
    List<Arguments> rows = new ArrayList<>();
    PartnerEndpointsTest.endpoints().forEach(e -> {
      rows.add(Arguments.of(e, 422));
      rows.add(Arguments.of(e, 500));
    });
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} → HTTP {1}, async and raw")
  @MethodSource("endpointsForAsyncAndRaw")
  void asyncAndRawCallsFailTheSameTypedWay(PartnerEndpointsTest.Endpoint e, int status)
      throws Exception {
    PartnerClient oneTry = partner.withOptions(o -> o.maxRetries(0));
    server.enqueue(new MockResponse().setResponseCode(status).setBody(envelope(status)));
    server.enqueue(new MockResponse().setResponseCode(status).setBody(envelope(status)));

    Throwable async = catchThrowable(() -> e.async().apply(oneTry).get(10,
        java.util.concurrent.TimeUnit.SECONDS));
    Throwable raw = catchThrowable(() -> e.raw().apply(oneTry).parse());

    assertThat(async).isInstanceOf(java.util.concurrent.ExecutionException.class);
    Throwable asyncCause = async.getCause();
    for (Throwable t : new Throwable[] {asyncCause, raw}) {
      if (status >= 500 && !isRead(e)) {
        assertThat(t).isInstanceOf(OutcomeUnknownException.class);
        t = t.getCause();
      }
      assertThat(t).isInstanceOf(status == 422 ? ValidationException.class : ServerException.class);
      assertThat(((ApiException) t).requestId()).contains("req-" + status);
    }
  }

  @Test
  void anErrorStatusInsideAnHttp200IsTypedEvenWhenDataIsPresent() {
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"status\":404,"
        + "\"message\":\"Order not found\",\"data\":{},\"request_id\":\"r-404\"}"));

    Throwable thrown = catchThrowable(() -> partner.orders().detail(5));

    assertThat(thrown).isInstanceOf(NotFoundException.class).hasMessageContaining("Order not found");
    assertThat(((NotFoundException) thrown).requestId()).contains("r-404");
  }

  @Test
  void dataBeforeStatusAndUnknownStatusWordsStillDecode() {
    server.enqueue(new MockResponse().setBody("{\"data\":{\"order_id\":1,\"channel\":"
        + "\"offline\",\"order_code\":\"ORD123\",\"url\":\"https://l/1.pdf\"},"
        + "\"status\":\"success\",\"request_id\":\"r-1\"}"));

    var label = partner.fulfillment().shippingLabel(PartnerEndpointsTest.LABEL);

    assertThat(label.url()).isEqualTo("https://l/1.pdf");
    assertThat(label.requestId()).contains("r-1");
  }

  @Test
  void cancellingAnAsyncListCancelsTheCall() throws Exception {
    // the server reads the request and never answers (the old MockWebServer cannot shut down
    // while a long headers delay is sleeping; NO_RESPONSE ends when the client closes the socket)
    server.enqueue(new MockResponse().setBody("{}").setSocketPolicy(SocketPolicy.NO_RESPONSE));
    var future = partner.async().orders().list(PartnerEndpointsTest.LIST);
    assertThat(server.takeRequest(10, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();

    future.cancel(true);

    assertThat(future).isCancelled();
    assertThat(server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS))
        .as("no retry after cancel").isNull();
  }
}
