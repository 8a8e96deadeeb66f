package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.OrderItem;
import java.io.IOException;
import java.math.BigDecimal;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FakeBosOnlineApi} as an oracle of the docs, through plain OkHttp (no SDK): field-by-field
 * request checks, the 400 body, injected faults in the API's format, seeding forms.
 */
class FakeBosOnlineApiOracleTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String SENDER = "\"sender\":{\"warehouse_name\":\"Alfian\","
      + "\"sender_name\":\"Alfian\",\"sender_phone\":\"081732131321\",\"sender_addr_id\":15022,"
      + "\"sender_detail\":\"Bukit Kismadani 6\",\"sender_latitude\":2.9372132131231,"
      + "\"sender_longitude\":3.41321312312312}";
  private static final String ITEMS = "\"items\":{\"pickup_via\":0,\"service_code\":\"00\","
      + "\"insurance_type\":1,\"courier_code\":\"idx\",\"note\":null,\"payment_method\":"
      + "{\"type\":\"cod\",\"bank\":null},\"order_type\":0,\"delivery_voucher_code\":null,"
      + "\"discount_voucher_code\":null,\"wa_validation\":true,\"order_items\":["
      + "{\"item_sku\":\"BAT-AA-001-01\",\"item_qty\":1},"
      + "{\"item_sku\":\"BAT-AA-001-02\",\"item_qty\":1}]}";

  private final FakeBosOnlineApi fake = new FakeBosOnlineApi().start();
  private final PlainHttp http = new PlainHttp(fake);

  @AfterEach
  void close() {
    http.close();
    fake.close();
  }

  private static String receiver(String nameField, String addrId) {
    return "\"receiver\":{\"" + nameField + "\":\"Faisol\",\"receiver_phone\":\"083131412312\","
        + "\"receiver_addr_id\":" + addrId + ",\"receiver_address\":\"BUkit Kismadani1\","
        + "\"receiver_detail\":[{\"field_name\":\"Nama Pembeli\",\"value\":\"kiroomin\"}]}";
  }

  private static String body(String receiver, String items) {
    return "{" + SENDER + "," + receiver + "," + items + "}";
  }

  private String[] call(String method, String path, String body) throws IOException {
    return http.call(method, path, body);
  }

  @Test
  void theDocsExampleGetsTheDocumentedResult() throws IOException {
    String[] r = call("POST", "order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID,
        body(receiver("receiver_name", "15022"), ITEMS));

    assertThat(r[0]).isEqualTo("200");
    assertThat(r[1]).isEqualTo("{\"data\":{\"cs_phone\":\"6289765183712\",\"payment\":["
        + "{\"bank_atasnama\":\"Mohammad Alfian R aja\",\"bank_code\":\"BCA\","
        + "\"bank_name\":\"BANK CENTRAL ASIA\",\"bank_rekening\":\"345193134434\","
        + "\"file_name\":\"uploads/bank/\",\"file_path\":\"bca.jpg\"}],"
        + "\"product_name\":\"Kopi Arabica\",\"social_media\":["
        + "{\"name\":\"facebook\",\"url\":\"https://facebook.com\"},"
        + "{\"name\":\"instagram\",\"url\":\"https://instagram.com\"}],\"total_payment\":102200},"
        + "\"message\":\"Lakukan pembayaran ke salah satu bank berikut agar segera kami proses "
        + "pesananmu\"}");
    assertThat(fake.orders()).singleElement()
        .satisfies(o -> assertThat(o.get("receiver.receiver_name")).isEqualTo("Faisol"));
  }

  @Test
  void aMisspeltRequiredFieldIsRefusedNamingIt() throws IOException {
    String[] r = call("POST", "order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID,
        body(receiver("reciever_name", "15022"), ITEMS));

    assertThat(r[0]).isEqualTo("400");
    assertThat(r[1]).isEqualTo("{\"message\":\"Invalid input\",\"errors\":"
        + "{\"receiver.receiver_name\":[\"The receiver.receiver_name field is required.\"]}}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aMistypedFieldIsRefusedNamingIt() throws IOException {
    String[] r = call("POST", "order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID,
        body(receiver("receiver_name", "\"15022\""),
            ITEMS.replace("\"wa_validation\":true", "\"wa_validation\":\"yes\"")));

    assertThat(r[0]).isEqualTo("400");
    assertThat(r[1]).isEqualTo("{\"message\":\"Invalid input\",\"errors\":{"
        + "\"receiver.receiver_addr_id\":[\"The receiver.receiver_addr_id field must be an "
        + "integer.\"],"
        + "\"items.wa_validation\":[\"The items.wa_validation field must be true or false.\"]}}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void anUnknownFormIsTheDocumented404() throws IOException {
    String[] r = call("POST", "order/no-such-form", body(receiver("receiver_name", "1"), ITEMS));
    assertThat(r[0]).isEqualTo("404");
    assertThat(r[1]).isEqualTo("{\"message\":\"Record not found\"}");
  }

  @Test
  void anInjectedServerErrorCarriesTheApisErrorBody() throws IOException {
    fake.faults().next(Fault.serverError(503));
    String[] r = call("POST", "order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID,
        body(receiver("receiver_name", "15022"), ITEMS));

    assertThat(r[0]).isEqualTo("503");
    assertThat(r[1]).isEqualTo("{\"message\":\"Service Unavailable\"}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aWrongTokenGetsTheErrorShape() throws IOException {
    Request request = new Request.Builder().url(fake.baseUrl() + "order/x")
        .header("Authorization", "Bearer nope").post(RequestBody.create("{}", JSON)).build();
    try (Response response = http.client().newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.body().string()).isEqualTo("{\"message\":\"Unauthenticated.\"}");
    }
  }

  @Test
  void seededFormsSellThroughTheApi() throws IOException {
    String[] seeded = call("POST", "__orderkit/seed",
        "[{\"form_id\":\"form-teh\",\"product_name\":\"Teh Melati\",\"unit_price\":25000},"
            + "{\"form_id\":\"form-kopi\",\"product_name\":\"Kopi Robusta\","
            + "\"variant_prices\":{\"BAT-AA-001-01\":30000,\"BAT-AA-001-02\":1000.50}}]");
    assertThat(seeded[0]).isEqualTo("201");
    assertThat(seeded[1]).isEqualTo("{\"forms\":["
        + "{\"form_id\":\"form-teh\",\"product_name\":\"Teh Melati\",\"unit_price\":25000},"
        + "{\"form_id\":\"form-kopi\",\"product_name\":\"Kopi Robusta\","
        + "\"variant_prices\":{\"BAT-AA-001-01\":30000,\"BAT-AA-001-02\":1000.50}}]}");
    assertThat(fake.formIds()).containsExactly(FakeBosOnlineApi.EXAMPLE_FORM_ID, "form-teh",
        "form-kopi");

    String[] teh = call("POST", "order/form-teh", body(receiver("receiver_name", "1"), ITEMS));
    assertThat(teh[0]).isEqualTo("200");
    assertThat(teh[1]).contains("\"product_name\":\"Teh Melati\"", "\"total_payment\":50000}");
    String[] kopi = call("POST", "order/form-kopi", body(receiver("receiver_name", "1"), ITEMS));
    assertThat(kopi[1]).contains("\"product_name\":\"Kopi Robusta\"",
        "\"total_payment\":31000.50}");
  }

  @Test
  void aSeedWithAMisspeltOrMistypedFieldIsRefusedAndAddsNothing() throws IOException {
    String[] misspelt = call("POST", "__orderkit/seed",
        "{\"form_id\":\"f\",\"product_name\":\"P\",\"unit_prise\":1}");
    assertThat(misspelt[0]).isEqualTo("400");
    assertThat(misspelt[1]).contains("unit_prise: not a field of a form");

    String[] mistyped = call("POST", "__orderkit/seed",
        "[{\"form_id\":\"f\",\"product_name\":\"P\",\"unit_price\":\"1\"}]");
    assertThat(mistyped[0]).isEqualTo("400");
    assertThat(mistyped[1]).contains("[0].unit_price: must be a number of 0 or more");
    assertThat(fake.formIds()).containsExactly(FakeBosOnlineApi.EXAMPLE_FORM_ID);
  }

  @Test
  void theSdkChecksOutThroughASeededForm() throws IOException {
    call("POST", "__orderkit/seed",
        "{\"form_id\":\"form-teh\",\"product_name\":\"Teh Melati\",\"unit_price\":25000.25}");

    try (BosOnlineClient bos = fake.client()) {
      CreateOrderResult r = bos.checkout().create("form-teh",
          FakeBosOnlineApiTest.order(OrderItem.of("TEH-1", 2)));
      assertThat(r.totalPayment()).isEqualByComparingTo("50000.50");
      assertThat(r.productName()).hasValue("Teh Melati");
      assertThat(r.csPhone()).hasValue(FakeBosOnlineApi.CS_PHONE);
      assertThat(r.payment()).singleElement()
          .satisfies(b -> assertThat(b.bankCode()).hasValue("BCA"));
    }
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.formId()).isEqualTo("form-teh");
      assertThat(o.totalPayment()).isEqualTo(new BigDecimal("50000.50"));
      assertThat(o.get("items.order_items.0.item_qty")).isEqualTo(new BigDecimal("2"));
    });
  }
}
