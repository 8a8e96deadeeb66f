package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.cekceir.model.OrderResultStatus;
import dev.orderkit.core.errors.OutcomeUnknownException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FakeCekceirApi} as an oracle of the docs, through plain OkHttp (no SDK): the documented
 * 422, the order result's exact shape, injected outages in the error shape, seeding the wallet.
 */
class FakeCekceirApiOracleTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String IMEI = "356938035643809";
  private static final String VALIDATION = "{\"error\":true,\"code\":\"ORDER_VALIDATION_ERROR\","
      + "\"message\":\"Format order mu tidak sesuai dengan format layanan yang kamu minta.\","
      + "\"source\":\"order\",\"errors\":";
  private static final Pattern TRACE_ID = Pattern.compile(
      ",\"traceId\":\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"}$");

  private final FakeCekceirApi fake = new FakeCekceirApi().start();
  private final PlainHttp http = new PlainHttp(fake);

  @AfterEach
  void close() {
    http.close();
    fake.close();
  }

  private String[] call(String path, String body) throws IOException {
    return http.call("POST", path, body);
  }

  /** The body without its (random) trailing traceId, after checking it is there. */
  private static String withoutTraceId(String body) {
    Matcher m = TRACE_ID.matcher(body);
    assertThat(m.find()).as("a traceId ends " + body).isTrue();
    return body.substring(0, m.start()) + "}";
  }

  @Test
  void aMisspeltRequiredFieldIsTheDocumented422NamingIt() throws IOException {
    String[] r = call("api/order", "{\"cdoe\":\"cek_imei\",\"data\":{\"imeis\":[\"" + IMEI
        + "\"]}}");

    assertThat(r[0]).isEqualTo("422");
    assertThat(withoutTraceId(r[1])).isEqualTo(VALIDATION
        + "{\"code\":[\"must have required property 'code'\"]}}");
    assertThat(fake.orders()).isEmpty();
    assertThat(fake.balance()).isEqualByComparingTo("100000");
  }

  @Test
  void aMistypedFieldIsTheDocumented422NamingIt() throws IOException {
    // the docs' own curl example sends "data": "example"
    String[] r = call("api/order", "{\"code\":\"cek_imei\",\"data\":\"example\"}");
    assertThat(r[0]).isEqualTo("422");
    assertThat(withoutTraceId(r[1])).isEqualTo(VALIDATION + "{\"data\":[\"must be object\"]}}");

    String[] imeis = call("api/order", "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[]}}");
    assertThat(imeis[0]).isEqualTo("422");
    assertThat(withoutTraceId(imeis[1])).isEqualTo(VALIDATION
        + "{\"data\":[\"/imeis: must NOT have fewer than 1 items\"]}}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void theOrderResultHasTheDocsShape() throws IOException {
    String[] r = call("api/order", "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\"" + IMEI
        + "\"]}}");

    assertThat(r[0]).isEqualTo("200");
    FakeCekceirApi.Order o = fake.orders().get(0);
    String createdAt = (String) o.result().get("created_at");
    assertThat(createdAt).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(r[1]).isEqualTo("{\"status\":\"success\",\"reference_id\":\"fake-cekceir-1001\","
        + "\"message\":\"Pesanan-mu telah berhasil kami proses.\",\"processed\":1,"
        + "\"processed_success\":1,\"processed_error\":0,\"remaining_balance\":98500,"
        + "\"result\":{\"items\":[{\"item\":\"" + IMEI + "\",\"status\":\"success\"}]},"
        + "\"error_message\":null,\"order_id\":1001,\"transaction_id\":5001,"
        + "\"service_code\":\"cek_imei\",\"total\":1,\"price\":1500,\"total_price\":1500,"
        + "\"charged_amount\":1500,\"refunded_amount\":0,\"balance_before\":100000,"
        + "\"created_at\":\"" + createdAt + "\"}");
  }

  @Test
  void aFailedOrderIsThe503ResultWithItsRefund() throws IOException {
    fake.script(FakeCekceirApi.CEK_IMEI, FakeCekceirApi.Outcome.FAILED);
    String[] r = call("api/order", "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\"" + IMEI
        + "\"]}}");

    assertThat(r[0]).isEqualTo("503");
    assertThat(r[1]).startsWith("{\"status\":\"failed\",\"reference_id\":null,")
        .contains("\"charged_amount\":1500,\"refunded_amount\":1500,\"balance_before\":100000,")
        .contains("\"remaining_balance\":100000,\"result\":null,");
    assertThat(fake.orders().get(0).refundedAmount()).isEqualByComparingTo("1500");
  }

  @Test
  void anInjected503IsAnOutageInTheErrorShapeNotAnOrderResult() throws IOException {
    fake.faults().next(Fault.serverError(503));
    String[] r = call("api/order", "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\"" + IMEI
        + "\"]}}");

    assertThat(r[0]).isEqualTo("503");
    assertThat(withoutTraceId(r[1])).isEqualTo("{\"error\":true,\"code\":\"SERVICE_UNAVAILABLE\","
        + "\"message\":\"Service Unavailable\"}");
    assertThat(r[1]).doesNotContain("refunded_amount", "\"status\"");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void theSdkTreatsAnInjected503AsAnUnknownOutcome() {
    fake.faults().next(Fault.serverError(503));
    try (CekceirClient cekceir = fake.client()) {
      OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
          () -> cekceir.orders().create(CreateOrderParams.cekImei(CekImei.of(IMEI))));
      assertThat(e.status()).hasValue(503);
    }
    assertThat(fake.requests()).hasSize(1);
  }

  @Test
  void aWrongKeyGetsTheErrorShape() throws IOException {
    Request request = new Request.Builder().url(fake.baseUrl() + "api/order")
        .header("Authorization", "Bearer nope").post(RequestBody.create("{}", JSON)).build();
    try (Response response = http.client().newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(withoutTraceId(response.body().string())).isEqualTo("{\"error\":true,"
          + "\"code\":\"UNAUTHORIZED\",\"message\":\"API key tidak valid atau tidak ada.\","
          + "\"source\":\"auth\"}");
    }
  }

  @Test
  void aSeededWalletAndPriceShowInTheNextOrder() throws IOException {
    String[] seeded = call("__orderkit/seed",
        "{\"balance\":5000,\"prices\":{\"cek_imei\":2000,\"cek_nik\":700}}");
    assertThat(seeded[0]).isEqualTo("201");
    assertThat(seeded[1]).isEqualTo(
        "{\"balance\":5000,\"prices\":{\"cek_imei\":2000,\"cek_nik\":700}}");

    String[] r = call("api/order", "{\"code\":\"cek_nik\",\"data\":{\"niks\":[\"1\",\"2\"]}}");
    assertThat(r[0]).isEqualTo("200");
    assertThat(r[1]).contains("\"remaining_balance\":3600,", "\"price\":700,\"total_price\":1400,",
        "\"balance_before\":5000,");

    String[] tooMuch = call("api/order", "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\"1\",\"2\"]}}");
    assertThat(tooMuch[0]).isEqualTo("402");
    assertThat(tooMuch[1]).contains("\"code\":\"INSUFFICIENT_BALANCE\"");
  }

  @Test
  void aSeedWithAMisspeltOrMistypedFieldIsRefusedAndChangesNothing() throws IOException {
    String[] misspelt = call("__orderkit/seed", "{\"balanse\":1}");
    assertThat(misspelt[0]).isEqualTo("400");
    assertThat(misspelt[1]).contains("balanse: not a seed field");

    String[] mistyped = call("__orderkit/seed", "{\"balance\":1,\"prices\":{\"cek_imei\":\"1\"}}");
    assertThat(mistyped[0]).isEqualTo("400");
    assertThat(mistyped[1]).contains("prices.cek_imei: must be a number");
    assertThat(fake.balance()).isEqualByComparingTo("100000");
    assertThat(fake.price("cek_imei")).hasValue(BigDecimal.valueOf(1500));
  }

  @Test
  void theSdkDecodesAPartialOrderOnASeededWallet() throws IOException {
    call("__orderkit/seed", "{\"balance\":10000.50}");
    fake.failItem("356938035643817");

    try (CekceirClient cekceir = fake.client()) {
      OrderResult r = cekceir.orders().create(CreateOrderParams.cekImei(
          CekImei.of(IMEI, "356938035643817")));
      assertThat(r.httpStatus()).isEqualTo(207);
      assertThat(r.status()).isEqualTo(OrderResultStatus.PARTIAL);
      assertThat(r.balanceBefore()).isEqualByComparingTo("10000.50");
      assertThat(r.chargedAmount()).isEqualByComparingTo("3000");
      assertThat(r.refundedAmount()).isEqualByComparingTo("1500");
      assertThat(r.remainingBalance()).isEqualByComparingTo("8500.50");
      assertThat(r.processedError()).isEqualTo(1);
    }
  }
}
