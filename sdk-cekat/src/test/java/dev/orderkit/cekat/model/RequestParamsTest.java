package dev.orderkit.cekat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.errors.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Create and list parameters: the docs' request written exactly, defaults, and every rule. */
public class RequestParamsTest {
  /** The docs' curl example, built with the SDK. */
  public static CreateOrderParams createOrderExample() {
    return CreateOrderParams.builder()
        .customerId("contact_abc123")
        .addItem(OrderItemParams.builder().productId("prod_001").name("Premium Widget")
            .quantity(2).price(new BigDecimal("99.00")).sku("WGT-PRE").build())
        .addItem(OrderItemParams.builder().productId("prod_002").name("Widget Accessory")
            .quantity(1).price(new BigDecimal("29.00")).sku("WGT-ACC").build())
        .total(new BigDecimal("227.00"))
        .currency("USD")
        .shippingAddress(Address.builder().name("John Doe").address("123 Main St")
            .city("Jakarta").state("DKI").postalCode("12345").country("ID").build())
        .notes("Please gift wrap this order")
        .build();
  }

  /**
   * The exact body the SDK sends for {@link #createOrderExample()} (keys in declaration order,
   * which is the docs' order).
   */
  public static final String CREATE_BODY = "{\"customer_id\":\"contact_abc123\",\"items\":["
      + "{\"product_id\":\"prod_001\",\"name\":\"Premium Widget\",\"quantity\":2,\"price\":99.00,"
      + "\"sku\":\"WGT-PRE\"},{\"product_id\":\"prod_002\",\"name\":\"Widget Accessory\","
      + "\"quantity\":1,\"price\":29.00,\"sku\":\"WGT-ACC\"}],\"total\":227.00,\"currency\":"
      + "\"USD\",\"shipping_address\":{\"name\":\"John Doe\",\"address\":\"123 Main St\",\"city\":"
      + "\"Jakarta\",\"state\":\"DKI\",\"postal_code\":\"12345\",\"country\":\"ID\"},\"notes\":"
      + "\"Please gift wrap this order\"}";

  @Test
  void theDocsExampleIsWrittenAsTheDocsSendIt() {
    String json = Fixtures.json(createOrderExample());

    assertThat(json).isEqualTo(CREATE_BODY);
    assertThat(Fixtures.tree(json))
        .isEqualTo(Fixtures.tree(Fixtures.text("create-order.request.json")));
  }

  @Test
  void theJavascriptExampleDefaultsTheCurrencyToUsd() {
    CreateOrderParams params = CreateOrderParams.builder().customerId("contact_abc123")
        .addItem(OrderItemParams.builder().productId("prod_001").name("Widget").quantity(1)
            .price(new BigDecimal("99.00")).build())
        .total(new BigDecimal("99.00")).build();

    assertThat(params.currency()).isEqualTo("USD");
    assertThat(Fixtures.json(params)).isEqualTo("{\"customer_id\":\"contact_abc123\",\"items\":["
        + "{\"product_id\":\"prod_001\",\"name\":\"Widget\",\"quantity\":1,\"price\":99.00}],"
        + "\"total\":99.00,\"currency\":\"USD\"}");
  }

  @Test
  void everyOptionalFieldIsWrittenWhenSet() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("source", "whatsapp");
    metadata.put("campaign", Map.of("id", 7));
    CreateOrderParams params = CreateOrderParams.builder().customerId("c")
        .addItem(OrderItemParams.builder().productId("p").quantity(3)
            .price(new BigDecimal("0")).build())
        .total(BigDecimal.ZERO).currency("IDR")
        .billingAddress(Address.builder().city("Surabaya")
            .putAdditionalProperty("district", "Genteng").build())
        .metadata(metadata).build();

