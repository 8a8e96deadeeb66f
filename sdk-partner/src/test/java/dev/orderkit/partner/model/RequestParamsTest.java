package dev.orderkit.partner.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.partner.internal.PartnerJson;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Request parameters serialise to the docs' example bodies. Where the SDK deliberately writes
 * something else, the test edits the parsed example and says why.
 */
public class RequestParamsTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fixtureTree(String name) {
    return (Map<String, Object>) Fixtures.tree(Fixtures.text(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> tree, String name) {
    return (Map<String, Object>) tree.get(name);
  }

  public static CreateOrderParams createOrderExample() {
    return CreateOrderParams.builder()
        .orderCode("ORDMISHMVEOG3")
        .paymentMethodType(PaymentMethod.NON_COD)
        .paymentVia("TRANSFER BANK")
        .storeId("1")
        .locationId("1")
        .checkoutAt(OffsetDateTime.parse("2025-12-05T06:32:00.000Z"))
        .salesPic("John Doe")
        .remarks("")
        .originCode("31.73.07.1001")
        .destinationCode("32.06.30.2001")
        .codPercentage(new BigDecimal("0"))
        .insurancePercentage(new BigDecimal("1"))
        .dropshipperName("")
        .dropshipperEmail("")
        .dropshipperFullAddress("")
        .isDropship(false)
        .isDraft(false)
        .isUnpaid(false)
        .recipient(Recipient.builder()
            .name("Mark Smith")
            .phone("+628292839282")
            .email("example@gmail.com")
            .country("Indonesia")
            .province("Jawa Barat")
            .city("Kabupaten Tasikmalaya")
            .subDistrict("Sariwangi")
            .district("Sariwangi")
            .postalCode("46465")
            .fullAddress("Sariwangi Parongpong Bandung")
            .subDistrictId("Sariwangi")
            .remarks("")
            .recipientSubDistrictId("32.06.30.2001")
            .build())
        .buyer(Buyer.builder()
            .email("example@gmail.com")
            .name("Mark Smith")
            .phone("+628292839282")
            .fullAddress("Sariwangi Parongpong Bandung")
            .build())
        .delivery(Delivery.builder()
            .logistic("ID EXPRESS - iDlite")
            .deliveryMethod("SELF-DELIVERY")
            .customLogistic("")
            .logisticProviderName("ID EXPRESS")
            .logisticServiceName("iDlite")
            .logisticCarrier("ID EXPRESS - iDlite")
            .trackingNumber("")
            .build())
        .addProduct(ProductItem.builder()
            .name("Handuk")
            .sku("SKU-001")
            .productId(1L)
            .unitPrice(new BigDecimal("15000"))
            .unitWeight(new BigDecimal("1.00"))
            .qty(1)
            .build())
        .packageDimensions(PackageDimensions.builder()
            .weight(new BigDecimal("1000"))
            .length(new BigDecimal("5"))
            .width(new BigDecimal("2"))
            .height(new BigDecimal("2"))
            .build())
        .price(OrderPrice.builder()
            .subTotalPrice(new BigDecimal("15000"))
            .shippingPrice(new BigDecimal("0"))
            .otherPrice(new BigDecimal("0"))
            .totalDiscountPrice(new BigDecimal("0"))
            .codFee(new BigDecimal("0"))
            .codPrice(new BigDecimal("0"))
            .grandTotalOrderPrice(new BigDecimal("15000"))
            .discountSeller(new BigDecimal("0"))
            .discountShipping(new BigDecimal("0"))
            .packingPrice(new BigDecimal("0"))
            .build())
        .build();
  }

  /** The docs' create-order body with the SDK's intended differences applied. */
  public static Map<String, Object> expectedCreateBody() {
    Map<String, Object> expected = fixtureTree("create-order.request.json");
    // Intended differences from the docs' example:
    // 1. checkout_at "2025-12-05T06:32:00.000Z" is written "2025-12-05T06:32:00Z": same instant,
    //    ISO-8601 without a zero fraction.
    expected.put("checkout_at", "2025-12-05T06:32:00Z");
    // 2. dropshipper_phone null is omitted: an unset Optional is never sent.
    assertThat(expected.remove("dropshipper_phone")).isNull();
    // 3. unit_weight "1.00" (a string) is written as the number 1.00: the SDK writes money and
    //    weights as exact JSON numbers, like every other amount of the example.
    @SuppressWarnings("unchecked")
    Map<String, Object> product =
        ((List<Map<String, Object>>) expected.get("products")).get(0);
    assertThat(product.put("unit_weight", new BigDecimal("1.00"))).isEqualTo("1.00");
    // 4. price.insurance_price "" is omitted: an empty string is no amount; unset means unset.
    assertThat(child(expected, "price").remove("insurance_price")).isEqualTo("");

    return expected;
  }

  @Test
  void createOrderMatchesTheExampleBody() {
    Map<String, Object> expected = expectedCreateBody();
    String json = Fixtures.json(createOrderExample());
    assertThat(Fixtures.tree(json)).isEqualTo(expected);
    assertThat(json).startsWith("{\"order_code\":\"ORDMISHMVEOG3\",\"payment_method_type\":");
  }

  @Test
  void createOrderReadsTheExampleBodyBack() throws Exception {
    // What a testkit does with a recorded request: the example decodes into the same value
    // ("" insurance_price and null dropshipper_phone read as unset, "1.00" as a number).
    CreateOrderParams decoded = PartnerJson.MOSHI.adapter(CreateOrderParams.class)
        .fromJson(Fixtures.text("create-order.request.json"));
    assertThat(decoded).isEqualTo(createOrderExample());
  }

  @Test
  void createOrderMinimal() {
    CreateOrderParams params = CreateOrderParams.builder()
        .orderCode("A1")
        .recipient(Recipient.builder().name("N").phone("P").fullAddress("F").build())
        .addProduct(ProductItem.builder().sku("S").unitPrice(BigDecimal.ZERO).qty(1).build())
        .build();
    assertThat(Fixtures.json(params)).isEqualTo("{\"order_code\":\"A1\",\"is_dropship\":false,"
        + "\"is_draft\":false,\"is_unpaid\":false,\"recipient\":{\"name\":\"N\",\"phone\":\"P\","
        + "\"full_address\":\"F\"},\"products\":[{\"sku\":\"S\",\"unit_price\":0,\"qty\":1}]}");
  }

  @Test
  void updateOrderMatchesTheExampleBodyPlusOrderCode() {
    UpdateOrderParams params = UpdateOrderParams.builder()
        .orderCode("ORD123")
        .customer(Customer.builder()
            .name("Jane Smith Updated")
            .email("jane.smith@example.com")
            .phone("+6289876543210")
            .build())
        .shippingAddress(ShippingAddress.builder()
            .name("Jane Smith")
            .phone("+6289876543210")
            .address("Jl. Thamrin No. 456 Updated")
            .city("Jakarta")
            .province("DKI Jakarta")
            .postalCode("12345")
            .country("Indonesia")
            .build())
        .notes("Updated delivery instructions")
        .tags(List.of("updated", "priority"))
        .build();
    Map<String, Object> expected = fixtureTree("update-order.request.json");
    // Intended difference: the example names no order; the SDK sends order_code with it.
    expected.put("order_code", "ORD123");
    assertThat(Fixtures.tree(Fixtures.json(params))).isEqualTo(expected);
  }

  @Test
  void updateOrderSendsOnlyWhatIsSet() {
    assertThat(Fixtures.json(UpdateOrderParams.builder().orderCode("A").build()))
        .isEqualTo("{\"order_code\":\"A\"}");
    // An explicitly empty tag list is sent (it clears the tags); unset tags are not.
    assertThat(Fixtures.json(UpdateOrderParams.builder().orderCode("A").tags(List.of()).build()))
        .isEqualTo("{\"tags\":[],\"order_code\":\"A\"}");
    assertThat(Fixtures.json(UpdateOrderParams.builder().orderCode("A")
        .customer(Customer.builder().phone("1").build()).build()))
        .isEqualTo("{\"customer\":{\"phone\":\"1\"},\"order_code\":\"A\"}");
  }

  @ParameterizedTest
  @CsvSource({
    "set-process.request.json, false",
    "ship.request.json, true",
    "completed.request.json, true",
    "approve-cancel.request.json, false",
    "reject-cancel.request.json, false",
  })
  void orderCodeBodies(String fixture, boolean trailingComma) throws Exception {
    String text = Fixtures.text(fixture);
    // ship and completed: the docs' bodies end with a trailing comma (not JSON). Stripped here
    // for the comparison; the SDK writes valid JSON.
    assertThat(text.contains(",\n}")).isEqualTo(trailingComma);
    Object expected = Fixtures.tree(Fixtures.withoutTrailingCommas(text));

    String json = Fixtures.json(OrderCodeParams.of("ORD123"));
    assertThat(json).isEqualTo("{\"order_code\":\"ORD123\"}");
    assertThat(Fixtures.tree(json)).isEqualTo(expected);
  }

  @Test
  void trackingBody() {
    assertThat(Fixtures.tree(Fixtures.json(OrderCodeParams.of("ABC123"))))
        .isEqualTo(Fixtures.tree(Fixtures.text("tracking.request.json")));
  }

  @Test
  void cancelBody() throws Exception {
    CancelOrderParams params = CancelOrderParams.builder()
        .orderCode("ORD123")
        .cancelBy(CancelReason.CUSTOMER_REQUEST)
        .cancelReason("Customer requested cancellation due to wrong item selection")
        .directCancel(true)
        .build();
    assertThat(Fixtures.tree(Fixtures.json(params)))
        .isEqualTo(Fixtures.tree(Fixtures.text("cancel.request.json")));
    assertThat(PartnerJson.MOSHI.adapter(CancelOrderParams.class)
        .fromJson(Fixtures.text("cancel.request.json"))).isEqualTo(params);
    // direct_cancel defaults to false and is always sent.
    assertThat(Fixtures.json(CancelOrderParams.builder().orderCode("A")
        .cancelBy(CancelReason.OTHER).build()))
        .isEqualTo("{\"order_code\":\"A\",\"cancel_by\":\"other\",\"direct_cancel\":false}");
  }

  @Test
  void returnBody() throws Exception {
    ReturnOrderParams params = ReturnOrderParams.builder()
        .orderCode("ORD123")
        .returnBy(ReturnReason.CUSTOMER_REQUEST)
        .returnReason("Customer requested return due to wrong size")
        .build();
    assertThat(Fixtures.tree(Fixtures.json(params)))
        .isEqualTo(Fixtures.tree(Fixtures.text("return.request.json")));
    assertThat(PartnerJson.MOSHI.adapter(ReturnOrderParams.class)
        .fromJson(Fixtures.text("return.request.json"))).isEqualTo(params);
  }

  @ParameterizedTest
  @CsvSource({"set-packed.request.json", "set-process-packed.request.json"})
  void packBodies(String fixture) throws Exception {
    PackOrderParams params = PackOrderParams.builder()
        .orderCode("ORD123")
        .pickupOption(PickupOption.LATE_PICKUP)
        .build();
    assertThat(Fixtures.json(params))
        .isEqualTo("{\"order_code\":\"ORD123\",\"pickup_option\":\"LATE_PICKUP\"}");
    assertThat(Fixtures.tree(Fixtures.json(params)))
        .isEqualTo(Fixtures.tree(Fixtures.text(fixture)));
    assertThat(PartnerJson.MOSHI.adapter(PackOrderParams.class).fromJson(Fixtures.text(fixture)))
        .isEqualTo(params);
  }

  @Test
  void shippingLabelSendsMarkAsPrintedAsAString() throws Exception {
    ShippingLabelParams params =
        ShippingLabelParams.builder().orderCode("ORD123").markAsPrinted(true).build();
    assertThat(Fixtures.json(params))
        .isEqualTo("{\"order_code\":\"ORD123\",\"mark_as_printed\":\"true\"}");
    assertThat(Fixtures.tree(Fixtures.json(params)))
        .isEqualTo(Fixtures.tree(Fixtures.text("shipping-label.request.json")));
    assertThat(Fixtures.json(ShippingLabelParams.builder().orderCode("A").build()))
        .isEqualTo("{\"order_code\":\"A\",\"mark_as_printed\":\"false\"}");

    // Read back: the string form, and a JSON boolean too.
    assertThat(PartnerJson.MOSHI.adapter(ShippingLabelParams.class)
        .fromJson(Fixtures.text("shipping-label.request.json"))).isEqualTo(params);
    assertThat(PartnerJson.MOSHI.adapter(ShippingLabelParams.class)
        .fromJson("{\"order_code\":\"ORD123\",\"mark_as_printed\":true}")).isEqualTo(params);
    assertThat(PartnerJson.MOSHI.adapter(ShippingLabelParams.class)
        .fromJson("{\"order_code\":\"ORD123\",\"mark_as_printed\":\"FALSE\"}").markAsPrinted())
        .isFalse();
  }

  @Test
  void listOrdersDefaults() {
    ListOrdersParams params = ListOrdersParams.builder().build();
    assertThat(params.page()).isEqualTo(1);
    assertThat(params.perPage()).isEqualTo(10);
    assertThat(params.sortDirection()).isEqualTo(SortDirection.DESC);
    assertThat(params.status()).isEmpty();
    assertThat(Fixtures.json(params))
        .isEqualTo("{\"page\":1,\"per_page\":10,\"sort_direction\":\"desc\"}");
  }

  @Test
  void listOrdersFollowsTheParameterTableNotTheExampleBody() {
    ListOrdersParams params = ListOrdersParams.builder()
        .status(OrderStatus.ALL)
        .page(1)
        .perPage(10)
        .sortDirection(SortDirection.ASC)
        .build();
    // Intended difference: the docs' example body sends "size" and "sort": "ASC"; the parameter
    // table (the contract) names per_page and sort_direction (asc, desc), which the SDK sends.
    Map<String, Object> expected = fixtureTree("list-orders.request.json");
    expected.put("per_page", expected.remove("size"));
    assertThat(expected.remove("sort")).isEqualTo("ASC");
    expected.put("sort_direction", "asc");
    assertThat(Fixtures.tree(Fixtures.json(params))).isEqualTo(expected);
  }

  @Test
  void listOrdersEveryParameter() throws Exception {
    ListOrdersParams params = ListOrdersParams.builder()
        .page(3)
        .perPage(100)
        .status(OrderStatus.TO_PROCESS)
        .sortBy("created_at")
        .sortDirection(SortDirection.ASC)
        .createdFrom(OffsetDateTime.parse("2025-09-01T00:00:00+07:00"))
        .createdTo(OffsetDateTime.parse("2025-09-30T23:59:59.5+07:00"))
        .build();
    String json = Fixtures.json(params);
    assertThat(json).isEqualTo("{\"page\":3,\"per_page\":100,\"status\":\"to_process\","
        + "\"sort_by\":\"created_at\",\"sort_direction\":\"asc\","
        + "\"created_from\":\"2025-09-01T00:00:00+07:00\","
        + "\"created_to\":\"2025-09-30T23:59:59.5+07:00\"}");
    assertThat(PartnerJson.MOSHI.adapter(ListOrdersParams.class).fromJson(json)).isEqualTo(params);
  }

  @Test
  void withPageKeepsTheQuery() {
    ListOrdersParams first = ListOrdersParams.builder()
        .status(OrderStatus.PACKED)
        .perPage(50)
        .sortBy("status")
        .build();
    ListOrdersParams third = first.withPage(3);
    assertThat(third.page()).isEqualTo(3);
    assertThat(third.perPage()).isEqualTo(50);
    assertThat(third.status()).contains(OrderStatus.PACKED);
    assertThat(third.sortBy()).contains("status");
    assertThat(third.sortDirection()).isEqualTo(SortDirection.DESC);
    assertThat(third.withPage(1)).isEqualTo(first);
    assertThat(first.page()).isEqualTo(1);
  }
}
