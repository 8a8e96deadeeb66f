package dev.orderkit.bosonline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.MissingAttributesException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Request Create Order body: the docs' example built with the builders writes exactly the
 * docs' JSON (nulls included), the docs' example decodes into the same value, and every rule is
 * checked at {@code build()} naming the JSON path.
 */
class CreateOrderParamsTest {

  @Test
  void paymentTypesCompareWithIs() {
    assertThat(PaymentType.of("cod").is(PaymentType.COD)).isTrue();
    assertThat(PaymentType.of("transfer").is(PaymentType.COD)).isFalse();
    assertThat(PaymentType.of("transfer").is(PaymentType.of("transfer"))).isTrue();
  }

  @Test
  void theDocsExampleBuiltWithTheBuildersWritesTheDocsJson() {
    String written = Fixtures.json(Fixtures.createOrderExample());

    assertThat(written).isEqualTo(Fixtures.CREATE_ORDER_BODY);
    assertThat(Fixtures.tree(written))
        .as("same tree as the verbatim docs example, nulls and all")
        .isEqualTo(Fixtures.tree(Fixtures.text("create-order.request.json")));
  }

  @Test
  void theDocsExampleDecodesWithEveryField() {
    CreateOrderParams p =
        Fixtures.decode(Fixtures.text("create-order.request.json"), CreateOrderParams.class);

    assertThat(p).isEqualTo(Fixtures.createOrderExample());
    Sender s = p.sender();
    assertThat(s.warehouseName()).isEqualTo("Alfian");
    assertThat(s.senderName()).isEqualTo("Alfian");
    assertThat(s.senderPhone()).isEqualTo("081732131321");
    assertThat(s.senderAddrId()).isEqualTo(15022L);
    assertThat(s.senderDetail()).isEqualTo("Bukit Kismadani 6");
    assertThat(s.senderLatitude()).isEqualTo(new BigDecimal("2.9372132131231"));
    assertThat(s.senderLongitude()).isEqualTo(new BigDecimal("3.41321312312312"));
    Receiver r = p.receiver();
    assertThat(r.receiverName()).isEqualTo("Faisol");
    assertThat(r.receiverPhone()).isEqualTo("083131412312");
    assertThat(r.receiverAddrId()).isEqualTo(15022L);
    assertThat(r.receiverAddress()).isEqualTo("BUkit Kismadani1");
    assertThat(r.receiverDetail()).extracting(ReceiverDetail::fieldName, ReceiverDetail::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Nama Pembeli", "kiroomin Muqorrobin"),
            org.assertj.core.groups.Tuple.tuple("Alamat Email", "mkiroomin@gmail.com"));
    CheckoutItems i = p.items();
    assertThat(i.pickupVia()).isZero();
    assertThat(i.serviceCode()).isEqualTo("00");
    assertThat(i.insuranceType()).isEqualTo(1);
    assertThat(i.courierCode()).isEqualTo("idx");
    assertThat(i.note()).isEmpty();
    assertThat(i.paymentMethod().type()).isEqualTo(PaymentType.COD);
    assertThat(i.paymentMethod().type().known()).contains(PaymentType.Known.COD);
    assertThat(i.paymentMethod().bank()).isEmpty();
    assertThat(i.orderType()).isZero();
    assertThat(i.deliveryVoucherCode()).isEmpty();
    assertThat(i.discountVoucherCode()).isEmpty();
    assertThat(i.waValidation()).isTrue();
    assertThat(i.orderItems()).extracting(OrderItem::itemSku, OrderItem::itemQty)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BAT-AA-001-01", 1),
            org.assertj.core.groups.Tuple.tuple("BAT-AA-001-02", 1));
  }

  @Test
  void optionalFieldsAreSentWhenSetAndUnknownTypesAndExtrasPassThrough() {
    CreateOrderParams base = Fixtures.createOrderExample();
    CreateOrderParams p = base.toBuilder()
        .items(base.items().toBuilder()
            .note("Tolong dibungkus rapi")
            .paymentMethod(PaymentMethod.builder().type(PaymentType.of("transfer")).bank("BCA")
                .build())
            .deliveryVoucherCode("ONGKIR10")
            .discountVoucherCode("DISKON5")
            .putAdditionalProperty("dropship", Boolean.TRUE)
            .build())
        .build();

    @SuppressWarnings("unchecked")
    Map<String, Object> items = (Map<String, Object>) ((Map<String, Object>)
        Fixtures.tree(Fixtures.json(p))).get("items");

    assertThat(items).containsEntry("note", "Tolong dibungkus rapi")
        .containsEntry("delivery_voucher_code", "ONGKIR10")
        .containsEntry("discount_voucher_code", "DISKON5")
        .containsEntry("payment_method", Map.of("type", "transfer", "bank", "BCA"))
        .containsEntry("dropship", Boolean.TRUE);
    assertThat(PaymentType.of("transfer").known()).isEmpty();
    assertThat(PaymentType.of("cod")).isSameAs(PaymentType.COD);
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        rule("items.order_items[1].item_qty", p -> withItems(p,
            p.items().toBuilder().orderItems(List.of(OrderItem.of("A-1", 1), OrderItem.of("A-2", 0)))
                .build())),
        rule("items.order_items[0].item_qty", p -> withItems(p,
            p.items().toBuilder().orderItems(List.of(OrderItem.of("A-1", -3))).build())),
        rule("items.order_items[0].item_sku", p -> withItems(p,
            p.items().toBuilder().orderItems(List.of(OrderItem.of("  ", 1))).build())),
        rule("items.order_items", p -> withItems(p,
            p.items().toBuilder().orderItems(List.<OrderItem>of()).build())),
        rule("items.courier_code", p -> withItems(p,
            p.items().toBuilder().courierCode("").build())),
        rule("items.service_code", p -> withItems(p,
            p.items().toBuilder().serviceCode(" ").build())),
        rule("items.pickup_via", p -> withItems(p, p.items().toBuilder().pickupVia(-1).build())),
        rule("items.insurance_type", p -> withItems(p,
            p.items().toBuilder().insuranceType(-1).build())),
        rule("items.order_type", p -> withItems(p, p.items().toBuilder().orderType(-1).build())),
        rule("items.payment_method.type", p -> withItems(p, p.items().toBuilder()
            .paymentMethod(PaymentMethod.builder().type(PaymentType.of("")).build()).build())),
        rule("items.payment_method.bank", p -> withItems(p, p.items().toBuilder()
            .paymentMethod(PaymentMethod.builder().type(PaymentType.COD).bank("").build())
            .build())),
        rule("items.delivery_voucher_code", p -> withItems(p,
            p.items().toBuilder().deliveryVoucherCode(" ").build())),
        rule("items.discount_voucher_code", p -> withItems(p,
            p.items().toBuilder().discountVoucherCode("").build())),
        rule("sender.warehouse_name", p -> p.toBuilder()
            .sender(p.sender().toBuilder().warehouseName("").build()).build()),
        rule("sender.sender_name", p -> p.toBuilder()
            .sender(p.sender().toBuilder().senderName(" ").build()).build()),
        rule("sender.sender_phone", p -> p.toBuilder()
            .sender(p.sender().toBuilder().senderPhone("").build()).build()),
        rule("sender.sender_addr_id", p -> p.toBuilder()
            .sender(p.sender().toBuilder().senderAddrId(0).build()).build()),
        rule("sender.sender_detail", p -> p.toBuilder()
            .sender(p.sender().toBuilder().senderDetail("").build()).build()),
        rule("sender.sender_latitude", p -> p.toBuilder()
            .sender(p.sender().toBuilder().senderLatitude(new BigDecimal("90.0001")).build())
            .build()),
        rule("sender.sender_longitude", p -> p.toBuilder()
            .sender(p.sender().toBuilder().senderLongitude(new BigDecimal("-180.5")).build())
            .build()),
        rule("receiver.receiver_name", p -> p.toBuilder()
            .receiver(p.receiver().toBuilder().receiverName("").build()).build()),
        rule("receiver.receiver_phone", p -> p.toBuilder()
            .receiver(p.receiver().toBuilder().receiverPhone(" ").build()).build()),
        rule("receiver.receiver_addr_id", p -> p.toBuilder()
            .receiver(p.receiver().toBuilder().receiverAddrId(-5).build()).build()),
        rule("receiver.receiver_address", p -> p.toBuilder()
            .receiver(p.receiver().toBuilder().receiverAddress("").build()).build()),
        rule("receiver.receiver_detail[2].field_name", p -> p.toBuilder()
            .receiver(p.receiver().toBuilder().addReceiverDetail(ReceiverDetail.of(" ", "x"))
                .build()).build()));
  }

  private static Arguments rule(String field, UnaryOperator<CreateOrderParams> breakIt) {
    return Arguments.of(field, breakIt);
  }

  private static CreateOrderParams withItems(CreateOrderParams p, CheckoutItems items) {
    return p.toBuilder().items(items).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void everyRuleIsCheckedAtBuildNamingTheJsonPath(String field,
      UnaryOperator<CreateOrderParams> breakIt) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> breakIt.apply(Fixtures.createOrderExample()));

    assertThat(e).as(field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + ": ");
  }

  @Test
  void coordinatesAtTheLimitsAndAnEmptyFieldValueAreAccepted() {
    CreateOrderParams p = Fixtures.createOrderExample();
    CreateOrderParams edge = p.toBuilder()
        .sender(p.sender().toBuilder().senderLatitude(new BigDecimal("-90"))
            .senderLongitude(new BigDecimal("180")).build())
        .receiver(p.receiver().toBuilder().receiverDetail(List.of(ReceiverDetail.of("Catatan", "")))
            .build())
        .build();

    assertThat(edge.sender().senderLatitude()).isEqualByComparingTo("-90");
    assertThat(edge.receiver().receiverDetail().get(0).value()).isEmpty();
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    MissingAttributesException items = catchThrowableOfType(MissingAttributesException.class,
        () -> CreateOrderParams.builder().sender(Fixtures.createOrderExample().sender())
            .receiver(Fixtures.createOrderExample().receiver()).build());
    MissingAttributesException qty = catchThrowableOfType(MissingAttributesException.class,
        () -> OrderItem.builder().itemSku("A-1").build());
    MissingAttributesException coordinates = catchThrowableOfType(
        MissingAttributesException.class, () -> Sender.builder().warehouseName("W")
            .senderName("S").senderPhone("0812").senderAddrId(1).senderDetail("D").build());

    assertThat(items.attributes()).containsExactly("items");
    assertThat(qty.attributes()).containsExactly("itemQty");
    assertThat(coordinates.attributes()).containsExactly("senderLatitude", "senderLongitude");
  }
}