    assertThat(Fixtures.json(params)).isEqualTo("{\"customer_id\":\"c\",\"items\":[{\"product_id\":"
        + "\"p\",\"quantity\":3,\"price\":0}],\"total\":0,\"currency\":\"IDR\",\"billing_address\":"
        + "{\"city\":\"Surabaya\",\"district\":\"Genteng\"},\"metadata\":{\"source\":\"whatsapp\","
        + "\"campaign\":{\"id\":7}}}");
  }

  private static OrderItemParams.Builder item() {
    return OrderItemParams.builder().productId("prod_001").quantity(1)
        .price(new BigDecimal("10.00"));
  }

  private static InvalidInputException refused(Consumer<CreateOrderParams.Builder> change) {
    CreateOrderParams.Builder b = CreateOrderParams.builder().customerId("contact_abc123")
        .total(new BigDecimal("10.00"));
    change.accept(b);
    Throwable thrown = catchThrowable(b::build);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  @Test
  void anOrderWithoutItemsIsRefused() {
    InvalidInputException e = refused(b -> { });

    assertThat(e.field()).isEqualTo("items");
    assertThat(e).hasMessageContaining("at least one item");
  }

  @ParameterizedTest
  @CsvSource({"0,0", "-1,0", "0,1"})
  void aQuantityBelowOneIsRefusedNamingTheItem(int quantity, int index) {
    InvalidInputException e = refused(b -> {
      if (index == 1) {
        b.addItem(item().build());
      }
      b.addItem(item().quantity(quantity).build());
    });

    assertThat(e.field()).isEqualTo("items[" + index + "].quantity");
    assertThat(e).hasMessage("items[" + index + "].quantity: must be at least 1; got "
        + quantity);
  }

  @Test
  void aNegativePriceIsRefusedNamingTheItem() {
    InvalidInputException e = refused(b -> b.addItem(item().build())
        .addItem(item().price(new BigDecimal("-0.01")).build()));

    assertThat(e.field()).isEqualTo("items[1].price");
    assertThat(e).hasMessageContaining("must not be negative; got -0.01");
  }

  @Test
  void aNegativeTotalIsRefused() {
    InvalidInputException e = refused(b -> b.addItem(item().build())
        .total(new BigDecimal("-1")));

    assertThat(e.field()).isEqualTo("total");
  }

  @Test
  void emptyIdsAndCurrencyAreRefused() {
    assertThat(refused(b -> b.customerId(" ").addItem(item().build())).field())
        .isEqualTo("customer_id");
    assertThat(refused(b -> b.addItem(item().productId("").build())).field())
        .isEqualTo("items[0].product_id");
    assertThat(refused(b -> b.addItem(item().build()).currency("")).field())
        .isEqualTo("currency");
  }

  @Test
  void requiredFieldsMissingAreNamed() {
    Throwable noCustomer = catchThrowable(() -> CreateOrderParams.builder()
        .addItem(item().build()).total(BigDecimal.ONE).build());
    Throwable noPrice = catchThrowable(() -> OrderItemParams.builder().productId("p")
        .quantity(1).build());

    assertThat(noCustomer).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("customerId");
    assertThat(noPrice).isInstanceOf(InvalidInputException.class).hasMessageContaining("price");
  }

  @Test
  void listParamsDefaultAndBounds() {
    ListOrdersParams defaults = ListOrdersParams.builder().build();
    assertThat(defaults.limit()).isEqualTo(10);
    assertThat(defaults.page()).isEqualTo(1);
    assertThat(ListOrdersParams.builder().limit(100).page(7).build().withPage(8))
        .isEqualTo(ListOrdersParams.builder().limit(100).page(8).build());

    for (int limit : new int[] {0, -5, 101}) {
      Throwable thrown = catchThrowable(() -> ListOrdersParams.builder().limit(limit).build());
      assertThat(thrown).isInstanceOf(InvalidInputException.class)
          .hasMessage("limit: must be between 1 and 100; got " + limit);
    }
    Throwable page = catchThrowable(() -> ListOrdersParams.builder().page(0).build());
    assertThat(((InvalidInputException) page).field()).isEqualTo("page");
    assertThat(List.of(ListOrdersParams.builder().limit(1).build().limit(),
        ListOrdersParams.builder().limit(100).build().limit())).containsExactly(1, 100);
  }
}
