package dev.orderkit.partner.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.partner.internal.PartnerJson;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decodes the {@code data} of every response example of the docs and checks every field. */
class ResponseModelsTest {
  private static OffsetDateTime time(String text) {
    return OffsetDateTime.parse(text);
  }

  @Test
  void listOrders() {
    OrderList list = Fixtures.data(Fixtures.text("list-orders.response.json"), OrderList.class);

    assertThat(list.currentPage()).isEqualTo(1);
    assertThat(list.perPage()).isEqualTo(2);
    assertThat(list.totalData()).isEqualTo(4);
    assertThat(list.totalPage()).isEqualTo(2);
    assertThat(list.additionalProperties()).isEmpty();
    assertThat(list.orders()).hasSize(2);

    OrderSummary first = list.orders().get(0);
    assertThat(first.orderHeaderId()).isEqualTo(5L);
    assertThat(first.orderCode()).isEqualTo("ORD123");
    assertThat(first.orderReferenceId()).contains("ABCD");
    assertThat(first.internalStatus().value()).isEqualTo("In Process");
    assertThat(first.internalStatus().known()).contains(OrderStatus.Known.PROCESS);
    assertThat(first.externalStatus().get().value()).isEqualTo("PROCESSED");
    assertThat(first.externalStatus().get().known()).contains(OrderStatus.Known.PROCESS);
    assertThat(first.storePlatform()).contains("offline");
    assertThat(first.locationId()).contains(1L);
    assertThat(first.warehouseCode()).contains("ABCD");
    assertThat(first.paymentMethod().get().value()).isEqualTo("COD");
    assertThat(first.paymentMethod().get().known()).contains(PaymentMethod.Known.COD);
    assertThat(first.logisticProviderName()).contains("Dethix");
    assertThat(first.logisticServiceName()).contains("Reguler");
    assertThat(first.logisticCarrier()).contains("Dethix Reguler");
    assertThat(first.delivery()).contains("REGULER");
    assertThat(first.trackingNumber()).isEmpty();
    assertThat(first.isFake()).isFalse();
    assertThat(first.fulfillByMp()).isFalse();
    assertThat(first.createdAt()).isEqualTo(time("2025-09-27T01:12:09Z"));
    assertThat(first.updatedAt()).contains(time("2025-09-20T01:27:06Z"));
    assertThat(first.additionalProperties()).isEmpty();

    OrderSummary second = list.orders().get(1);
    assertThat(second.orderHeaderId()).isEqualTo(6L);
    assertThat(second.orderCode()).isEqualTo("ORD124");
    assertThat(second.orderReferenceId()).contains("ABCD");
    assertThat(second.internalStatus().value()).isEqualTo("To Process");
    assertThat(second.internalStatus().known()).contains(OrderStatus.Known.TO_PROCESS);
    assertThat(second.externalStatus().get().value()).isEqualTo("PROCESSED");
    assertThat(second.storePlatform()).contains("offline");
    assertThat(second.locationId()).contains(1L);
    assertThat(second.warehouseCode()).contains("ABCD");
    assertThat(second.paymentMethod()).contains(PaymentMethod.of("COD"));
    assertThat(second.logisticProviderName()).contains("Dethix");
    assertThat(second.logisticServiceName()).contains("Reguler");
    assertThat(second.logisticCarrier()).contains("Dethix Reguler");
    assertThat(second.delivery()).contains("REGULER");
    assertThat(second.trackingNumber()).isEmpty();
    assertThat(second.isFake()).isFalse();
    assertThat(second.fulfillByMp()).isFalse();
    assertThat(second.createdAt()).isEqualTo(time("2025-09-28T00:12:09Z"));
    assertThat(second.updatedAt()).contains(time("2025-09-19T10:12:13Z"));
  }

