package dev.orderkit.cekceir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.cekceir.model.Fixtures;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.BadRequestException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.PermissionDeniedException;
import dev.orderkit.core.errors.RateLimitException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error statuses of create order through the typed exceptions: the docs' 422
 * {@code ORDER_VALIDATION_ERROR}, 400/401/403/404/429, and 5xx without an order body, which end
 * as {@link OutcomeUnknownException} (the order may have been processed; it is never re-sent).
 */
class CekceirErrorsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private CekceirClient cekceir;

  @BeforeEach
  void client() throws IOException {
    cekceir = CekceirClient.builder().baseUrl(server.url("/").toString()).apiKey("ck_test_123")
        .maxRetries(2).initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2))
        .build();
  }

  @AfterEach
  void close() throws IOException {
    cekceir.close();
  }

  private void enqueue(int status, String body, int times) {
    for (int i = 0; i < times; i++) {
      server.enqueue(new MockResponse().setResponseCode(status).addHeader("X-Request-Id", "req-h")
          .setBody(body));
    }
  }

  private static String error(int status) {
    return "{\"error\": true, \"code\": \"E" + status + "\", \"message\": \"Gagal " + status
        + "\", \"traceId\": \"trace-" + status + "\"}";
  }

  private static void assertDocsValidationError(Throwable thrown) {
    assertThat(thrown).isInstanceOf(ValidationException.class);
    ValidationException e = (ValidationException) thrown;
    assertThat(e.status()).isEqualTo(422);
    assertThat(e.errorCode()).contains("ORDER_VALIDATION_ERROR");
    assertThat(e.apiMessage())
        .contains("Format order mu tidak sesuai dengan format layanan yang kamu minta.");
    assertThat(e.traceId()).contains("01234567-89ab-cdef-0123-456789abcdef");
    assertThat(CekceirErrors.source(e)).contains("order");
    assertThat(e.attribute("source")).contains("order");
    assertThat(e.fieldErrors()).containsExactly(
        Map.entry("data", List.of("/imeis: must NOT have fewer than 1 items")),
        Map.entry("/imeis", List.of("/imeis: must NOT have fewer than 1 items")));
    assertThat(e.rawBody()).isEqualTo(Fixtures.text(Fixtures.VALIDATION_ERROR));
    assertThat(e.getMessage()).contains("ORDER_VALIDATION_ERROR")
        .contains("01234567-89ab-cdef-0123-456789abcdef").doesNotContain("ck_test_123");
  }

  @Test
  void theDocs422BecomesAValidationExceptionWithEverythingItSaid() {
    enqueue(422, Fixtures.text(Fixtures.VALIDATION_ERROR), 2);

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertDocsValidationError(thrown);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theDocs422AsyncFailsTheFutureWithTheSameException() {
    enqueue(422, Fixtures.text(Fixtures.VALIDATION_ERROR), 1);

    Throwable thrown = catchThrowable(() -> cekceir.async().orders()
        .create(CekceirEndpointsTest.CEK_IMEI).get(10, TimeUnit.SECONDS));

    assertThat(thrown).isInstanceOf(ExecutionException.class);
    assertDocsValidationError(thrown.getCause());
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {400, 401, 403, 404, 429})
  void clientErrorsBecomeTypedExceptions(int status) {
    enqueue(status, error(status), 3);
    CekceirClient oneTry = cekceir.withOptions(o -> o.maxRetries(0));

    Throwable thrown = catchThrowable(() -> oneTry.orders().create(CekceirEndpointsTest.CEK_IMEI));

    Class<?> expected = Map.<Integer, Class<?>>of(400, BadRequestException.class,
        401, AuthenticationException.class, 403, PermissionDeniedException.class,
        404, NotFoundException.class, 429, RateLimitException.class).get(status);
    assertThat(thrown).isInstanceOf(expected);
    ApiException api = (ApiException) thrown;
    assertThat(api.status()).isEqualTo(status);
    assertThat(api.errorCode()).contains("E" + status);
    assertThat(api.apiMessage()).contains("Gagal " + status);
    assertThat(api.traceId()).contains("trace-" + status);
    assertThat(api.requestId()).contains("req-h");
    assertThat(api.getMessage()).doesNotContain("ck_test_123");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a429IsRetriedEvenForACreateBecauseTheServerDidNotProcessIt() {
    server.enqueue(new MockResponse().setResponseCode(429).addHeader("Retry-After", "0")
        .setBody(error(429)));
    server.enqueue(new MockResponse().setResponseCode(201).setBody(Fixtures.withStatus("pending")));

    OrderResult r = cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI);

    assertThat(r.httpStatus()).isEqualTo(201);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest(name = "HTTP {0} with an error body")
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrorsWithoutAnOrderAreOutcomeUnknownAndNeverResent(int status) {
    enqueue(status, error(status), 3);

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
    OutcomeUnknownException unknown = (OutcomeUnknownException) thrown;
    assertThat(unknown.status()).contains(status);
    assertThat(unknown.getCause()).isInstanceOf(ServerException.class);
    ServerException server5xx = (ServerException) unknown.getCause();
    assertThat(server5xx.errorCode()).contains("E" + status);
    assertThat(server5xx.apiMessage()).contains("Gagal " + status);
    assertThat(server5xx.rawBody()).isEqualTo(error(status));
    assertThat(server.getRequestCount()).as("the order is never re-sent").isEqualTo(1);
  }

  @ParameterizedTest(name = "503 body \"{0}\"")
  @ValueSource(strings = {"", "<html><body>503 Service Unavailable</body></html>",
      "{\"status\": \"fail", "[]"})
  void a503WithoutAnOrderBodyIsOutcomeUnknownWithAServerExceptionCause(String body) {
    enqueue(503, body, 3);

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("create order");
    assertThat(thrown.getCause()).isInstanceOf(ServerException.class);
    assertThat(((ServerException) thrown.getCause()).status()).isEqualTo(503);
    assertThat(((ServerException) thrown.getCause()).rawBody()).isEqualTo(body);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a503WithoutABodyFailsTheAsyncFutureTheSameWay() {
    enqueue(503, "", 3);

    Throwable thrown = catchThrowable(() -> cekceir.async().orders()
        .create(CekceirEndpointsTest.CEK_IMEI).get(10, TimeUnit.SECONDS));

    assertThat(thrown).isInstanceOf(ExecutionException.class);
    assertThat(thrown.getCause()).isInstanceOf(OutcomeUnknownException.class)
        .cause().isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a503WithAnOrderBodyIsNeverRetriedEvenWithRetriesLeft() {
    enqueue(503, Fixtures.failed(), 3);

    OrderResult blocking = cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI);

    assertThat(blocking.isFailed()).isTrue();
    assertThat(blocking.httpStatus()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void dataMessagesAreAlsoKeyedByTheirPointerVerbatimAndOthersAreLeftAlone() {
    String body = "{\"error\": true, \"code\": \"ORDER_VALIDATION_ERROR\", \"message\": \"x\","
        + " \"source\": \"order\", \"errors\": {\"data\": [\"/imeis/0: must match format\","
        + " \"must have required property 'imeis'\", \"/imeis/0: must NOT be longer than 15\"],"
        + " \"code\": [\"Layanan tidak ditemukan\"]}}";
    enqueue(422, body, 1);

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertThat(((ValidationException) thrown).fieldErrors()).containsExactly(
        Map.entry("data", List.of("/imeis/0: must match format",
            "must have required property 'imeis'", "/imeis/0: must NOT be longer than 15")),
        Map.entry("code", List.of("Layanan tidak ditemukan")),
        Map.entry("/imeis/0", List.of("/imeis/0: must match format",
            "/imeis/0: must NOT be longer than 15")));
    assertThat(((ValidationException) thrown).traceId()).isEmpty();
  }

  @Test
  void sourceIsEmptyWhenTheBodyHasNone() {
    enqueue(400, error(400), 1);

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertThat(CekceirErrors.source((ApiException) thrown)).isEmpty();
    assertThat(CekceirErrors.source(null)).isEmpty();
  }
}
