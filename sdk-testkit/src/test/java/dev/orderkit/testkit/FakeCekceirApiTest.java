package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.cekceir.CekceirErrors;
import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.cekceir.model.OrderResultStatus;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.UnexpectedStatusException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.testkit.FakeCekceirApi.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cekceir SDK end to end against {@link FakeCekceirApi}: wallet, outcomes, errors, faults. */
class FakeCekceirApiTest {
  private static final String IMEI_1 = "356938035643809";
  private static final String IMEI_2 = "356938035643817";
  private static final String IMEI_3 = "356938035643825";

  private FakeCekceirApi fake;
  private CekceirClient cekceir;

  @BeforeEach
  void start() {
    fake = new FakeCekceirApi().start();
    cekceir = fake.client();
  }

  @AfterEach
  void stop() {
    cekceir.close();
    fake.close();
  }

  private OrderResult order(String... imeis) {
    return cekceir.orders().create(CreateOrderParams.cekImei(
        CekImei.builder().addImeis(imeis).build()));
  }

  @Test
  void successChargesThePriceOfEveryItem() {
    OrderResult r = order(IMEI_1);

    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(r.serviceCode()).isEqualTo("cek_imei");
    assertThat(r.message()).isEqualTo("Pesanan-mu telah berhasil kami proses.");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.processed()).isEqualTo(1);
    assertThat(r.processedSuccess()).isEqualTo(1);
    assertThat(r.processedError()).isZero();
    assertThat(r.price()).isEqualByComparingTo("1500");
    assertThat(r.totalPrice()).isEqualByComparingTo("1500");
    assertThat(r.chargedAmount()).isEqualByComparingTo("1500");
    assertThat(r.refundedAmount()).isEqualByComparingTo("0");
    assertThat(r.balanceBefore()).isEqualByComparingTo("100000");
    assertThat(r.remainingBalance()).isEqualByComparingTo("98500");
    assertThat(r.errorMessage()).isEmpty();
    assertThat(r.referenceId()).isPresent();

