package dev.orderkit.cekceir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.cekceir.model.Fixtures;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.cekceir.model.OrderResultStatus;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the cekceir client reads leniently: a byte-order mark before the order result (blocking,
 * async, raw) and before the documented 422, read by {@code CekceirErrorDecoder} through the
 * standard decoder. Create's result holds the order id and the money: an empty answer is not a
 * success to invent, so it stays a decoding error, and is never re-sent.
 */
class CekceirLenientBodiesTest {
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

  private void assertSent() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/api/order");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_test_123");
    assertThat(request.getBody().readUtf8()).isEqualTo(CekceirEndpointsTest.CEK_IMEI_BODY);
  }

  private static void check(OrderResult r, int status) {
    assertThat(r.httpStatus()).isEqualTo(status);
    assertThat(r.status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(r.orderId()).isEqualTo(321L);
    assertThat(r.transactionId()).isEqualTo(654L);
    assertThat(r.totalPrice()).isEqualTo(new BigDecimal("1500"));
    assertThat(r.message()).isEqualTo("Pesanan-mu telah berhasil kami proses.");
  }

  @Test
  void bomBeforeTheOrderResultIsSkippedBlockingAsyncAndRaw() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(200)
          .addHeader("Content-Type", "application/json")
          .setBody("\uFEFF" + Fixtures.text(Fixtures.SUCCESS)));
    }

    OrderResult blocking = cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI);
    assertSent();
    OrderResult async = cekceir.async().orders().create(CekceirEndpointsTest.CEK_IMEI)
        .get(10, TimeUnit.SECONDS);
    assertSent();
    HttpResponseFor<OrderResult> raw = cekceir.orders().withRawResponse()
        .create(CekceirEndpointsTest.CEK_IMEI);
    assertSent();

    check(blocking, 200);
    check(async, 200);
    check(raw.parse(), 200);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void bomBeforeTheDocs422IsSkipped() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(422)
        .setBody("\uFEFF" + Fixtures.text(Fixtures.VALIDATION_ERROR)));

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertSent();
    assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.errorCode()).contains("ORDER_VALIDATION_ERROR");
      assertThat(e.apiMessage())
          .contains("Format order mu tidak sesuai dengan format layanan yang kamu minta.");
      assertThat(e.traceId()).contains("01234567-89ab-cdef-0123-456789abcdef");
      assertThat(CekceirErrors.source(e)).contains("order");
      assertThat(e.fieldErrors()).containsExactly(
          Map.entry("data", List.of("/imeis: must NOT have fewer than 1 items")),
          Map.entry("/imeis", List.of("/imeis: must NOT have fewer than 1 items")));
    });
  }

  @Test
  void problemDetailsThroughTheCekceirDecoder() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(402)
        .setBody("{\"type\": \"https://errors.example/balance\", \"title\": \"Saldo"
            + " tidak cukup\", \"status\": 402, \"detail\": \"Saldo 1000, harga 1500\"}"));

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertSent();
    assertThat(thrown).isInstanceOfSatisfying(dev.orderkit.core.errors.ApiException.class, e -> {
      assertThat(e.status()).isEqualTo(402);
      assertThat(e.apiMessage()).contains("Saldo 1000, harga 1500");
      assertThat(e.errorCode()).contains("https://errors.example/balance");
      assertThat(e.attribute("title")).contains("Saldo tidak cukup");
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {201, 200, 204})
  void createAnsweredWithNoBodyIsADecodingErrorNeverResent(int status) {
    server.enqueue(new MockResponse().setResponseCode(status));
    server.enqueue(new MockResponse().setResponseCode(200)
        .setBody(Fixtures.text(Fixtures.SUCCESS)));

    Throwable thrown = catchThrowable(() -> cekceir.orders().create(CekceirEndpointsTest.CEK_IMEI));

    assertThat(thrown).isInstanceOfSatisfying(ResponseDecodingException.class, d -> {
      assertThat(d.status()).isEqualTo(status);
      assertThat(d.getMessage()).contains("the body is empty").contains("do not send it again");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