  @Test
  void orderDetail() {
    OrderDetail detail =
        Fixtures.data(Fixtures.text("order-detail.response.json"), OrderDetail.class);

    assertThat(detail.orderId()).isEqualTo(5L);
    assertThat(detail.orderCode()).isEqualTo("ORD123");
    assertThat(detail.originalOrderCode()).contains("ORD123");
    assertThat(detail.internalStatus().value()).isEqualTo("In Process");
    assertThat(detail.internalStatus().known()).contains(OrderStatus.Known.PROCESS);
    assertThat(detail.externalStatus().get().value()).isEqualTo("PROCESSED");
    assertThat(detail.externalStatus().get().known()).contains(OrderStatus.Known.PROCESS);
    assertThat(detail.cancelBy()).isEmpty();
    assertThat(detail.cancelReason()).isEmpty();
    assertThat(detail.channel()).isEmpty();
    assertThat(detail.createdVia()).contains("Upload");
    assertThat(detail.clientId()).contains("5d3315d3-97cc840e77c7");
    assertThat(detail.clientName()).contains(""); // an empty string stays an empty string
    assertThat(detail.locationId()).contains(1L);
    assertThat(detail.storeName()).contains("Toko Offline");
    assertThat(detail.storeChannelId()).contains("VWXYZAIUC");
    assertThat(detail.delivery()).contains("REGULER");
    assertThat(detail.paymentType().get().value()).isEqualTo("COD");
    assertThat(detail.paymentType().get().known()).contains(PaymentMethod.Known.COD);
    assertThat(detail.paymentVia()).isEmpty();
    assertThat(detail.checkoutAt()).isEmpty();
    assertThat(detail.paidAt()).isEmpty();
    assertThat(detail.cancelSlaAt()).isEmpty();
    assertThat(detail.createdAt()).isEqualTo(time("2025-09-17T01:12:09Z"));
    assertThat(detail.updatedAt()).contains(time("2025-09-20T01:27:06Z"));
    assertThat(detail.fulfillByMp()).isFalse();
    assertThat(detail.requestId()).isEmpty();
    assertThat(detail.additionalProperties()).isEmpty();

    ShippingInfo shipping = detail.shippingInfo().get();
    assertThat(shipping.providerName()).contains("Dethix");
    assertThat(shipping.providerService()).contains("Reguler");
    assertThat(shipping.logisticCarrier()).contains("Dethix Reguler");
    assertThat(shipping.trackingNumber()).contains("DTX1234567");
    assertThat(shipping.routingCode()).isEmpty();
    assertThat(shipping.sortingCode()).isEmpty();
    assertThat(shipping.additionalProperties()).isEmpty();

    RecipientInfo recipient = detail.recipientInfo().get();
    assertThat(recipient.name()).contains("Abdul");
    assertThat(recipient.phone()).contains("8971772727");
    assertThat(recipient.email()).isEmpty();
    assertThat(recipient.country()).contains("Indonesia");
    assertThat(recipient.state()).contains("DKI Jakarta");
    assertThat(recipient.city()).contains("Jakarta Pusat");
    assertThat(recipient.district()).contains("Kemayoran");
    assertThat(recipient.subDistrict()).isEmpty();
    assertThat(recipient.fullAddress()).contains("Jalan mangga");
    assertThat(recipient.postalCode()).contains("10650");
    assertThat(recipient.longitude()).isEmpty();
    assertThat(recipient.latitude()).isEmpty();
    assertThat(recipient.remarks()).contains("ABDNDD");
    assertThat(recipient.additionalProperties()).isEmpty();

    BuyerInfo buyer = detail.buyerInfo().get();
    assertThat(buyer.name()).contains("Abcd");
    assertThat(buyer.phone()).contains("89716662181");
    assertThat(buyer.email()).isEmpty();
    assertThat(buyer.fullAddress()).contains("Jl Angkasa No 1");
    assertThat(buyer.remarks()).contains("Titip di security");
    assertThat(buyer.additionalProperties()).isEmpty();

    DropshipperInfo dropshipper = detail.dropshipperInfo().get();
    assertThat(dropshipper.name()).isEmpty();
    assertThat(dropshipper.phone()).isEmpty();
    assertThat(dropshipper.email()).isEmpty();
    assertThat(dropshipper.fullAddress()).isEmpty();
    assertThat(dropshipper.additionalProperties()).isEmpty();

    assertThat(detail.productLines()).hasSize(2);
    ProductLine line1 = detail.productLines().get(0);
    assertThat(line1.orderDetailId()).isEqualTo(1L);
    assertThat(line1.productId()).isEmpty();
    assertThat(line1.productName()).isEmpty();
    assertThat(line1.isCancelled()).isFalse();
    assertThat(line1.sku()).isEqualTo("BARANG");
    assertThat(line1.price()).isEqualTo(new BigDecimal("2000.00"));
    assertThat(line1.currency()).contains("IDR");
    assertThat(line1.quantity()).isEqualTo(1);
    assertThat(line1.weight()).contains(new BigDecimal("0.001"));
    assertThat(line1.additionalProperties()).isEmpty();
    ProductLine line2 = detail.productLines().get(1);
    assertThat(line2.orderDetailId()).isEqualTo(2L);
    assertThat(line2.productId()).isEmpty();
    assertThat(line2.productName()).isEmpty();
    assertThat(line2.isCancelled()).isFalse();
    assertThat(line2.sku()).isEqualTo("SKU KU");
    assertThat(line2.price()).isEqualTo(new BigDecimal("40000.00"));
    assertThat(line2.currency()).contains("IDR");
    assertThat(line2.quantity()).isEqualTo(2);
    assertThat(line2.weight()).contains(new BigDecimal("0.001"));

    PriceInfo price = detail.priceInfo().get();
    assertThat(price.subTotal()).isEqualTo(new BigDecimal("12000.00"));
    assertThat(price.shippingPrice()).contains(new BigDecimal("10000.00"));
    assertThat(price.totalDiscount()).contains(new BigDecimal("0.00"));
    assertThat(price.tax()).contains(new BigDecimal("0.00"));
    assertThat(price.codPrice()).contains(new BigDecimal("12000.00"));
    assertThat(price.dfodPrice()).contains(new BigDecimal("0.00"));
    assertThat(price.insurancePrice()).contains(new BigDecimal("0.00"));
    assertThat(price.grandTotal()).isEqualTo(new BigDecimal("12000.00"));
    assertThat(price.currency()).contains("IDR");
    assertThat(price.additionalProperties()).isEmpty();

    assertThat(detail.discounts()).isEmpty();
  }

