package dev.orderkit.cekceir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.Fixtures;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.cekceir.model.OrderResultStatus;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
 * Create order on every documented status (201 pending, 200 success, 207 partial, 503 failed),
 * blocking, async and raw: the exact request on the wire and the result with its HTTP status.
 * The 503 failed order is a result: returned, never thrown, never retried.
 */
class CekceirEndpointsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private CekceirClient cekceir;

  static final CreateOrderParams CEK_IMEI = CreateOrderParams.builder().code("cek_imei")
      .data(CekImei.of("356938035643809")).build();
  static final String CEK_IMEI_BODY = "{\"code\":\"cek_imei\",\"data\":{\"imeis\":"
      + "[\"356938035643809\"]}}";

  @BeforeEach
  void client() throws IOException {
    // retries enabled, so "sent once" below shows the order rule, not a lack of retries
    cekceir = CekceirClient.builder().baseUrl(server.url("/").toString()).apiKey("ck_test_123")
        .maxRetries(2).initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2))
        .build();
  }

  @AfterEach
  void close() throws IOException {
    cekceir.close();
  }

  /** One documented status: the body served and the result status it must decode to. */
  record Outcome(int httpStatus, String body, OrderResultStatus status) {
    @Override
    public String toString() {
      return httpStatus + " " + status.value();
    }
  }

  static Stream<Outcome> outcomes() {
    return Stream.of(
        new Outcome(201, Fixtures.withStatus("pending"), OrderResultStatus.PENDING),
        new Outcome(200, Fixtures.text(Fixtures.SUCCESS), OrderResultStatus.SUCCESS),
        new Outcome(207, Fixtures.withStatus("partial"), OrderResultStatus.PARTIAL),
        new Outcome(503, Fixtures.failed(), OrderResultStatus.FAILED));
  }

  private void serve(Outcome o) {
    server.enqueue(new MockResponse().setResponseCode(o.httpStatus())
        .addHeader("Content-Type", "application/json").addHeader("X-Request-Id", "req-" + o.httpStatus())
        .setBody(o.body()));
    // a second response that must never be asked for
    server.enqueue(new MockResponse().setResponseCode(200)
        .setBody(Fixtures.text(Fixtures.SUCCESS)));
  }

  private void assertRequest(String body) throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/order");
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_test_123");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("orderkit-java/")
        .contains("(cekceir; Java/");
    assertThat(request.getHeaders().get("X-Tenant-Id")).isNull();
    assertThat(request.getBody().clone().readUtf8()).isEqualTo(body);
    assertThat(server.getRequestCount()).as("sent once, never re-sent").isEqualTo(1);
  }

  private static void check(Outcome o, OrderResult r) {
    assertThat(r.httpStatus()).isEqualTo(o.httpStatus());
    assertThat(r.status()).isEqualTo(o.status());
    assertThat(r.requestId()).contains("req-" + o.httpStatus());
    if (o.status().equals(OrderResultStatus.FAILED)) {
      assertThat(r.isFailed()).isTrue();
      assertThat(r.orderId()).isEqualTo(322L);
      assertThat(r.errorMessage()).contains("Provider timeout");
      assertThat(r.chargedAmount()).isEqualTo(new BigDecimal("1500"));
      assertThat(r.refundedAmount()).isEqualTo(new BigDecimal("1500"));
      assertThat(r.remainingBalance()).isEqualTo(new BigDecimal("100000"));
      assertThat(r.result()).isEmpty();
    } else {
      assertThat(r.isFailed()).isFalse();
      assertThat(r.orderId()).isEqualTo(321L);
      assertThat(r.transactionId()).isEqualTo(654L);
      assertThat(r.serviceCode()).isEqualTo("cek_imei");
      assertThat(r.message()).isEqualTo("Pesanan-mu telah berhasil kami proses.");
      assertThat(r.totalPrice()).isEqualTo(new BigDecimal("1500"));
      assertThat(r.refundedAmount()).isEqualTo(new BigDecimal("0"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outcomes")
  void blocking(Outcome o) throws Exception {
    serve(o);
    OrderResult r = cekceir.orders().create(CEK_IMEI);
    assertRequest(CEK_IMEI_BODY);
    check(o, r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outcomes")
  void async(Outcome o) throws Exception {
    serve(o);
    OrderResult r = cekceir.async().orders().create(CEK_IMEI).get(10, TimeUnit.SECONDS);
    assertRequest(CEK_IMEI_BODY);
    check(o, r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outcomes")
  void raw(Outcome o) throws Exception {
    serve(o);
    HttpResponseFor<OrderResult> raw = cekceir.orders().withRawResponse().create(CEK_IMEI);
    assertRequest(CEK_IMEI_BODY);
    assertThat(raw.statusCode()).isEqualTo(o.httpStatus());
    assertThat(raw.attempts()).isEqualTo(1);
    assertThat(raw.requestId()).contains("req-" + o.httpStatus());
    assertThat(raw.bodyText()).isEqualTo(o.body());
    check(o, raw.parse());
  }

  @Test
  void theDocsSuccessExampleComesBackWithEveryField() throws Exception {
    serve(outcomes().filter(o -> o.httpStatus() == 200).findFirst().get());

    OrderResult r = cekceir.orders().create(CEK_IMEI, RequestOptions.none());

    dev.orderkit.cekceir.model.ResponseModelsTestAccess.assertDocsSuccessExample(r);
    assertThat(r.httpStatus()).isEqualTo(200);
  }

  @Test
  void freeFormDataIsSentExactly() throws Exception {
    serve(outcomes().filter(o -> o.httpStatus() == 201).findFirst().get());
    CreateOrderParams params = CreateOrderParams.builder().code("cek_operator")
        .putData("msisdn", "081234567890").putData("deep", java.util.Map.of("n", 1)).build();

    OrderResult r = cekceir.orders().create(params);

    assertRequest("{\"code\":\"cek_operator\",\"data\":{\"msisdn\":\"081234567890\","
        + "\"deep\":{\"n\":1}}}");
    assertThat(r.status()).isEqualTo(OrderResultStatus.PENDING);
  }
}
