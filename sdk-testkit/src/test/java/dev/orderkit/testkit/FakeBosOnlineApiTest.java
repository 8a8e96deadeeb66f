package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.bosonline.model.BankAccount;
import dev.orderkit.bosonline.model.CheckoutItems;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.OrderItem;
import dev.orderkit.bosonline.model.PaymentMethod;
import dev.orderkit.bosonline.model.Receiver;
import dev.orderkit.bosonline.model.ReceiverDetail;
import dev.orderkit.bosonline.model.Sender;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.BadRequestException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.spi.JsonTree;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bosOnline SDK end to end against {@link FakeBosOnlineApi}: checkout with the docs' example
 * (the result computed by the fake), unknown forms, invalid input, tokens that expire and are
 * refreshed, auth failures, undocumented paths, and one call without the SDK. Faults are in
 * {@link FakeBosOnlineApiFaultsTest}.
 */
class FakeBosOnlineApiTest {
  private FakeBosOnlineApi fake;
  private BosOnlineClient bos;

  @BeforeEach
  void start() {
    fake = new FakeBosOnlineApi().start();
    bos = fake.client();
  }

  @AfterEach
  void stop() {
    bos.close();
    fake.close();
  }

  @Test
  void checkoutWithTheDocsExampleReturnsTheDocumentedResultAndHoldsTheOrder() {
    CreateOrderResult result = bos.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID,
        docsExample());

    assertThat(result.totalPayment()).isEqualByComparingTo("102200");
    assertThat(result.productName()).hasValue("Kopi Arabica");
    assertThat(result.csPhone()).hasValue("6289765183712");
    assertThat(result.message()).hasValue(
        "Lakukan pembayaran ke salah satu bank berikut agar segera kami proses pesananmu");
    assertThat(result.payment()).hasSize(1);
    BankAccount bank = result.payment().get(0);
    assertThat(bank.bankCode()).hasValue("BCA");
    assertThat(bank.bankName()).hasValue("BANK CENTRAL ASIA");
    assertThat(bank.bankRekening()).hasValue("345193134434");
    assertThat(bank.bankAtasnama()).hasValue("Mohammad Alfian R aja");
    assertThat(result.socialMedia()).extracting(s -> s.name().orElse(null))
        .containsExactly("facebook", "instagram");
    assertThat(result.socialMedia()).extracting(s -> s.url().orElse(null))
        .containsExactly("https://facebook.com", "https://instagram.com");
    assertThat(result.additionalProperties()).isEmpty();

    assertThat(fake.orders()).hasSize(1);
    FakeBosOnlineApi.Order order = fake.orders().get(0);
    assertThat(order.number()).isEqualTo(1);
    assertThat(order.formId()).isEqualTo(FakeBosOnlineApi.EXAMPLE_FORM_ID);
    assertThat(order.productName()).isEqualTo("Kopi Arabica");
    assertThat(order.totalPayment()).isEqualByComparingTo("102200");
    assertThat(order.get("receiver.receiver_name")).isEqualTo("Faisol");
    assertThat(order.get("sender.sender_addr_id")).isEqualTo(new BigDecimal("15022"));
    assertThat(order.get("receiver.receiver_detail.1.value")).isEqualTo("mkiroomin@gmail.com");
    assertThat(order.get("items.payment_method.type")).isEqualTo("cod");
    assertThat(order.get("items.wa_validation")).isEqualTo(true);
    assertThat(order.get("items.order_items.1.item_sku")).isEqualTo("BAT-AA-001-02");
    assertThat(order.get("items.order_items.1.item_qty")).isEqualTo(BigDecimal.ONE);
    assertThat(order.get("items.order_items.2.item_sku")).isNull();
    assertThat(order.body()).containsKeys("sender", "receiver", "items");
    assertThat(fake.order(1)).isSameAs(order);
    assertThat(fake.order(2)).isNull();