  @Test
  void tracking() {
    Tracking tracking = Fixtures.data(Fixtures.text("tracking.response.json"), Tracking.class);

    assertThat(tracking.orderCode()).isEqualTo("ABC123");
    assertThat(tracking.orderReferenceId()).contains("ABCD1234");
    assertThat(tracking.orderStatus().value()).isEqualTo("In Process");
    assertThat(tracking.orderStatus().known()).contains(OrderStatus.Known.PROCESS);
    assertThat(tracking.trackingNumber()).contains("AWB12345");
    assertThat(tracking.channel()).contains("Offline");
    assertThat(tracking.courier()).contains("Dethix Reguler");
    assertThat(tracking.service()).contains("Reguler");
    assertThat(tracking.tenantId()).contains("ABC-123");
    assertThat(tracking.requestId()).isEmpty();
    assertThat(tracking.additionalProperties()).isEmpty();

    assertThat(tracking.orderHistory()).hasSize(2);
    OrderHistoryEntry h1 = tracking.orderHistory().get(0);
    assertThat(h1.status().value()).isEqualTo("In Process");
    assertThat(h1.status().known()).contains(OrderStatus.Known.PROCESS);
    assertThat(h1.channelStatus().get().value()).isEqualTo("PROCESSED");
    assertThat(h1.channelStatus().get().known()).contains(OrderStatus.Known.PROCESS);
    assertThat(h1.activity()).contains("Process Order");
    assertThat(h1.fullName()).contains("System");
    assertThat(h1.createdAt()).contains(time("2024-01-21T10:00:00Z"));
    assertThat(h1.fileUrl()).contains("");
    assertThat(h1.remarks()).contains("");
    assertThat(h1.additionalProperties()).isEmpty();
    OrderHistoryEntry h2 = tracking.orderHistory().get(1);
    assertThat(h2.status().value()).isEqualTo("To Process");
    assertThat(h2.status().known()).contains(OrderStatus.Known.TO_PROCESS);
    assertThat(h2.channelStatus().get().value()).isEqualTo("PROCESSED");
    assertThat(h2.activity()).contains("Process Order");
    assertThat(h2.fullName()).contains("System");
    assertThat(h2.createdAt()).contains(time("2024-01-21T10:00:00Z"));
    assertThat(h2.fileUrl()).contains("");
    assertThat(h2.remarks()).contains("");

    assertThat(tracking.deliveryHistory()).hasSize(2);
    DeliveryHistoryEntry d1 = tracking.deliveryHistory().get(0);
    assertThat(d1.trackingNumber()).contains("AWB12345");
    assertThat(d1.status()).contains(DeliveryStatus.IN_TRANSIT);
    assertThat(d1.status().get().known()).contains(DeliveryStatus.Known.IN_TRANSIT);
    assertThat(d1.location()).contains("Jakarta");
    assertThat(d1.timestamp()).contains(time("2024-01-21T10:00:00Z"));
    assertThat(d1.courier()).contains("dethix");
    assertThat(d1.service()).contains("reg");
    assertThat(d1.additionalProperties()).isEmpty();
    DeliveryHistoryEntry d2 = tracking.deliveryHistory().get(1);
    assertThat(d2.trackingNumber()).contains("AWB12345");
    assertThat(d2.status()).contains(DeliveryStatus.DELIVERED);
    assertThat(d2.location()).contains("Surabaya");
    assertThat(d2.timestamp()).contains(time("2024-01-21T09:30:00Z"));
    assertThat(d2.courier()).contains("dethix");
    assertThat(d2.service()).contains("reg");
  }

