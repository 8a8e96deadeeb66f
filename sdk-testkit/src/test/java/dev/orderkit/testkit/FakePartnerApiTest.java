package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.BadRequestException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.partner.OrderPage;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.Buyer;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CancelReason;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.Customer;
import dev.orderkit.partner.model.Delivery;
import dev.orderkit.partner.model.DeliveryStatus;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderHistoryEntry;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PaymentMethod;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.Recipient;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ReturnReason;
import dev.orderkit.partner.model.ShippingAddress;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.SortDirection;
import dev.orderkit.partner.model.Tracking;
import dev.orderkit.partner.model.UpdateOrderParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partner SDK end to end against {@link FakePartnerApi}: the lifecycle, cancel and return
 * paths, refusals, paging, auth, every fault kind, and one call without the SDK.
 */
class FakePartnerApiTest {
  private FakePartnerApi fake;
  private PartnerClient partner;

  @BeforeEach
  void start() {
    fake = new FakePartnerApi().start();
    partner = fake.client();
  }

  @AfterEach
  void stop() {
    partner.close();
    fake.close();
  }

  static CreateOrderParams order(String code) {
    return CreateOrderParams.builder()
        .orderCode(code)
        .paymentMethodType(PaymentMethod.NON_COD)
        .paymentVia("TRANSFER BANK")
        .storeId("1")
        .locationId("7")
        .originCode("31.73.07.1001")
        .recipient(Recipient.builder().name("Mark Smith").phone("+628292839282")
            .city("Kabupaten Tasikmalaya").province("Jawa Barat").country("Indonesia")
            .postalCode("46465").fullAddress("Sariwangi Parongpong Bandung").build())
        .buyer(Buyer.builder().name("Mark Smith").phone("+628292839282")
            .email("example@gmail.com").build())
        .delivery(Delivery.builder().logisticProviderName("ID EXPRESS")
            .logisticServiceName("iDlite").logisticCarrier("ID EXPRESS - iDlite").build())
        .addProduct(ProductItem.builder().name("Handuk").sku("SKU-001").productId(1L)
            .unitPrice(new BigDecimal("15000")).unitWeight(new BigDecimal("1.00")).qty(2).build())
        .addProduct(ProductItem.builder().sku("SKU-002")
            .unitPrice(new BigDecimal("2000.5")).qty(1).build())
        .price(OrderPrice.builder().subTotalPrice(new BigDecimal("32000.5"))
            .shippingPrice(new BigDecimal("10000")).grandTotalOrderPrice(new BigDecimal("42000.5"))
            .build())
        .build();
  }

  private static PackOrderParams pack(String code) {
    return PackOrderParams.builder().orderCode(code).pickupOption(PickupOption.LATE_PICKUP).build();
  }

  private static List<String> statuses(List<OrderHistoryEntry> history) {
    return history.stream().map(h -> h.status().value()).collect(Collectors.toList());
  }

  /** The statuses of the fake's own history entries (JSON trees). */
  private static List<String> heldStatuses(List<Map<String, Object>> history) {
    return history.stream().map(h -> (String) h.get("status")).collect(Collectors.toList());
  }

