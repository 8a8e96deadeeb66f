package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.partner.OrderPage;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.DeliveryStatus;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.Tracking;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FakePartnerApi} as an independent oracle: requests through plain OkHttp (not the SDK)
 * checked against the docs' field tables, the fake's own status flow, the envelope on injected
 * faults, seeding over the control endpoint, and the SDK end to end. Bodies are compared whole,
 * with the random {@code request_id} masked.
 */
class FakePartnerOracleTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String CREATE = "api/partner/v1/orders/create";

  /** The docs' create-order example body, trimmed to what the fake needs plus a few extras. */
  private static final String VALID_CREATE = "{\"order_code\": \"OK-1\","
      + " \"payment_method_type\": \"NON COD\","
      + " \"recipient\": {\"name\": \"Mark Smith\", \"phone\": \"+628292839282\","
      + " \"full_address\": \"Sariwangi Parongpong Bandung\"},"
      + " \"products\": [{\"sku\": \"SKU-001\", \"unit_price\": 15000, \"qty\": 2}]}";

  private FakePartnerApi fake;
  private final OkHttpClient http = new OkHttpClient.Builder()
      .readTimeout(Duration.ofSeconds(5)).retryOnConnectionFailure(false).build();

  @BeforeEach
  void start() {
    fake = new FakePartnerApi().start();
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static final class Answer {
    final int status;
    final String body;
    final Response response;

    Answer(int status, String body, Response response) {
      this.status = status;
      this.body = body;
      this.response = response;
    }

    /** The body with the request id replaced by {@code <id>}. */
    String masked() {
      return body.replaceAll("\"request_id\":\"[0-9a-f-]{36}\"", "\"request_id\":\"<id>\"");
    }
  }

  private Answer post(String path, String json) throws IOException {
    return send(new Request.Builder().url(fake.baseUrl() + path)
        .post(RequestBody.create(json, JSON)));
  }

  private Answer get(String path) throws IOException {
    return send(new Request.Builder().url(fake.baseUrl() + path).get());
  }

  private Answer send(Request.Builder request) throws IOException {
    try (Response response = http.newCall(request
        .header("Authorization", "Bearer " + FakePartnerApi.DEFAULT_API_KEY)
        .header("X-Tenant-Id", FakePartnerApi.DEFAULT_TENANT_ID).build()).execute()) {
      return new Answer(response.code(), response.body().string(), response);
    }
  }

  // ---- (a) the field table

  @Test
  void aMisspeltRequiredFieldIsRequiredAndIgnoredAsUnknown() throws IOException {
    Answer answer = post(CREATE, VALID_CREATE.replace("\"order_code\"", "\"order_kode\""));

    assertThat(answer.status).isEqualTo(422);
    assertThat(answer.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"The order code field is required.\",\"data\":null,"
        + "\"errors\":{\"order_code\":[\"The order code field is required.\"]},"
        + "\"request_id\":\"<id>\"}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aMistypedFieldIsA422NamingIt() throws IOException {
    Answer answer = post(CREATE, VALID_CREATE.replace("\"qty\": 2", "\"qty\": \"two\""));

    assertThat(answer.status).isEqualTo(422);
    assertThat(answer.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"The products.0.qty field must be an integer.\",\"data\":null,"
        + "\"errors\":{\"products.0.qty\":[\"The products.0.qty field must be an integer.\"]},"
        + "\"request_id\":\"<id>\"}");

    Answer flag = post(CREATE, VALID_CREATE.replace("{\"order_code\"",
        "{\"is_unpaid\": \"yes\", \"recipient_x\": 1, \"order_code\""));
    assertThat(flag.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"The is unpaid field must be true or false.\",\"data\":null,"
        + "\"errors\":{\"is_unpaid\":[\"The is unpaid field must be true or false.\"]},"
        + "\"request_id\":\"<id>\"}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void everyProblemIsListedAndTheMessageCountsTheRest() throws IOException {
    Answer answer = post(CREATE, "{\"recipient\": {\"name\": 5}, \"products\": []}");

    assertThat(answer.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"The order code field is required. (and 4 more errors)\",\"data\":null,"
        + "\"errors\":{\"order_code\":[\"The order code field is required.\"],"
        + "\"recipient.name\":[\"The recipient.name field must be a string.\"],"
        + "\"recipient.phone\":[\"The recipient.phone field is required.\"],"
        + "\"recipient.full_address\":[\"The recipient.full address field is required.\"],"
        + "\"products\":[\"The products field is required.\"]},\"request_id\":\"<id>\"}");
  }

  @Test
  void aValueOutsideADocumentedEnumerationIsA422() throws IOException {
    Answer payment = post(CREATE, VALID_CREATE.replace("\"NON COD\"", "\"cheque\""));
    assertThat(payment.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"The selected payment method type is invalid.\",\"data\":null,"
        + "\"errors\":{\"payment_method_type\":[\"The selected payment method type is invalid.\"]},"
        + "\"request_id\":\"<id>\"}");

    assertThat(post(CREATE, VALID_CREATE).status).isEqualTo(201);
    Answer cancel = post("api/partner/v1/orders/fulfillment/cancel",
        "{\"order_code\": \"OK-1\", \"cancel_by\": \"bored\", \"direct_cancel\": true}");
    assertThat(cancel.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"The selected cancel by is invalid.\",\"data\":null,"
        + "\"errors\":{\"cancel_by\":[\"The selected cancel by is invalid.\"]},"
        + "\"request_id\":\"<id>\"}");
    Answer list = post("api/partner/v1/orders",
        "{\"page\": 1, \"per_page\": 10, \"sort_direction\": \"up\", \"status\": \"lost\"}");
    assertThat(list.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"The selected status is invalid. (and 1 more error)\",\"data\":null,"
        + "\"errors\":{\"status\":[\"The selected status is invalid.\"],"
        + "\"sort_direction\":[\"The selected sort direction is invalid.\"]},"
        + "\"request_id\":\"<id>\"}");
    assertThat(fake.statusOf("OK-1")).contains("to_process");
  }

  @Test
  void unknownFieldsAreIgnoredAndNamedInAHeader() throws IOException {
    Answer answer = post(CREATE, VALID_CREATE.replace("{\"order_code\"",
        "{\"sales_pik\": \"John\", \"order_code\"").replace("\"qty\": 2",
        "\"qty\": 2, \"colour\": \"red\""));

    assertThat(answer.status).isEqualTo(201);
    assertThat(answer.masked()).isEqualTo("{\"status\":201,\"message\":\"Created\","
        + "\"data\":null,\"errors\":null,\"request_id\":\"<id>\"}");
    assertThat(answer.response.header(FakePartnerApi.IGNORED_FIELDS_HEADER))
        .isEqualTo("sales_pik, products.0.colour");
    assertThat(post(CREATE, VALID_CREATE.replace("OK-1", "OK-2")).response
        .header(FakePartnerApi.IGNORED_FIELDS_HEADER)).isNull();
  }

  // ---- (b) the status flow

  @Test
  void anActionOutsideTheFlowGetsTheFlowError() throws IOException {
    post(CREATE, VALID_CREATE);

    Answer ship = post("api/partner/v1/orders/fulfillment/ship", "{\"order_code\": \"OK-1\"}");

    assertThat(ship.status).isEqualTo(422);
    assertThat(ship.masked()).isEqualTo("{\"status\":422,"
        + "\"message\":\"Cannot ship order OK-1 in status To Process (allowed from: Packed)\","
        + "\"data\":null,\"errors\":{\"status\":[\"Cannot ship order OK-1 in status To Process"
        + " (allowed from: Packed)\"]},\"request_id\":\"<id>\"}");
    Answer ret = post("api/partner/v1/orders/fulfillment/return",
        "{\"order_code\": \"OK-1\", \"return_by\": \"customer_request\"}");
    assertThat(ret.masked()).contains("\"message\":\"Cannot return order OK-1 in status"
        + " To Process (allowed from: Shipped)\"");
    assertThat(fake.statusOf("OK-1")).contains("to_process");
    assertThat(fake.order("OK-1").get().history()).hasSize(1);

    Answer process = post("api/partner/v1/orders/fulfillment/set-process",
        "{\"order_code\": \"OK-1\"}");
    assertThat(process.masked()).isEqualTo("{\"status\":200,"
        + "\"message\":\"Success Process Order OK-1\",\"data\":[],\"errors\":null,"
        + "\"request_id\":\"<id>\"}");
    Answer again = post("api/partner/v1/orders/fulfillment/set-process",
        "{\"order_code\": \"OK-1\"}");
    assertThat(again.masked()).contains("\"message\":\"Cannot process order OK-1 in status"
        + " In Process (allowed from: To Process)\"");
  }

  // ---- (c) faults carry the envelope

  @Test
  void injectedFaultsAnswerWithThePartnerEnvelope() throws IOException {
    fake.faults().next(Fault.serverError(503));
    fake.faults().next(Fault.rateLimited(Duration.ofSeconds(2)));

    Answer unavailable = post(CREATE, VALID_CREATE);
    Answer limited = post(CREATE, VALID_CREATE);

    assertThat(unavailable.status).isEqualTo(503);
    assertThat(unavailable.masked()).isEqualTo("{\"status\":503,"
        + "\"message\":\"Service Unavailable\",\"data\":null,\"errors\":null,"
        + "\"request_id\":\"<id>\"}");
    assertThat(limited.status).isEqualTo(429);
    assertThat(limited.response.header("Retry-After")).isEqualTo("2");
    assertThat(limited.masked()).isEqualTo("{\"status\":429,"
        + "\"message\":\"Too Many Attempts.\",\"data\":null,\"errors\":null,"
        + "\"request_id\":\"<id>\"}");
    assertThat(fake.orders()).isEmpty();

    try (Response noKey = http.newCall(new Request.Builder()
        .url(fake.baseUrl() + "api/partner/v1/orders/create")
        .post(RequestBody.create(VALID_CREATE, JSON)).build()).execute()) {
      assertThat(noKey.code()).isEqualTo(401);
      assertThat(noKey.body().string().replaceAll("[0-9a-f-]{36}", "<id>")).isEqualTo(
          "{\"status\":401,\"message\":\"Unauthenticated.\",\"data\":null,\"errors\":null,"
          + "\"request_id\":\"<id>\"}");
    }
  }

  // ---- (d) seeding

  @Test
  void aSeededOrderIsShownByDetail() throws IOException {
    String seed = "{\"order_code\": \"SEED-1\", \"internal_status\": \"Packed\","
        + " \"created_at\": \"2025-09-17T01:12:09Z\", \"updated_at\": \"2025-09-20T01:27:06Z\","
        + " \"payment_type\": \"COD\", \"location_id\": 1,"
        + " \"shipping_info\": {\"provider_name\": \"Dethix\", \"provider_service\": \"Reguler\","
        + " \"logistic_carrier\": \"Dethix Reguler\", \"tracking_number\": \"DTX1234567\"},"
        + " \"recipient_info\": {\"name\": \"Abdul\", \"city\": \"Jakarta Pusat\"},"
        + " \"product_info\": [{\"sku\": \"BARANG\", \"price\": \"2000.00\", \"quantity\": 2,"
        + " \"weight\": 0.001}]}";
    try (Response seeded = http.newCall(new Request.Builder()
        .url(fake.baseUrl() + "__orderkit/seed").post(RequestBody.create(seed, JSON)).build())
        .execute()) {
      assertThat(seeded.code()).isEqualTo(201);
      String detailData = seeded.body().string();
      Answer detail = get("api/partner/v1/orders/1/detail");

      String expected = "{\"order_id\":1,\"order_code\":\"SEED-1\","
          + "\"original_order_code\":\"SEED-1\",\"internal_status\":\"Packed\","
          + "\"external_status\":\"READY_TO_SHIP\",\"cancel_by\":null,\"cancel_reason\":null,"
          + "\"channel\":null,\"created_via\":\"API\",\"client_id\":\"TENANT-TEST\","
          + "\"client_name\":\"\",\"location_id\":1,\"store_name\":\"Toko Offline\","
          + "\"store_channel_id\":null,\"delivery\":\"REGULER\","
          + "\"shipping_info\":{\"provider_name\":\"Dethix\",\"provider_service\":\"Reguler\","
          + "\"logistic_carrier\":\"Dethix Reguler\",\"tracking_number\":\"DTX1234567\","
          + "\"routing_code\":null,\"sorting_code\":null},\"payment_type\":\"COD\","
          + "\"payment_via\":null,\"recipient_info\":{\"name\":\"Abdul\",\"phone\":null,"
          + "\"email\":null,\"country\":null,\"state\":null,\"city\":\"Jakarta Pusat\","
          + "\"district\":null,\"sub_district\":null,\"full_address\":null,\"postal_code\":null,"
          + "\"longitude\":null,\"latitude\":null,\"remarks\":null},"
          + "\"buyer_info\":{\"name\":null,\"phone\":null,\"email\":null,\"full_address\":null,"
          + "\"remarks\":null},\"dropshipper_info\":{\"name\":null,\"phone\":null,"
          + "\"email\":null,\"full_address\":null},"
          + "\"product_info\":[{\"order_detail_id\":1,\"product_id\":null,"
          + "\"product_name\":null,\"is_cancel\":false,\"sku\":\"BARANG\","
          + "\"price\":\"2000.00\",\"currency\":\"IDR\",\"quantity\":2,\"weight\":0.001}],"
          + "\"price_info\":{\"sub_total\":\"4000.00\",\"shipping_price\":\"0.00\","
          + "\"total_discount\":\"0.00\",\"tax\":\"0.00\",\"cod_price\":\"0.00\","
          + "\"dfod_price\":\"0.00\",\"insurance_price\":\"0.00\",\"grand_total\":\"4000.00\","
          + "\"currency\":\"IDR\"},\"discount_info\":[],\"checkout_at\":null,"
          + "\"paid_at\":\"2025-09-17T01:12:09.000000Z\",\"cancel_sla_at\":null,"
          + "\"created_at\":\"2025-09-17T01:12:09.000000Z\","
          + "\"updated_at\":\"2025-09-20T01:27:06.000000Z\",\"fulfill_by_mp\":false}";
      assertThat(detailData).isEqualTo(expected);
      assertThat(detail.masked()).isEqualTo("{\"status\":200,\"message\":\"Ok\",\"data\":"
          + expected + ",\"errors\":null,\"request_id\":\"<id>\"}");
    }
    assertThat(fake.statusOf("SEED-1")).contains("packed");
    Answer shipped = post("api/partner/v1/orders/fulfillment/ship",
        "{\"order_code\": \"SEED-1\"}");
    assertThat(shipped.status).isEqualTo(200);
    assertThat(fake.order("SEED-1").get().trackingNumber()).contains("DTX1234567");

    try (Response refused = http.newCall(new Request.Builder()
        .url(fake.baseUrl() + "__orderkit/seed")
        .post(RequestBody.create("[{\"order_code\": \"S-2\", \"internal_status\": \"Packed\","
            + " \"order_kode\": \"x\"}]", JSON)).build()).execute()) {
      assertThat(refused.code()).isEqualTo(400);
      assertThat(refused.body().string()).isEqualTo(
          "{\"message\":\"[0] not fields of the order detail: [order_kode]\"}");
    }
    assertThat(fake.orders()).hasSize(1);
  }

  // ---- (e) the SDK end to end

  @Test
  void theSdkRunsTheWholeFlow() {
    try (PartnerClient partner = fake.client()) {
      ActionResult created = partner.orders().create(FakePartnerApiTest.order("E2E-1"));
      assertThat(created.status()).isEqualTo(201);

      OrderPage page = partner.orders().list(ListOrdersParams.builder().build());
      assertThat(page.totalData()).isEqualTo(1);
      OrderSummary summary = page.items().get(0);
      assertThat(summary.orderCode()).isEqualTo("E2E-1");
      assertThat(summary.internalStatus().is(OrderStatus.TO_PROCESS)).isTrue();

      OrderDetail detail = partner.orders().detail(summary.orderHeaderId());
      assertThat(detail.priceInfo().get().grandTotal()).isEqualByComparingTo("42000.50");
      assertThat(detail.productLines()).extracting(l -> l.price())
          .containsExactly(new BigDecimal("15000.00"), new BigDecimal("2000.50"));

      partner.fulfillment().process("E2E-1");
      assertThat(fake.statusOf("E2E-1")).contains("process");
      partner.fulfillment().pack(PackOrderParams.builder().orderCode("E2E-1")
          .pickupOption(PickupOption.MID_PICKUP).build());
      assertThat(fake.order("E2E-1").get().pickupOption()).contains("MID_PICKUP");
      ShippingLabel label = partner.fulfillment().shippingLabel(
          ShippingLabelParams.builder().orderCode("E2E-1").markAsPrinted(true).build());
      assertThat(label.url()).isEqualTo(fake.baseUrl() + "labels/E2E-1.pdf");
      partner.fulfillment().ship("E2E-1");
      partner.fulfillment().complete("E2E-1");

      Tracking tracking = partner.tracking().track("E2E-1");
      assertThat(tracking.orderStatus().is(OrderStatus.COMPLETED)).isTrue();
      assertThat(tracking.trackingNumber()).contains("FAKE0000000001");
      assertThat(tracking.courier()).contains("ID EXPRESS - iDlite");
      assertThat(tracking.orderHistory().stream().map(h -> h.status().value())
          .collect(Collectors.toList()))
          .containsExactly("Completed", "Shipped", "Packed", "In Process", "To Process");
      assertThat(tracking.deliveryHistory()).extracting(d -> d.status().get())
          .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.IN_TRANSIT);
      assertThat(fake.order("E2E-1").get().detail().get("internal_status"))
          .isEqualTo("Completed");
      assertThat(fake.order("E2E-1").get().request().get().get("order_code"))
          .isEqualTo("E2E-1");
    }
  }
}