  @Test
  void trackingEnvelopeStatusIsTheStringOk() {
    // The quirk stays in the fixture; the service layer reads it, the model never sees it.
    assertThat(Fixtures.envelope(Fixtures.text("tracking.response.json")).get("status"))
        .isEqualTo("ok");
  }

  @Test
  void shippingLabel() {
    String fixture = Fixtures.text("shipping-label.response.json");
    // The docs' example has a trailing comma after "url": not JSON. Stripped here for now; the
    // service layer accepts such bodies itself.
    ShippingLabel label =
        Fixtures.data(Fixtures.withoutTrailingCommas(fixture), ShippingLabel.class);

    assertThat(label.orderId()).isEqualTo(1L);
    assertThat(label.channel()).contains("offline");
    assertThat(label.orderCode()).isEqualTo("ORD123");
    assertThat(label.url()).isEqualTo("https://cdn.bebaskirim.com/labels/ORD123.pdf");
    assertThat(label.requestId()).isEmpty();
    assertThat(label.additionalProperties()).isEmpty();
  }

  /** The action responses: {@code data} is null or [], the service builds an ActionResult. */
  @ParameterizedTest
  @CsvSource({
    "create-order.response.json, 201, Created, c01d4b42-e364-4068-94cb-bcab9c0f6988",
    "set-process.response.json, 200, Success Process Order ORD123, request-id",
    "set-packed.response.json, 200, Success Packed Order ORD123, request-id",
    "ship.response.json, 200, Success Shipped Order ORD123, request-id",
    "completed.response.json, 200, Success Completed Order ORD123, request-id",
    "return.response.json, 200, Success Return Order ORD123, request-id",
    "cancel.response.json, 200, Success Cancel Order ORD123, request-id",
    "approve-cancel.response.json, 200, Success Approve Cancel Order ORD123, request-id",
    "reject-cancel.response.json, 200, Success Reject Cancel Order ORD123, request-id",
    "set-process-packed.response.json, 200, Success Process Packed Order ORD123, request-id",
  })
  void actionResponses(String fixture, int status, String message, String requestId) {
    Map<String, Object> envelope = Fixtures.envelope(Fixtures.text(fixture));
    Object data = envelope.get("data");
    assertThat(data == null || data.equals(Collections.emptyList())).isTrue();
    assertThat(envelope.get("errors")).isNull();

    // What the service does with such an envelope.
    ActionResult result = ActionResult.builder()
        .status(((BigDecimal) envelope.get("status")).intValueExact())
        .message((String) envelope.get("message"))
        .requestId((String) envelope.get("request_id"))
        .build();

    assertThat(result.status()).isEqualTo(status);
    assertThat(result.message()).isEqualTo(message);
    assertThat(result.requestId()).contains(requestId);
  }