  @Test
  void lifecycleCreateListProcessPackShipCompleteTrack() {
    ActionResult created = partner.orders().create(order("ORD-1"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.message()).isEqualTo("Created");
    assertThat(created.requestId()).isPresent();

    OrderPage page = partner.orders().list(ListOrdersParams.builder().build());
    assertThat(page.totalData()).isEqualTo(1);
    OrderSummary summary = page.items().get(0);
    assertThat(summary.orderCode()).isEqualTo("ORD-1");
    assertThat(summary.internalStatus().value()).isEqualTo("To Process");
    assertThat(summary.internalStatus().known()).contains(OrderStatus.Known.TO_PROCESS);
    assertThat(summary.logisticCarrier()).contains("ID EXPRESS - iDlite");
    assertThat(summary.locationId()).contains(7L);

    OrderDetail detail = partner.orders().detail(summary.orderHeaderId());
    assertThat(detail.orderCode()).isEqualTo("ORD-1");
    assertThat(detail.recipientInfo().get().fullAddress()).contains("Sariwangi Parongpong Bandung");
    assertThat(detail.recipientInfo().get().state()).contains("Jawa Barat");
    assertThat(detail.productLines()).extracting(l -> l.sku(), l -> l.price(), l -> l.quantity())
        .containsExactly(Tuple.tuple("SKU-001", new BigDecimal("15000.00"), 2),
            Tuple.tuple("SKU-002", new BigDecimal("2000.50"), 1));
    assertThat(detail.priceInfo().get().grandTotal()).isEqualByComparingTo("42000.5");
    assertThat(detail.paymentType()).contains(PaymentMethod.NON_COD);
    Map<String, Object> held1 = fake.order("ORD-1").get().detail();
    assertThat(held1.get("order_id")).isEqualTo(summary.orderHeaderId());
    assertThat(held1.get("order_code")).isEqualTo(detail.orderCode());
    assertThat(held1.get("internal_status")).isEqualTo(detail.internalStatus().value());

    assertThat(partner.fulfillment().process("ORD-1").message())
        .isEqualTo("Success Process Order ORD-1");
    assertThat(fake.statusOf("ORD-1")).contains("process");
    assertThat(partner.orders().detail(summary.orderHeaderId()).internalStatus().value())
        .isEqualTo("In Process");
    assertThat(partner.fulfillment().pack(pack("ORD-1")).message())
        .isEqualTo("Success Packed Order ORD-1");
    assertThat(partner.fulfillment().ship("ORD-1").message())
        .isEqualTo("Success Shipped Order ORD-1");
    assertThat(fake.statusOf("ORD-1")).contains("shipped");
    assertThat(fake.order("ORD-1").get().trackingNumber()).contains("FAKE0000000001");

    ShippingLabel label = partner.fulfillment().shippingLabel(
        ShippingLabelParams.builder().orderCode("ORD-1").markAsPrinted(true).build());
    assertThat(label.url()).isEqualTo(fake.baseUrl() + "labels/ORD-1.pdf");
    assertThat(label.orderId()).isEqualTo(summary.orderHeaderId());
    assertThat(fake.order("ORD-1").get().labelPrinted()).isTrue();

    assertThat(partner.fulfillment().complete("ORD-1").message())
        .isEqualTo("Success Completed Order ORD-1");

    Tracking tracking = partner.tracking().track("ORD-1");
    assertThat(tracking.orderStatus().value()).isEqualTo("Completed");
    assertThat(tracking.trackingNumber()).contains("FAKE0000000001");
    assertThat(tracking.tenantId()).contains(FakePartnerApi.DEFAULT_TENANT_ID);
    assertThat(statuses(tracking.orderHistory())).as("newest first, as in the docs")
        .containsExactly("Completed", "Shipped", "Packed", "In Process", "To Process");
    assertThat(tracking.orderHistory()).extracting(h -> h.activity().get()).containsExactly(
        "Complete Order", "Ship Order", "Pack Order", "Process Order", "Create Order");
    assertThat(tracking.deliveryHistory()).extracting(d -> d.status().get())
        .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.IN_TRANSIT);
    assertThat(tracking.deliveryHistory().get(0).location()).contains("Kabupaten Tasikmalaya");

    FakePartnerApi.Order held = fake.order("ORD-1").get();
    assertThat(held.status()).isEqualTo("completed");
    assertThat(held.displayStatus()).isEqualTo("Completed");
    assertThat(heldStatuses(held.history()))
        .containsExactly("To Process", "In Process", "Packed", "Shipped", "Completed");
    assertThat(held.pickupOption()).contains("LATE_PICKUP");
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void cancelPaths() {
    partner.orders().create(order("C-1"));
    partner.fulfillment().process("C-1");
    ActionResult cancelled = partner.fulfillment().cancel(CancelOrderParams.builder()
        .orderCode("C-1").cancelBy(CancelReason.OUT_OF_STOCK).cancelReason("No towels left")
        .directCancel(true).build());
    assertThat(cancelled.message()).isEqualTo("Success Cancel Order C-1");
    assertThat(fake.statusOf("C-1")).contains("cancelled");
    OrderDetail detail = partner.orders().detail(fake.order("C-1").get().id());
    assertThat(detail.internalStatus().value()).isEqualTo("Cancelled");
    assertThat(detail.cancelBy()).contains(CancelReason.OUT_OF_STOCK);
    assertThat(detail.cancelReason()).contains("No towels left");
    assertThat(statuses(partner.tracking().track("C-1").orderHistory()))
        .containsExactly("Cancelled", "In Process", "To Process");

    // Without direct_cancel, cancel raises a request that approve-cancel answers.
    partner.orders().create(order("C-2"));
    partner.fulfillment().cancel(CancelOrderParams.builder().orderCode("C-2")
        .cancelBy(CancelReason.CUSTOMER_REQUEST).build());
    assertThat(fake.statusOf("C-2")).contains("to_process");
    assertThat(fake.order("C-2").get().cancellationRequested()).isTrue();
    assertThat(partner.fulfillment().approveCancel("C-2").message())
        .isEqualTo("Success Approve Cancel Order C-2");
    assertThat(fake.statusOf("C-2")).contains("cancelled");

    // A buyer's request, rejected: the status stays; a second answer has nothing to answer.
    partner.orders().create(order("C-3"));
    fake.requestCancellation("C-3", "customer_request", "changed my mind");
    assertThat(partner.fulfillment().rejectCancel("C-3").message())
        .isEqualTo("Success Reject Cancel Order C-3");
    assertThat(fake.statusOf("C-3")).contains("to_process");
    assertThat(fake.order("C-3").get().cancellationRequested()).isFalse();
    assertThatThrownBy(() -> partner.fulfillment().approveCancel("C-3"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no pending cancellation");
  }

  @Test
  void returnPathThroughProcessPacked() {
    partner.orders().create(order("R-1"));
    assertThat(partner.fulfillment().processAndPack(pack("R-1")).message())
        .isEqualTo("Success Process Packed Order R-1");
    assertThat(fake.statusOf("R-1")).contains("packed");
    partner.fulfillment().ship("R-1");
    ActionResult returned = partner.fulfillment().returnOrder(ReturnOrderParams.builder()
        .orderCode("R-1").returnBy(ReturnReason.CUSTOMER_REQUEST).returnReason("Wrong size")
        .build());
    assertThat(returned.message()).isEqualTo("Success Return Order R-1");

    FakePartnerApi.Order held = fake.order("R-1").get();
    assertThat(held.status()).isEqualTo("returned");
    assertThat(held.returnReason()).contains("Wrong size");
    assertThat(heldStatuses(held.history()))
        .containsExactly("To Process", "In Process", "Packed", "Shipped", "Returned");
    Tracking tracking = partner.tracking().track("R-1");
    assertThat(tracking.orderStatus().known()).contains(OrderStatus.Known.RETURNED);
    assertThat(tracking.deliveryHistory()).extracting(d -> d.status().get().value())
        .containsExactly("returned", "in_transit");
    assertThatThrownBy(() -> partner.fulfillment().complete("R-1"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Returned");
  }

  @Test
  void anActionFromTheWrongStatusIsRefusedAndChangesNothing() {
    partner.orders().create(order("W-1"));

    ValidationException refused = catchThrowableOfType(ValidationException.class,
        () -> partner.fulfillment().ship("W-1"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.apiMessage()).hasValueSatisfying(
        m -> assertThat(m).contains("To Process").contains("Packed"));
    assertThat(refused.fieldErrors()).containsKey("status");
    assertThat(refused.requestId()).hasValueSatisfying(v -> assertThat(v).isNotBlank());
    assertThat(fake.statusOf("W-1")).contains("to_process");
    assertThat(fake.order("W-1").get().history()).hasSize(1);

    NotFoundException unknown = catchThrowableOfType(NotFoundException.class,
        () -> partner.fulfillment().process("NOPE"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThatThrownBy(() -> partner.orders().detail(999)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void duplicateOrderCodeIsA422OnOrderCode() {
    partner.orders().create(order("D-1"));

    ValidationException duplicate = catchThrowableOfType(ValidationException.class,
        () -> partner.orders().create(order("D-1")));

    assertThat(duplicate.fieldErrors()).containsKey("order_code");
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void unpaidOrdersWaitInPendingUntilPaymentIsConfirmed() {
    partner.orders().create(CreateOrderParams.builder().from(order("U-1")).isUnpaid(true).build());
    assertThat(fake.statusOf("U-1")).contains("pending");
    assertThatThrownBy(() -> partner.fulfillment().process("U-1"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Pending");

    fake.confirmPayment("U-1");
    partner.fulfillment().process("U-1");

    assertThat(heldStatuses(fake.order("U-1").get().history()))
        .containsExactly("Pending", "To Process", "In Process");
    assertThat(fake.order("U-1").get().detail().get("paid_at")).isNotNull();
  }

  @Test
  void updateChangesBuyerAndRecipientUntilShipped() {
    partner.orders().create(order("UP-1"));
    partner.orders().update(UpdateOrderParams.builder().orderCode("UP-1")
        .customer(Customer.builder().name("Jane Smith Updated").build())
        .shippingAddress(ShippingAddress.builder().address("Jl. Thamrin No. 456").city("Jakarta")
            .build())
        .notes("Leave at the gate").tags(List.of("priority")).build());

    OrderDetail detail = partner.orders().detail(fake.order("UP-1").get().id());
    assertThat(detail.buyerInfo().get().name()).contains("Jane Smith Updated");
    assertThat(detail.recipientInfo().get().fullAddress()).contains("Jl. Thamrin No. 456");
    assertThat(detail.recipientInfo().get().remarks()).contains("Leave at the gate");
    assertThat(fake.order("UP-1").get().tags()).containsExactly("priority");

    partner.fulfillment().processAndPack(pack("UP-1"));
    partner.fulfillment().ship("UP-1");
    assertThatThrownBy(() -> partner.orders().update(UpdateOrderParams.builder()
        .orderCode("UP-1").notes("too late").build()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Shipped");
  }

  @Test
  void pagingFilteringAndSorting() {
    for (int i = 1; i <= 23; i++) {
      partner.orders().create(order(String.format("P-%02d", i)));
    }
    for (int i = 1; i <= 4; i++) {
      partner.fulfillment().process(String.format("P-%02d", i));
    }

    OrderPage first = partner.orders().list(ListOrdersParams.builder().perPage(10).build());
    assertThat(first.totalData()).isEqualTo(23);
    assertThat(first.totalPage()).isEqualTo(3);
    assertThat(first.perPage()).isEqualTo(10);
    assertThat(first.items().get(0).orderCode()).as("newest first by default").isEqualTo("P-23");

    int before = fake.requests().size();
    List<String> all = partner.orders().listAutoPaging(ListOrdersParams.builder().perPage(10)
            .sortBy("created_at").sortDirection(SortDirection.ASC).status(OrderStatus.ALL).build())
        .stream().map(OrderSummary::orderCode).collect(Collectors.toList());
    assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, 23)
        .mapToObj(i -> String.format("P-%02d", i)).collect(Collectors.toList()));
    assertThat(fake.requests().size() - before).as("three pages").isEqualTo(3);

    OrderPage processing = partner.orders().list(ListOrdersParams.builder()
        .status(OrderStatus.PROCESS).build());
    assertThat(processing.totalData()).isEqualTo(4);
    assertThat(processing.items()).allSatisfy(
        o -> assertThat(o.internalStatus().value()).isEqualTo("In Process"));

    OrderPage byStatus = partner.orders().list(ListOrdersParams.builder().sortBy("status")
        .sortDirection(SortDirection.DESC).perPage(5).build());
    assertThat(byStatus.items()).extracting(o -> o.internalStatus().value())
        .as("flow order, descending").containsExactly("In Process", "In Process", "In Process",
            "In Process", "To Process");
  }

  @Test
  void wrongKeyIs401AndWrongTenantIs400NamingTheHeader() {
    try (PartnerClient wrongKey = fake.clientBuilder().apiKey("ok_test_wrong").build();
        PartnerClient wrongTenant = fake.clientBuilder().tenantId("TENANT-OTHER").build()) {
      AuthenticationException auth = catchThrowableOfType(AuthenticationException.class,
        () -> wrongKey.orders().list(ListOrdersParams.builder().build()));
      assertThat(auth.status()).isEqualTo(401);
      assertThat(auth.apiMessage()).contains("Unauthenticated.");

      BadRequestException tenant = catchThrowableOfType(BadRequestException.class,
        () -> wrongTenant.orders().create(order("T-1")));
      assertThat(tenant.status()).isEqualTo(400);
      assertThat(tenant.fieldErrors()).containsKey("X-Tenant-Id");
    }
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void latencyIsOnlySlower() {
    fake.faults().next(Fault.latency(Duration.ofMillis(50)));

    partner.orders().create(order("F-1"));

    assertThat(fake.statusOf("F-1")).contains("to_process");
  }

  @Test
  void rateLimitedCreateIsRetriedAndCreatedOnce() {
    fake.faults().next(Fault.rateLimited(Duration.ZERO));

    ActionResult created = partner.orders().create(order("F-2"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(fake.requests()).hasSize(2);
    assertThat(fake.requests().get(0).header("Authorization"))
        .isEqualTo("Bearer " + FakePartnerApi.DEFAULT_API_KEY);
    assertThat(fake.orders()).extracting(FakePartnerApi.Order::orderCode).containsExactly("F-2");
  }

  @Test
  void serverErrorOnAWriteIsAnUnknownOutcomeAndOnAReadIsRetried() {
    fake.faults().next(Fault.serverError(503));
    OutcomeUnknownException unknown = catchThrowableOfType(OutcomeUnknownException.class,
        () -> partner.orders().create(order("F-3")));
    assertThat(unknown.getCause()).isInstanceOf(ServerException.class);
    assertThat(fake.orders()).as("a 5xx fault processes nothing").isEmpty();

    fake.faults().next(Fault.serverError(500));
    assertThat(partner.orders().list(ListOrdersParams.builder().build()).totalData()).isZero();
    assertThat(fake.requests()).hasSize(3);
  }

  @Test
  void droppedBeforeProcessingCreatesNothing() {
    fake.faults().next(Fault.dropBeforeProcessing());

    assertThatThrownBy(() -> partner.orders().create(order("F-4")))
        .isInstanceOf(OutcomeUnknownException.class);

    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void droppedAfterProcessingCreatesTheOrderTheClientNeverHearsOf() {
    fake.faults().next(Fault.dropAfterProcessing());

    assertThatThrownBy(() -> partner.orders().create(order("F-5")))
        .isInstanceOf(OutcomeUnknownException.class);

    assertThat(fake.statusOf("F-5")).contains("to_process");
    assertThat(partner.orders().list(ListOrdersParams.builder().build()).items())
        .extracting(OrderSummary::orderCode).containsExactly("F-5");
  }

  @Test
  void concurrentCreatesOfOneCodeStoreItOnce() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var results = pool.invokeAll(IntStream.range(0, 16)
          .mapToObj(i -> (java.util.concurrent.Callable<Boolean>) () -> {
            try {
              partner.orders().create(order(i % 2 == 0 ? "SAME" : "N-" + i));
              return true;
            } catch (ValidationException duplicate) {
              return false;
            }
          }).collect(Collectors.toList()));
      long created = 0;
      for (var r : results) {
        created += r.get() ? 1 : 0;
      }
      assertThat(created).isEqualTo(9);
    } finally {
      pool.shutdown();
    }
    assertThat(fake.orders()).hasSize(9);
    assertThat(fake.orders()).extracting(FakePartnerApi.Order::id).doesNotHaveDuplicates();
  }

  @Test
  void resetForgetsOrdersAndRestartsIds() {
    partner.orders().create(order("X-1"));
    fake.reset();
    partner.orders().create(order("X-2"));

    assertThat(fake.orders()).extracting(FakePartnerApi.Order::orderCode).containsExactly("X-2");
    assertThat(fake.order("X-2").get().id()).isEqualTo(1);
    assertThat(fake.order("X-1")).isEmpty();
    assertThat(fake.requests()).hasSize(1);
  }

  // ---- without the SDK

  private static final String DOCS_CREATE_BODY = "{\"order_code\": \"ORDMISHMVEOG3\","
      + " \"payment_method_type\": \"NON COD\", \"payment_via\": \"TRANSFER BANK\","
      + " \"store_id\": \"1\", \"location_id\": \"1\","
      + " \"checkout_at\": \"2025-12-05T06:32:00.000Z\","
      + " \"dropshipper_phone\": null, \"is_unpaid\": false,"
      + " \"recipient\": {\"name\": \"Mark Smith\", \"phone\": \"+628292839282\","
      + " \"city\": \"Kabupaten Tasikmalaya\", \"full_address\": \"Sariwangi Parongpong Bandung\"},"
      + " \"products\": [{\"name\": \"Handuk\", \"sku\": \"SKU-001\", \"product_id\": 1,"
      + " \"unit_price\": 15000, \"unit_weight\": \"1.00\", \"qty\": 1}],"
      + " \"price\": {\"sub_total_price\": 15000, \"grand_total_order_price\": 15000,"
      + " \"insurance_price\": \"\"}}";

  private record Answer(int status, String contentType, String body) {}

  private Answer call(String method, String path, String body, Map<String, String> headers)
      throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(fake.baseUrl() + path).openConnection();
    c.setRequestMethod(method);
    headers.forEach(c::setRequestProperty);
    if (body != null) {
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = c.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = c.getResponseCode();
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (in != null) {
      in.transferTo(bytes);
      in.close();
    }
    return new Answer(status, c.getContentType(), bytes.toString(StandardCharsets.UTF_8));
  }

  private static Map<String, String> auth() {
    return Map.of("Authorization", "Bearer " + FakePartnerApi.DEFAULT_API_KEY,
        "X-Tenant-Id", FakePartnerApi.DEFAULT_TENANT_ID, "Accept", "application/json");
  }

  @Test
  void plainHttpWithoutTheSdk() throws IOException {
    Answer created = call("POST", "api/partner/v1/orders/create", DOCS_CREATE_BODY, auth());
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).startsWith("{\"status\":201,\"message\":\"Created\",\"data\":null,"
        + "\"errors\":null,\"request_id\":\"");

    Answer detail = call("GET", "api/partner/v1/orders/1/detail", null, auth());
    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.body()).contains("\"internal_status\":\"To Process\"",
        "\"price\":\"15000.00\"", "\"weight\":1.00",
        "\"checkout_at\":\"2025-12-05T06:32:00.000000Z\"",
        "\"grand_total\":\"15000.00\"");

    Answer example = call("POST", "api/partner/v1/orders",
        "{\"status\": \"All\", \"page\": 1, \"size\": 10, \"sort\": \"ASC\"}", auth());
    assertThat(example.status()).as("the table is the contract: per_page, sort_direction")
        .isEqualTo(422);
    assertThat(example.body()).contains("\"errors\":{\"per_page\":[\"The per page field is"
        + " required.\"],\"sort_direction\":[\"The sort direction field is required.\"]}");
    Answer list = call("POST", "api/partner/v1/orders",
        "{\"status\": \"All\", \"page\": 1, \"per_page\": 10, \"sort_direction\": \"ASC\"}",
        auth());
    assertThat(list.body()).contains("\"current_page\":1", "\"per_page\":10", "\"total_data\":1",
        "\"total_page\":1", "\"order_header_id\":1");

    Answer tracked = call("POST", "api/partner/v1/orders/tracking",
        "{\"order_code\": \"ORDMISHMVEOG3\"}", auth());
    assertThat(tracked.body()).startsWith("{\"status\":\"ok\",\"data\":{\"order_code\":")
        .contains("\"order_history\":[{\"status\":\"To Process\"");

    Answer refused = call("POST", "api/partner/v1/orders/fulfillment/set-packed",
        "{\"order_code\": \"ORDMISHMVEOG3\", \"pickup_option\": \"LATE_PICKUP\"}", auth());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("\"status\":422", "in status To Process", "\"errors\":{");

    assertThat(call("POST", "api/partner/v1/orders/create", "{not json", auth()).status())
        .isEqualTo(422);
    Answer missing = call("POST", "api/partner/v1/orders/fulfillment/ship", "{}", auth());
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.body()).contains("\"errors\":{\"order_code\":[");
    assertThat(call("POST", "api/partner/v1/orders",
        "{\"page\": 1, \"per_page\": 101, \"sort_direction\": \"asc\"}", auth()).body())
        .contains("\"errors\":{\"per_page\":[");
    Answer route = call("POST", "api/partner/v1/nothing", "{}", auth());
    assertThat(route.status()).isEqualTo(404);
    assertThat(route.body()).contains("\"status\":404");
    assertThat(call("GET", "api/partner/v1/orders", null, auth()).status()).isEqualTo(405);

    Answer noKey = call("POST", "api/partner/v1/orders", "{}",
        Map.of("X-Tenant-Id", FakePartnerApi.DEFAULT_TENANT_ID));
    assertThat(noKey.status()).isEqualTo(401);
    assertThat(noKey.body()).contains("\"status\":401", "\"message\":\"Unauthenticated.\"");
    Answer noTenant = call("POST", "api/partner/v1/orders", "{}",
        Map.of("Authorization", "Bearer " + FakePartnerApi.DEFAULT_API_KEY));
    assertThat(noTenant.status()).isEqualTo(400);
    assertThat(noTenant.body()).contains("\"errors\":{\"X-Tenant-Id\":[");
  }

  @Test
  void theLabelUrlIsServedWithoutAuth() throws IOException {
    partner.orders().create(order("L-1"));
    partner.fulfillment().processAndPack(pack("L-1"));
    String url = partner.fulfillment().shippingLabel(
        ShippingLabelParams.builder().orderCode("L-1").build()).url();

    Answer pdf = call("GET", url.substring(fake.baseUrl().length()), null, Map.of());

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
    assertThat(fake.order("L-1").get().labelPrinted()).isFalse();
  }

  @Test
  void everyFieldErrorIsTyped() {
    ApiException e = catchThrowableOfType(ApiException.class,
        () -> partner.fulfillment().pack(
            PackOrderParams.builder().orderCode("none").pickupOption(PickupOption.of("NOW"))
                .build()));
    assertThat(e).as("the body is validated before the order is looked up, as Laravel does")
        .isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) e).fieldErrors()).containsOnlyKeys("pickup_option");
  }

  @Test
  void aValidBodyForAnUnknownOrderIsA404() {
    assertThatThrownBy(() -> partner.fulfillment().pack(pack("none")))
        .isInstanceOf(NotFoundException.class);
    partner.orders().create(order("E-1"));
    partner.fulfillment().process("E-1");
    ValidationException option = catchThrowableOfType(ValidationException.class,
        () -> partner.fulfillment().pack(
            PackOrderParams.builder().orderCode("E-1").pickupOption(PickupOption.of("NOW"))
                .build()));
    assertThat(option.fieldErrors()).containsKey("pickup_option");
    assertThat(heldStatuses(fake.order("E-1").get().history()))
        .containsExactly("To Process", "In Process");
    List<Map<String, Object>> none = fake.order("E-1").get().deliveryHistory();
    assertThat(none).isEmpty();
  }
}