    List<RecordedCall> requests = fake.requests();
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).method()).isEqualTo("POST");
    assertThat(requests.get(0).path())
        .isEqualTo("/order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID);
    assertThat(requests.get(0).header("Authorization"))
        .isEqualTo("Bearer " + FakeBosOnlineApi.DEFAULT_API_KEY);
  }

  @Test
  void theTotalComesFromTheQuantitiesAndTheFormsPrices() {
    fake.addForm("form-teh", "Teh Melati", Map.of(
        "TEH-250", new BigDecimal("25000"), "TEH-500", new BigDecimal("47500.50")));
    fake.addForm("form-kopi", "Kopi Robusta", new BigDecimal("30000"));

    CreateOrderResult teh = bos.checkout().create("form-teh",
        order(OrderItem.of("TEH-250", 3), OrderItem.of("TEH-500", 2)));
    CreateOrderResult kopi = bos.checkout().create("form-kopi",
        order(OrderItem.of("ANY-SKU", 4)));

    assertThat(teh.productName()).hasValue("Teh Melati");
    assertThat(teh.totalPayment()).isEqualByComparingTo("170001.00");
    assertThat(kopi.productName()).hasValue("Kopi Robusta");
    assertThat(kopi.totalPayment()).isEqualByComparingTo("120000");
    assertThat(fake.orders()).extracting(FakeBosOnlineApi.Order::formId)
        .containsExactly("form-teh", "form-kopi");
    assertThat(fake.orders()).extracting(FakeBosOnlineApi.Order::number).containsExactly(1, 2);
    assertThat(fake.formIds())
        .containsExactly(FakeBosOnlineApi.EXAMPLE_FORM_ID, "form-teh", "form-kopi");
  }

  @Test
  void aSkuTheFormDoesNotSellIsA400() {
    fake.addForm("form-teh", "Teh Melati", Map.of("TEH-250", new BigDecimal("25000")));

    Throwable thrown = catchThrowable(() -> bos.checkout().create("form-teh",
        order(OrderItem.of("TEH-250", 1), OrderItem.of("KOPI-1", 1))));

    assertThat(thrown).isInstanceOf(BadRequestException.class);
    assertThat(((BadRequestException) thrown).fieldErrors())
        .containsOnlyKeys("items.order_items.1.item_sku");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void anUnknownFormIsNotFound() {
    Throwable thrown = catchThrowable(() -> bos.checkout().create("no-such-form",
        docsExample()));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) thrown).status()).isEqualTo(404);
    assertThat(((NotFoundException) thrown).apiMessage()).contains("Record not found");
    assertThat(fake.orders()).isEmpty();
    assertThat(fake.requests()).hasSize(1);
  }

  @Test
  void aRemovedFormIsNotFound() {
    fake.removeForm(FakeBosOnlineApi.EXAMPLE_FORM_ID);

    Throwable thrown = catchThrowable(() -> bos.checkout().create(
        FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample()));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(fake.formIds()).isEmpty();
  }

  @Test
  void invalidInputSentRawIsA400NamingEachPath() {
    // The SDK's builders refuse this input, so it goes through the untyped request.
    Map<String, Object> body = docsExampleTree();
    body.remove("receiver");
    @SuppressWarnings("unchecked")
    Map<String, Object> items = (Map<String, Object>) body.get("items");
    items.put("order_items", List.of(Map.of("item_sku", "BAT-AA-001-01", "item_qty", 0),
        Map.of("item_sku", " ", "item_qty", 1)));
    items.remove("wa_validation");
    @SuppressWarnings("unchecked")
    Map<String, Object> sender = (Map<String, Object>) body.get("sender");
    sender.put("sender_latitude", new BigDecimal("91"));

    Throwable thrown = catchThrowable(() -> bos.request("POST",
        "/order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID).body(body).execute());

    assertThat(thrown).isInstanceOf(BadRequestException.class);
    BadRequestException e = (BadRequestException) thrown;
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.apiMessage()).contains("Invalid input");
    assertThat(e.fieldErrors()).containsOnlyKeys("sender.sender_latitude", "receiver",
        "items.wa_validation", "items.order_items.0.item_qty",
        "items.order_items.1.item_sku");
    assertThat(e.fieldErrors().get("items.order_items.0.item_qty"))
        .containsExactly("The items.order_items.0.item_qty field must be at least 1.");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void missingSenderItemsOrOrderItemsAndBodiesThatAreNotObjectsAre400s() {
    Map<String, Object> noSender = docsExampleTree();
    noSender.remove("sender");
    Map<String, Object> noItems = docsExampleTree();
    noItems.remove("items");
    Map<String, Object> emptyItems = docsExampleTree();
    @SuppressWarnings("unchecked")
    Map<String, Object> items = (Map<String, Object>) emptyItems.get("items");
    items.put("order_items", List.of());
    Map<String, Object> stringQty = docsExampleTree();
    @SuppressWarnings("unchecked")
    Map<String, Object> items2 = (Map<String, Object>) stringQty.get("items");
    items2.put("order_items", List.of(Map.of("item_sku", "A", "item_qty", "2")));

    assertThat(fieldErrorsOf(noSender)).containsOnlyKeys("sender");
    assertThat(fieldErrorsOf(noItems)).containsOnlyKeys("items");
    assertThat(fieldErrorsOf(emptyItems)).containsOnlyKeys("items.order_items");
    assertThat(fieldErrorsOf(stringQty)).containsOnlyKeys("items.order_items.0.item_qty");
    assertThat(fieldErrorsOf(List.of(1, 2))).containsOnlyKeys("body");
    assertThat(fake.orders()).isEmpty();
  }

  private Map<String, List<String>> fieldErrorsOf(Object body) {
    Throwable thrown = catchThrowable(() -> bos.request("POST",
        "/order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID).body(body).execute());
    assertThat(thrown).isInstanceOf(BadRequestException.class);
    return ((BadRequestException) thrown).fieldErrors();
  }

  @Test
  void anExpiredTokenIsRefreshedOnceThroughTheSupplierAndTheCheckoutReplayedOnce() {
    AtomicInteger fetches = new AtomicInteger();
    try (BosOnlineClient refreshing = fake.clientBuilder().tokenSupplier(() -> {
      fetches.incrementAndGet();
      return fake.issueToken();
    }).build()) {
      refreshing.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample());
      fake.expireToken();

      CreateOrderResult second = refreshing.checkout().create(
          FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample());

      assertThat(second.totalPayment()).isEqualByComparingTo("102200");
      assertThat(fetches).hasValue(2);
      assertThat(authorizations()).containsExactly(
          "Bearer ok_test_bosonline_token_1",
          "Bearer ok_test_bosonline_token_1", // refused: expired
          "Bearer ok_test_bosonline_token_2");
      assertThat(fake.orders()).as("the refused call was not processed, the replay was")
          .hasSize(2);
      assertThat(fake.isValidToken("ok_test_bosonline_token_1")).isFalse();
      assertThat(fake.isValidToken(FakeBosOnlineApi.DEFAULT_API_KEY)).isTrue();
    }
  }

  @Test
  void aTokenRefusedAgainAfterTheRefreshFailsWithTheAuthenticationError() {
    AtomicInteger fetches = new AtomicInteger();
    try (BosOnlineClient refreshing = fake.clientBuilder().tokenSupplier(() -> {
      fetches.incrementAndGet();
      return "ok_test_bosonline_never_valid";
    }).build()) {
      Throwable thrown = catchThrowable(() -> refreshing.checkout().create(
          FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample()));

      assertThat(thrown).isInstanceOf(AuthenticationException.class);
      assertThat(fetches).as("fetched, then refreshed once").hasValue(2);
      assertThat(fake.requests()).as("sent, then replayed once").hasSize(2);
      assertThat(fake.orders()).isEmpty();
    }
  }

  @Test
  void aWrongKeyIsA401() {
    try (BosOnlineClient wrong = fake.clientBuilder().token("ok_test_wrong").build()) {
      Throwable thrown = catchThrowable(() -> wrong.checkout().create(
          FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample()));

      assertThat(thrown).isInstanceOf(AuthenticationException.class);
      assertThat(((AuthenticationException) thrown).status()).isEqualTo(401);
      assertThat(((AuthenticationException) thrown).apiMessage()).contains("Unauthenticated.");
      assertThat(fake.orders()).isEmpty();
    }
  }

  @Test
  void aMissingKeyIsA401() throws Exception {
    HttpURLConnection c = post(fake.baseUrl() + "order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID,
        null, Launcher.BOSONLINE_EXAMPLE_BODY);

    assertThat(c.getResponseCode()).isEqualTo(401);
    assertThat(JsonTree.adapter().fromJson(read(c.getErrorStream())))
        .isEqualTo(Map.of("message", "Unauthenticated."));
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void theDefaultKeyStaysValidUntilExpiredAndAFixedKeyIsNotReplayed() {
    bos.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample());
    fake.expireToken(); // no token issued: the default key is the current one

    Throwable thrown = catchThrowable(() -> bos.checkout().create(
        FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample()));

    assertThat(thrown).isInstanceOf(AuthenticationException.class);
    assertThat(((AuthenticationException) thrown).apiMessage()).contains("Token has expired");
    assertThat(fake.requests()).hasSize(2);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void resetForgetsOrdersFormsAndIssuedTokensAndRestoresTheKey() {
    fake.addForm("form-teh", "Teh Melati", new BigDecimal("25000"));
    String issued = fake.issueToken();
    bos.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample());
    fake.expireToken(FakeBosOnlineApi.DEFAULT_API_KEY);

    fake.reset();

    assertThat(fake.orders()).isEmpty();
    assertThat(fake.requests()).isEmpty();
    assertThat(fake.formIds()).containsExactly(FakeBosOnlineApi.EXAMPLE_FORM_ID);
    assertThat(fake.isValidToken(issued)).isFalse();
    assertThat(fake.isValidToken(FakeBosOnlineApi.DEFAULT_API_KEY)).isTrue();
    assertThat(bos.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample())
        .totalPayment()).isEqualByComparingTo("102200");
    assertThat(fake.orders()).extracting(FakeBosOnlineApi.Order::number).containsExactly(1);
  }

  @Test
  void undocumentedPathsAreJson404s() {
    Throwable list = catchThrowable(() -> bos.request("GET", "/order/list").execute());
    Throwable get = catchThrowable(() -> bos.request("GET",
        "/order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID).execute());

    assertThat(list).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) list).apiMessage()).contains("Not found");
    assertThat(get).isInstanceOf(NotFoundException.class);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void worksWithoutTheSdk() throws Exception {
    HttpURLConnection c = post(fake.baseUrl() + "order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID,
        "Bearer " + fake.apiKey(), Launcher.BOSONLINE_EXAMPLE_BODY);

    assertThat(c.getResponseCode()).isEqualTo(200);
    assertThat(c.getContentType()).startsWith("application/json");
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) JsonTree.adapter()
        .fromJson(read(c.getInputStream()));
    assertThat(root).containsOnlyKeys("data", "message");
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) root.get("data");
    assertThat(data).containsOnlyKeys("cs_phone", "payment", "product_name", "social_media",
        "total_payment");
    assertThat(data.get("total_payment")).isEqualTo(new BigDecimal("102200"));
    assertThat(data.get("product_name")).isEqualTo("Kopi Arabica");
    assertThat(fake.orders()).hasSize(1);
    assertThat(fake.orders().get(0).get("receiver.receiver_name")).isEqualTo("Faisol");
  }

  // ---- helpers ----

  private List<String> authorizations() {
    List<String> values = new ArrayList<>();
    for (RecordedCall r : fake.requests()) {
      values.add(r.header("Authorization"));
    }
    return values;
  }

  static HttpURLConnection post(String url, String authorization, String body)
      throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setConnectTimeout(5000);
    c.setReadTimeout(5000);
    c.setRequestProperty("Content-Type", "application/json");
    if (authorization != null) {
      c.setRequestProperty("Authorization", authorization);
    }
    try (OutputStream out = c.getOutputStream()) {
      out.write(body.getBytes(StandardCharsets.UTF_8));
    }
    return c;
  }

  static String read(InputStream in) throws Exception {
    try (InputStream i = in) {
      return new String(i.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The docs' example request with {@code items} as its product lines. */
  static CreateOrderParams order(OrderItem... items) {
    CheckoutItems.Builder checkout = CheckoutItems.builder()
        .pickupVia(0)
        .serviceCode("00")
        .insuranceType(1)
        .courierCode("idx")
        .paymentMethod(PaymentMethod.cod())
        .orderType(0)
        .waValidation(true);
    for (OrderItem item : items) {
      checkout.addOrderItem(item);
    }
    return CreateOrderParams.builder()
        .sender(Sender.builder()
            .warehouseName("Alfian")
            .senderName("Alfian")
            .senderPhone("081732131321")
            .senderAddrId(15022)
            .senderDetail("Bukit Kismadani 6")
            .senderLatitude(new BigDecimal("2.9372132131231"))
            .senderLongitude(new BigDecimal("3.41321312312312"))
            .build())
        .receiver(Receiver.builder()
            .receiverName("Faisol")
            .receiverPhone("083131412312")
            .receiverAddrId(15022)
            .receiverAddress("BUkit Kismadani1")
            .addReceiverDetail(ReceiverDetail.of("Nama Pembeli", "kiroomin Muqorrobin"))
            .addReceiverDetail(ReceiverDetail.of("Alamat Email", "mkiroomin@gmail.com"))
            .build())
        .items(checkout.build())
        .build();
  }

  /** The docs' example request: two items of the example form, one each. */
  static CreateOrderParams docsExample() {
    return order(OrderItem.of("BAT-AA-001-01", 1), OrderItem.of("BAT-AA-001-02", 1));
  }

  /** The docs' example request as a JSON tree, to break it where the SDK's builders would not. */
  static Map<String, Object> docsExampleTree() {
    Map<String, Object> sender = new LinkedHashMap<>();
    sender.put("warehouse_name", "Alfian");
    sender.put("sender_name", "Alfian");
    sender.put("sender_phone", "081732131321");
    sender.put("sender_addr_id", 15022);
    sender.put("sender_detail", "Bukit Kismadani 6");
    sender.put("sender_latitude", new BigDecimal("2.9372132131231"));
    sender.put("sender_longitude", new BigDecimal("3.41321312312312"));
    Map<String, Object> receiver = new LinkedHashMap<>();
    receiver.put("receiver_name", "Faisol");
    receiver.put("receiver_phone", "083131412312");
    receiver.put("receiver_addr_id", 15022);
    receiver.put("receiver_address", "BUkit Kismadani1");
    receiver.put("receiver_detail", List.of(
        Map.of("field_name", "Nama Pembeli", "value", "kiroomin Muqorrobin")));
    Map<String, Object> items = new LinkedHashMap<>();
    items.put("pickup_via", 0);
    items.put("service_code", "00");
    items.put("insurance_type", 1);
    items.put("courier_code", "idx");
    items.put("payment_method", Map.of("type", "cod"));
    items.put("order_type", 0);
    items.put("wa_validation", true);
    items.put("order_items", List.of(
        new LinkedHashMap<>(Map.of("item_sku", "BAT-AA-001-01", "item_qty", 1))));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("sender", sender);
    root.put("receiver", receiver);
    root.put("items", items);
    return root;
  }
}