  @Test
  void actionResultWithoutRequestId() {
    ActionResult result = ActionResult.builder().status(200).message("Ok").build();
    assertThat(result.requestId()).isEmpty();
    assertThat(ActionResult.builder().from(result).requestId("r-1").build().requestId())
        .contains("r-1");
  }

  @Test
  void requestIdIsSetByTheServiceNeverReadOrWritten() throws Exception {
    String labelJson = "{\"order_id\": 1, \"order_code\": \"ORD123\", \"url\": \"u\","
        + " \"request_id\": \"in-data\", \"requestId\": \"camel\"}";
    ShippingLabel label = PartnerJson.MOSHI.adapter(ShippingLabel.class).fromJson(labelJson);
    assertThat(label.requestId()).isEmpty();
    // Both spellings are unknown properties of data, so they are kept there.
    assertThat(label.additionalProperties())
        .containsEntry("request_id", "in-data")
        .containsEntry("requestId", "camel");

    ShippingLabel withId = ShippingLabel.builder().from(label).requestId("req-1").build();
    assertThat(withId.requestId()).contains("req-1");
    assertThat(withId.url()).isEqualTo("u");
    String written = PartnerJson.MOSHI.adapter(ShippingLabel.class).toJson(
        ShippingLabel.builder().from(withId).additionalProperties(Collections.emptyMap()).build());
    assertThat(written).isEqualTo("{\"order_id\":1,\"order_code\":\"ORD123\",\"url\":\"u\"}");

    OrderDetail detail =
        Fixtures.data(Fixtures.text("order-detail.response.json"), OrderDetail.class);
    OrderDetail detailWithId = OrderDetail.builder().from(detail).requestId("request-id").build();
    assertThat(detailWithId.requestId()).contains("request-id");
    // The request id is auxiliary: the same order fetched twice is equal whatever the request.
    assertThat(detailWithId).isEqualTo(detail).hasSameHashCodeAs(detail);
    assertThat(OrderDetail.builder().from(detailWithId).requestId(Optional.empty()).build())
        .isEqualTo(detail)
        .hasSameHashCodeAs(detail);
    assertThat(PartnerJson.MOSHI.adapter(OrderDetail.class).toJson(detailWithId))
        .doesNotContain("request");

    Tracking tracking = Fixtures.data(Fixtures.text("tracking.response.json"), Tracking.class);
    assertThat(Tracking.builder().from(tracking).requestId("t-1").build().requestId())
        .contains("t-1");
  }