    assertThat(fake.balance()).isEqualByComparingTo("98500");
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.httpStatus()).isEqualTo(200);
      assertThat(o.orderId()).isEqualTo(r.orderId());
      assertThat(o.transactionId()).isEqualTo(r.transactionId());
      assertThat(o.serviceCode()).isEqualTo("cek_imei");
      assertThat(o.chargedAmount()).isEqualByComparingTo("1500");
      assertThat(o.refundedAmount()).isEqualByComparingTo("0");
      assertThat(o.result().get("status")).isEqualTo("success");
      assertThat(o.result().get("remaining_balance")).isEqualTo(new BigDecimal("98500"));
      assertThat(java.time.OffsetDateTime.parse((String) o.result().get("created_at"))
          .toInstant()).isEqualTo(r.createdAt().toInstant());
      assertThat(o.outcome()).isEqualTo(Outcome.SUCCESS);
      assertThat(o.items()).containsExactly(IMEI_1);
      assertThat(o.failedItems()).isEmpty();
      assertThat(o.data()).containsEntry("imeis", List.of(IMEI_1));
    });
    assertThat(fake.order(r.orderId())).isPresent();
  }

  @Test
  void partialOrderRefundsTheFailedItems() {
    fake.setBalance(50000).setPrice("cek_imei", 2000)
        .failItem(IMEI_2, "IMEI 356938035643817 tidak terdaftar.");

    OrderResult r = order(IMEI_1, IMEI_2, IMEI_3);

    assertThat(r.httpStatus()).isEqualTo(207);
    assertThat(r.status()).isEqualTo(OrderResultStatus.PARTIAL);
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.processed()).isEqualTo(3);
    assertThat(r.processedSuccess()).isEqualTo(2);
    assertThat(r.processedError()).isEqualTo(1);
    assertThat(r.price()).isEqualByComparingTo("2000");
    assertThat(r.totalPrice()).isEqualByComparingTo("6000");    // 3 × 2000
    assertThat(r.chargedAmount()).isEqualByComparingTo("6000");
    assertThat(r.refundedAmount()).isEqualByComparingTo("2000"); // the failed item
    assertThat(r.balanceBefore()).isEqualByComparingTo("50000");
    assertThat(r.remainingBalance()).isEqualByComparingTo("46000"); // 50000 − 6000 + 2000
    assertThat(r.errorMessage()).contains("IMEI 356938035643817 tidak terdaftar.");
    assertThat(r.result()).hasValueSatisfying(result ->
        assertThat(result.get("items").toString()).contains("failed"));

    assertThat(fake.balance()).isEqualByComparingTo("46000");
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.outcome()).isEqualTo(Outcome.PARTIAL);
      assertThat(o.failedItems()).containsExactly(IMEI_2);
    });

    // a second order starts from what the first left
    OrderResult next = order(IMEI_1);
    assertThat(next.balanceBefore()).isEqualByComparingTo("46000");
    assertThat(next.remainingBalance()).isEqualByComparingTo("44000");
    assertThat(next.orderId()).isGreaterThan(r.orderId());
  }

  @Test
  void pendingIsA201ChargedButNotProcessed() {
    fake.script("cek_imei", Outcome.PENDING);

    OrderResult r = order(IMEI_1, IMEI_2);

    assertThat(r.httpStatus()).isEqualTo(201);
    assertThat(r.status()).isEqualTo(OrderResultStatus.PENDING);
    assertThat(r.processed()).isZero();
    assertThat(r.chargedAmount()).isEqualByComparingTo("3000");
    assertThat(r.refundedAmount()).isEqualByComparingTo("0");
    assertThat(r.remainingBalance()).isEqualByComparingTo("97000");
    assertThat(r.result()).isEmpty();
    assertThat(fake.balance()).isEqualByComparingTo("97000");
  }

  @Test
  void failedOrderIsA503ResultRefundedAndNeverResent() {
    fake.script("cek_imei", Outcome.FAILED).failureMessage("Provider timeout");

    OrderResult r = order(IMEI_1, IMEI_2);

    assertThat(r.httpStatus()).isEqualTo(503);
    assertThat(r.isFailed()).isTrue();
    assertThat(r.processedError()).isEqualTo(2);
    assertThat(r.chargedAmount()).isEqualByComparingTo("3000");
    assertThat(r.refundedAmount()).isEqualByComparingTo("3000");
    assertThat(r.balanceBefore()).isEqualByComparingTo("100000");
    assertThat(r.remainingBalance()).isEqualByComparingTo("100000");
    assertThat(r.errorMessage()).contains("Provider timeout");
    assertThat(r.referenceId()).isEmpty();

    assertThat(fake.requests()).hasSize(1);                 // not retried
    assertThat(fake.orders()).singleElement()               // held once
        .satisfies(o -> assertThat(o.outcome()).isEqualTo(Outcome.FAILED));
    assertThat(fake.balance()).isEqualByComparingTo("100000");
  }

  @Test
  void itemsDecideWithoutAScript() {
    fake.failItem(IMEI_1).failItem(IMEI_2);

    assertThat(order(IMEI_3).status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(order(IMEI_1, IMEI_3).status()).isEqualTo(OrderResultStatus.PARTIAL);
    OrderResult allFailed = order(IMEI_1, IMEI_2);
    assertThat(allFailed.httpStatus()).isEqualTo(503);
    assertThat(allFailed.refundedAmount()).isEqualByComparingTo("3000");
    // 1500 + (3000 − 1500) + (3000 − 3000)
    assertThat(fake.balance()).isEqualByComparingTo(BigDecimal.valueOf(100000 - 1500 - 1500));
  }

  @Test
  void scriptsArePerServiceQueuedThenAlways() {
    fake.setPrice("cek_nik", 700)
        .script("cek_imei", Outcome.PENDING, Outcome.PARTIAL)
        .scriptAlways("cek_imei", Outcome.FAILED);

    // another service is not affected; its items are the first array in data
    OrderResult other = cekceir.orders().create(CreateOrderParams.builder().code("cek_nik")
        .putData("niks", List.of("3171", "3172")).putData("note", "x").build());
    assertThat(other.status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(other.total()).isEqualTo(2);
    assertThat(other.totalPrice()).isEqualByComparingTo("1400");

    assertThat(order(IMEI_1).status()).isEqualTo(OrderResultStatus.PENDING);
    OrderResult partial = order(IMEI_1, IMEI_2);
    assertThat(partial.status()).isEqualTo(OrderResultStatus.PARTIAL);
    assertThat(partial.processedError()).isEqualTo(1); // no item marked: the last one fails
    assertThat(fake.orders().get(2).failedItems()).containsExactly(IMEI_2);
    assertThat(order(IMEI_1).status()).isEqualTo(OrderResultStatus.FAILED);
    assertThat(order(IMEI_1).status()).isEqualTo(OrderResultStatus.FAILED);

    fake.scriptAlways("cek_imei", null);
    assertThat(order(IMEI_1).status()).isEqualTo(OrderResultStatus.SUCCESS);
  }

  @Test
  void schemaViolationIsTheDocumented422() {
    CreateOrderParams noImeis = CreateOrderParams.builder().code("cek_imei")
        .putData("imeis", List.of()).build();

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> cekceir.orders().create(noImeis));

    assertThat(e.status()).isEqualTo(422);
    assertThat(e.errorCode()).contains("ORDER_VALIDATION_ERROR");
    assertThat(e.apiMessage())
        .contains("Format order mu tidak sesuai dengan format layanan yang kamu minta.");
    assertThat(e.fieldErrors().get("data"))
        .containsExactly("/imeis: must NOT have fewer than 1 items");
    assertThat(e.fieldErrors().get("/imeis"))
        .containsExactly("/imeis: must NOT have fewer than 1 items");
    assertThat(e.traceId()).hasValueSatisfying(v -> assertThat(v).isNotBlank());
    assertThat(CekceirErrors.source(e)).hasValue("order");

    ValidationException missing = catchThrowableOfType(ValidationException.class,
        () -> cekceir.orders().create(CreateOrderParams.builder().code("cek_imei")
            .putData("imei", IMEI_1).build()));
    assertThat(missing.fieldErrors().get("data"))
        .containsExactly("must have required property 'imeis'");

    assertThat(fake.orders()).isEmpty();
    assertThat(fake.balance()).isEqualByComparingTo("100000");
  }

  @Test
  void unknownServiceIsA422OnCode() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> cekceir.orders().create(CreateOrderParams.builder().code("cek_unknown")
            .putData("x", "y").build()));

    assertThat(e.errorCode()).contains("ORDER_VALIDATION_ERROR");
    assertThat(e.fieldErrors().get("code")).singleElement().asString().contains("cek_unknown");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void missingCodeAndDataAre422ThroughTheUntypedPath() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> cekceir.request("POST", "api/order").body(Map.of("data", "example")).execute());

    assertThat(e.fieldErrors()).containsEntry("code",
        List.of("must have required property 'code'"));
    assertThat(e.fieldErrors()).containsEntry("data", List.of("must be object"));
  }

  @Test
  void insufficientBalanceIs402AndChargesNothing() {
    fake.setBalance(2000);

    UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
        () -> order(IMEI_1, IMEI_2));

    assertThat(e.status()).isEqualTo(FakeCekceirApi.INSUFFICIENT_BALANCE_STATUS);
    assertThat(e.errorCode()).contains("INSUFFICIENT_BALANCE");
    assertThat(fake.balance()).isEqualByComparingTo("2000");
    assertThat(fake.orders()).isEmpty();
    assertThat(order(IMEI_1).remainingBalance()).isEqualByComparingTo("500"); // one still fits
  }

  @Test
  void wrongKeyIs401() {
    try (CekceirClient wrong = fake.clientBuilder().apiKey("not-the-key").build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
          () -> wrong.orders().create(CreateOrderParams.cekImei(CekImei.of(IMEI_1))));
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.errorCode()).contains("UNAUTHORIZED");
    }
    assertThat(fake.orders()).isEmpty();
    assertThat(fake.requests()).hasSize(1);
  }

  @Test
  void missingKeyIs401() throws IOException {
    HttpURLConnection c = post("/api/order", "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\""
        + IMEI_1 + "\"]}}", null);
    assertThat(c.getResponseCode()).isEqualTo(401);
    assertThat(read(c.getErrorStream())).contains("\"code\":\"UNAUTHORIZED\"");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void latencyStillSucceeds() {
    fake.faults().next(Fault.latency(Duration.ofMillis(50)));

    assertThat(order(IMEI_1).status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void rateLimitIsRetriedThenSucceeds() {
    fake.faults().next(Fault.rateLimited(Duration.ZERO));

    OrderResult r = order(IMEI_1);

    assertThat(r.status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(fake.requests()).hasSize(2);
    assertThat(fake.orders()).hasSize(1);
    assertThat(fake.balance()).isEqualByComparingTo("98500");
  }

  @Test
  void serverErrorWithoutAnOrderBodyIsAnUnknownOutcomeNotResent() {
    fake.faults().next(Fault.serverError(503));

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
        () -> order(IMEI_1));

    assertThat(e.status()).hasValue(503);
    assertThat(e.getCause()).isInstanceOf(ServerException.class);
    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.orders()).isEmpty();
    assertThat(fake.balance()).isEqualByComparingTo("100000");
  }

  @Test
  void dropBeforeProcessingCreatesNothing() {
    fake.faults().next(Fault.dropBeforeProcessing());

    // the request was sent, so the client cannot tell; the fake shows nothing happened
    assertThatThrownBy(() -> order(IMEI_1)).isInstanceOf(OutcomeUnknownException.class);

    assertThat(fake.orders()).isEmpty();
    assertThat(fake.balance()).isEqualByComparingTo("100000");
  }

  @Test
  void dropAfterProcessingChargesButTheClientCannotKnow() {
    fake.faults().next(Fault.dropAfterProcessing());

    assertThatThrownBy(() -> order(IMEI_1)).isInstanceOf(OutcomeUnknownException.class);

    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.orders()).hasSize(1);
    assertThat(fake.balance()).isEqualByComparingTo("98500");
  }

  @Test
  void concurrentOrdersKeepTheWalletConsistent() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<OrderResult>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(() -> order(IMEI_1)));
      }
      for (Future<OrderResult> f : results) {
        OrderResult r = f.get();
        assertThat(r.balanceBefore().subtract(r.chargedAmount()).add(r.refundedAmount()))
            .isEqualByComparingTo(r.remainingBalance());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(fake.balance()).isEqualByComparingTo(BigDecimal.valueOf(100000 - 20 * 1500));
    assertThat(fake.orders()).extracting(FakeCekceirApi.Order::orderId).doesNotHaveDuplicates();
  }

  @Test
  void resetRestoresTheDefaults() {
    fake.setBalance(5).setPrice("cek_imei", 1).setPrice("x", 2).failItem(IMEI_1);
    fake.script("cek_imei", Outcome.FAILED);
    fake.reset();

    assertThat(fake.balance()).isEqualByComparingTo("100000");
    assertThat(fake.price("cek_imei")).hasValue(BigDecimal.valueOf(1500));
    assertThat(fake.price("x")).isEmpty();
    assertThat(order(IMEI_1).status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(fake.orders()).singleElement()
        .satisfies(o -> assertThat(o.orderId()).isEqualTo(1001));
  }

  @Test
  void plainHttpWithoutTheSdk() throws IOException {
    HttpURLConnection ok = post("/api/order",
        "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\"" + IMEI_1 + "\"]}}", fake.apiKey());
    assertThat(ok.getResponseCode()).isEqualTo(200);
    assertThat(ok.getContentType()).startsWith("application/json");
    String body = read(ok.getInputStream());
    assertThat(body).startsWith("{\"status\":\"success\"")
        .contains("\"balance_before\":100000", "\"charged_amount\":1500",
            "\"refunded_amount\":0", "\"remaining_balance\":98500", "\"reference_id\":\"",
            "\"error_message\":null", "\"service_code\":\"cek_imei\"");
    assertThat(body).containsPattern("\"created_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"");

    HttpURLConnection bad = post("/api/order", "{\"data\":{}}", fake.apiKey());
    assertThat(bad.getResponseCode()).isEqualTo(422);
    assertThat(read(bad.getErrorStream())).contains("\"error\":true",
        "\"code\":\"ORDER_VALIDATION_ERROR\"", "\"source\":\"order\"",
        "\"code\":[\"must have required property 'code'\"]", "\"traceId\":\"");

    HttpURLConnection notJson = post("/api/order", "not json", fake.apiKey());
    assertThat(notJson.getResponseCode()).isEqualTo(422);

    HttpURLConnection unknown = post("/api/orders", "{}", fake.apiKey());
    assertThat(unknown.getResponseCode()).isEqualTo(404);
    assertThat(read(unknown.getErrorStream())).contains("\"code\":\"NOT_FOUND\"");

    assertThat(fake.orders()).hasSize(1);
  }

  private HttpURLConnection post(String path, String json, String key) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(fake.baseUrl() + path.substring(1))
        .openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setRequestProperty("Content-Type", "application/json");
    if (key != null) {
      c.setRequestProperty("Authorization", "Bearer " + key);
    }
    try (OutputStream out = c.getOutputStream()) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
    return c;
  }

  private static String read(InputStream in) throws IOException {
    try (InputStream i = in) {
      return new String(i.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
