package dev.orderkit.partner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.InvalidInputException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule fails at {@code build()} with an InvalidInputException naming the JSON field. */
class ValidationTest {
  private static Recipient recipient() {
    return Recipient.builder().name("N").phone("P").fullAddress("F").build();
  }

  private static ProductItem.Builder product() {
    return ProductItem.builder().sku("S").unitPrice(BigDecimal.ONE).qty(1);
  }

  private static CreateOrderParams.Builder create() {
    return CreateOrderParams.builder().orderCode("A").recipient(recipient())
        .addProduct(product().build());
  }

  private static OrderPrice.Builder price() {
    return OrderPrice.builder().subTotalPrice(BigDecimal.ONE).grandTotalOrderPrice(BigDecimal.ONE);
  }

  private static final BigDecimal MINUS = new BigDecimal("-0.01");

  private static Arguments rule(String field, String message, Supplier<?> build) {
    return Arguments.of(field, message, build);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // list orders
        rule("page", "must be at least 1; got 0", () -> ListOrdersParams.builder().page(0).build()),
        rule("page", "must be at least 1; got -1",
            () -> ListOrdersParams.builder().build().withPage(-1)),
        rule("per_page", "must be between 1 and 100; got 0",
            () -> ListOrdersParams.builder().perPage(0).build()),
        rule("per_page", "must be between 1 and 100; got 101",
            () -> ListOrdersParams.builder().perPage(101).build()),
        rule("sort_by", "must not be empty; got \" \"",
            () -> ListOrdersParams.builder().sortBy(" ").build()),
        rule("created_from",
            "must not be after created_to; got 2025-02-01T00:00Z > 2025-01-31T23:59Z",
            () -> ListOrdersParams.builder()
                .createdFrom(OffsetDateTime.parse("2025-02-01T00:00:00Z"))
                .createdTo(OffsetDateTime.parse("2025-01-31T23:59:00Z")).build()),
        // order codes
        rule("order_code", "must not be empty; got \"\"", () -> OrderCodeParams.of("")),
        rule("order_code", "must not be empty; got \"  \"", () -> OrderCodeParams.of("  ")),
        rule("order_code", "must not be empty; got \"\"", () -> CancelOrderParams.builder()
            .orderCode("").cancelBy(CancelReason.OTHER).build()),
        rule("order_code", "must not be empty; got \"\"", () -> ReturnOrderParams.builder()
            .orderCode("").returnBy(ReturnReason.OTHER).build()),
        rule("order_code", "must not be empty; got \"\"", () -> PackOrderParams.builder()
            .orderCode("").pickupOption(PickupOption.MID_PICKUP).build()),
        rule("order_code", "must not be empty; got \"\"",
            () -> ShippingLabelParams.builder().orderCode("").build()),
        rule("order_code", "must not be empty; got \"\"",
            () -> UpdateOrderParams.builder().orderCode("").build()),
        rule("order_code", "must not be empty; got \"\"", () -> create().orderCode("").build()),
        // create order
        rule("cod_percentage", "must be between 0 and 100; got -1",
            () -> create().codPercentage(new BigDecimal("-1")).build()),
        rule("insurance_percentage", "must be between 0 and 100; got 100.5",
            () -> create().insurancePercentage(new BigDecimal("100.5")).build()),
        rule("recipient.name", "must not be empty; got \"\"", () -> create()
            .recipient(Recipient.builder().from(recipient()).name("").build()).build()),
        rule("recipient.phone", "must not be empty; got \"\"", () -> create()
            .recipient(Recipient.builder().from(recipient()).phone("").build()).build()),
        rule("recipient.full_address", "must not be empty; got \"\"", () -> create()
            .recipient(Recipient.builder().from(recipient()).fullAddress("").build()).build()),
        rule("products", "must hold at least one product; got none",
            () -> create().products(List.of()).build()),
        rule("products[0].qty", "must be at least 1; got 0",
            () -> create().products(List.of(product().qty(0).build())).build()),
        rule("products[1].qty", "must be at least 1; got -2",
            () -> create().addProduct(product().qty(-2).build()).build()),
        rule("products[1].sku", "must not be empty; got \"\"",
            () -> create().addProduct(product().sku("").build()).build()),
        rule("products[0].unit_price", "must not be negative; got -0.01",
            () -> create().products(List.of(product().unitPrice(MINUS).build())).build()),
        rule("products[0].unit_weight", "must not be negative; got -0.01",
            () -> create().products(List.of(product().unitWeight(MINUS).build())).build()),
        rule("package.weight", "must not be negative; got -0.01", () -> create()
            .packageDimensions(PackageDimensions.builder().weight(MINUS).build()).build()),
        rule("package.length", "must not be negative; got -0.01", () -> create()
            .packageDimensions(PackageDimensions.builder().length(MINUS).build()).build()),
        rule("package.width", "must not be negative; got -0.01", () -> create()
            .packageDimensions(PackageDimensions.builder().width(MINUS).build()).build()),
        rule("package.height", "must not be negative; got -0.01", () -> create()
            .packageDimensions(PackageDimensions.builder().height(MINUS).build()).build()),
        rule("price.sub_total_price", "must not be negative; got -0.01",
            () -> create().price(price().subTotalPrice(MINUS).build()).build()),
        rule("price.shipping_price", "must not be negative; got -0.01",
            () -> create().price(price().shippingPrice(MINUS).build()).build()),
        rule("price.other_price", "must not be negative; got -0.01",
            () -> create().price(price().otherPrice(MINUS).build()).build()),
        rule("price.total_discount_price", "must not be negative; got -0.01",
            () -> create().price(price().totalDiscountPrice(MINUS).build()).build()),
        rule("price.cod_fee", "must not be negative; got -0.01",
            () -> create().price(price().codFee(MINUS).build()).build()),
        rule("price.cod_price", "must not be negative; got -0.01",
            () -> create().price(price().codPrice(MINUS).build()).build()),
        rule("price.grand_total_order_price", "must not be negative; got -0.01",
            () -> create().price(price().grandTotalOrderPrice(MINUS).build()).build()),
        rule("price.discount_seller", "must not be negative; got -0.01",
            () -> create().price(price().discountSeller(MINUS).build()).build()),
        rule("price.discount_shipping", "must not be negative; got -0.01",
            () -> create().price(price().discountShipping(MINUS).build()).build()),
        rule("price.packing_price", "must not be negative; got -0.01",
            () -> create().price(price().packingPrice(MINUS).build()).build()),
        rule("price.insurance_price", "must not be negative; got -0.01",
            () -> create().price(price().insurancePrice(MINUS).build()).build()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rules")
  void ruleFailsAtBuildNamingTheField(String field, String message, Supplier<?> build) {
    assertThatThrownBy(build::get)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(field + ": " + message)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  @Test
  void boundariesAreAccepted() {
    assertThat(ListOrdersParams.builder().page(1).perPage(1).build().perPage()).isEqualTo(1);
    assertThat(ListOrdersParams.builder().perPage(100).build().perPage()).isEqualTo(100);
    OffsetDateTime t = OffsetDateTime.parse("2025-01-01T00:00:00Z");
    assertThat(ListOrdersParams.builder().createdFrom(t).createdTo(t).build().createdTo())
        .contains(t);
    CreateOrderParams zeroes = create()
        .codPercentage(BigDecimal.ZERO)
        .insurancePercentage(new BigDecimal("100"))
        .products(List.of(product().unitPrice(BigDecimal.ZERO).unitWeight(BigDecimal.ZERO).build()))
        .price(price().subTotalPrice(BigDecimal.ZERO).grandTotalOrderPrice(BigDecimal.ZERO).build())
        .build();
    assertThat(zeroes.products()).hasSize(1);
  }

  @Test
  void requiredAttributesAreNamedToo() {
    assertThatThrownBy(() -> CancelOrderParams.builder().orderCode("A").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cancelBy");
    assertThatThrownBy(() -> CreateOrderParams.builder().orderCode("A").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("recipient");
    assertThatThrownBy(() -> PackOrderParams.builder().orderCode("A").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pickupOption");
  }
}