  @Test
  void unknownFieldsAreKeptAtEveryLevel() throws Exception {
    String json = "{"
        + "\"order_id\": 9, \"order_code\": \"X\", \"internal_status\": \"Awaiting Pickup\","
        + "\"created_at\": \"2025-01-01T00:00:00Z\", \"new_flag\": true,"
        + "\"shipping_info\": {\"provider_name\": \"P\", \"eta_days\": 2},"
        + "\"recipient_info\": {\"name\": \"N\", \"geo\": {\"lat\": \"-6.2\"}},"
        + "\"buyer_info\": {\"member_tier\": \"gold\"},"
        + "\"dropshipper_info\": {\"company\": \"C\"},"
        + "\"product_info\": [{\"order_detail_id\": 1, \"sku\": \"S\", \"price\": \"1.50\","
        + " \"quantity\": 3, \"is_cancel\": true, \"variant\": \"red\"}],"
        + "\"price_info\": {\"sub_total\": \"1\", \"grand_total\": 1, \"fees\": [1, 2]},"
        + "\"discount_info\": [{\"code\": \"PROMO\", \"amount\": \"500.00\"}],"
        + "\"is_priority\": null"
        + "}";
    OrderDetail detail = PartnerJson.MOSHI.adapter(OrderDetail.class).fromJson(json);

    assertThat(detail.internalStatus().value()).isEqualTo("Awaiting Pickup");
    assertThat(detail.internalStatus().known()).isEmpty();
    assertThat(detail.additionalProperties()).containsOnly(Map.entry("new_flag", true));
    assertThat(detail.shippingInfo().get().additionalProperties())
        .containsOnly(Map.entry("eta_days", new BigDecimal("2")));
    Map<String, Object> geo = new LinkedHashMap<>();
    geo.put("lat", "-6.2");
    assertThat(detail.recipientInfo().get().additionalProperties()).containsOnly(
        Map.entry("geo", geo));
    assertThat(detail.buyerInfo().get().additionalProperties())
        .containsOnly(Map.entry("member_tier", "gold"));
    assertThat(detail.dropshipperInfo().get().additionalProperties())
        .containsOnly(Map.entry("company", "C"));
    ProductLine line = detail.productLines().get(0);
    assertThat(line.isCancelled()).isTrue();
    assertThat(line.price()).isEqualTo(new BigDecimal("1.50"));
    assertThat(line.additionalProperties()).containsOnly(Map.entry("variant", "red"));
    assertThat(detail.priceInfo().get().additionalProperties())
        .containsOnly(Map.entry("fees", List.of(new BigDecimal("1"), new BigDecimal("2"))));
    Discount discount = detail.discounts().get(0);
    assertThat(discount.additionalProperties())
        .containsOnly(Map.entry("code", "PROMO"), Map.entry("amount", "500.00"));

    // Written back, the unknown properties come out again.
    OrderDetail again = PartnerJson.MOSHI.adapter(OrderDetail.class)
        .fromJson(PartnerJson.MOSHI.adapter(OrderDetail.class).toJson(detail));
    assertThat(again).isEqualTo(detail);
  }

  @Test
  void unknownFieldsOfTheOtherResponses() throws Exception {
    OrderList list = PartnerJson.MOSHI.adapter(OrderList.class).fromJson(
        "{\"data\": [{\"order_header_id\": 1, \"order_code\": \"A\", \"internal_status\":"
            + " \"pending\", \"created_at\": \"2025-01-01T00:00:00Z\", \"x\": 1}],"
            + " \"current_page\": 1, \"per_page\": 10, \"total_data\": 1, \"total_page\": 1,"
            + " \"next_cursor\": \"c\"}");
    assertThat(list.additionalProperties()).containsOnly(Map.entry("next_cursor", "c"));
    assertThat(list.orders().get(0).additionalProperties())
        .containsOnly(Map.entry("x", new BigDecimal("1")));
    assertThat(list.orders().get(0).internalStatus()).isEqualTo(OrderStatus.PENDING);

    Tracking tracking = PartnerJson.MOSHI.adapter(Tracking.class).fromJson(
        "{\"order_code\": \"A\", \"order_status\": \"Returned\", \"eta\": \"soon\","
            + " \"order_history\": [{\"status\": \"x\", \"created_at\": \"2024-01-21T10:00:00Z\","
            + " \"ip\": \"1\"}],"
            + " \"delivery_history\": [{\"status\": \"lost\", \"timestamp\":"
            + " \"2024-01-21T10:00:00+07:00\", \"photo\": \"p\"}]}");
    assertThat(tracking.additionalProperties()).containsOnly(Map.entry("eta", "soon"));
    assertThat(tracking.orderStatus().known()).contains(OrderStatus.Known.RETURNED);
    assertThat(tracking.orderHistory().get(0).additionalProperties())
        .containsOnly(Map.entry("ip", "1"));
    DeliveryHistoryEntry entry = tracking.deliveryHistory().get(0);
    assertThat(entry.status().get().value()).isEqualTo("lost");
    assertThat(entry.status().get().known()).isEmpty();
    assertThat(entry.timestamp()).contains(time("2024-01-21T10:00:00+07:00"));
    assertThat(entry.additionalProperties()).containsOnly(Map.entry("photo", "p"));
  }
}
