package dev.orderkit.cekat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The docs' two response examples decoded, every field checked; the two shapes' quirks. */
class ResponseModelsTest {
  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void statusesCompareByMeaningWithIs() {
    assertThat(OrderStatus.of("Canceled").is(OrderStatus.CANCELLED)).isTrue();
    assertThat(OrderStatus.of("PAID").is(OrderStatus.PAID)).isTrue();
    assertThat(OrderStatus.of("PAID").equals(OrderStatus.PAID)).isFalse();
    assertThat(OrderStatus.of("paid").is(OrderStatus.PENDING)).isFalse();
    assertThat(OrderStatus.of("and etc.").is(OrderStatus.of("and etc."))).isTrue();
    assertThat(OrderStatus.of("and etc.").is(OrderStatus.PENDING)).isFalse();
  }

  @Test
  void createdOrderFromTheDocsExample() {
    String body = Fixtures.text("create-order.response.json");
    assertThat(((Map<?, ?>) Fixtures.tree(body)).get("success")).isEqualTo(true);

    Order order = Fixtures.member(body, "data", Order.class);

    assertThat(order.id()).isEqualTo("order_xyz789");
    assertThat(order.orderNumber().value()).isEqualTo("ORD-2025-0327-001");
    assertThat(order.orderNumber().isNumeric()).isFalse();
    assertThat(order.orderNumber().asLong()).isEmpty();
    assertThat(order.customerId()).contains("contact_abc123");
    assertThat(order.status()).isSameAs(OrderStatus.PENDING);
    assertThat(order.status().known()).contains(OrderStatus.Known.PENDING);
    assertThat(order.items()).hasSize(2);

    OrderItem first = order.items().get(0);
    assertThat(first.productId()).isEqualTo("prod_001");
    assertThat(first.name()).contains("Premium Widget");
    assertThat(first.quantity()).isEqualTo(2);
    assertThat(first.price()).isEqualTo(dec("99.00"));
    assertThat(first.subtotal()).contains(dec("198.00"));
    assertThat(first.sku()).isEmpty();
    assertThat(first.additionalProperties()).isEmpty();

    OrderItem second = order.items().get(1);
    assertThat(second.productId()).isEqualTo("prod_002");
    assertThat(second.name()).contains("Widget Accessory");
    assertThat(second.quantity()).isEqualTo(1);
    assertThat(second.price()).isEqualTo(dec("29.00"));
    assertThat(second.subtotal()).contains(dec("29.00"));
    assertThat(second.sku()).isEmpty();

    // exact, scale kept: 227.00 is not 227
    assertThat(order.subtotal()).contains(dec("227.00"));
    assertThat(order.shipping()).contains(dec("0"));
    assertThat(order.tax()).contains(dec("0"));
    assertThat(order.total()).contains(dec("227.00"));
    assertThat(order.total().get().scale()).isEqualTo(2);
    assertThat(order.currency()).contains("USD");

    Address address = order.shippingAddress().get();
    assertThat(address.name()).contains("John Doe");
    assertThat(address.address()).contains("123 Main St");
    assertThat(address.city()).contains("Jakarta");
    assertThat(address.state()).contains("DKI");
    assertThat(address.postalCode()).contains("12345");
    assertThat(address.country()).contains("ID");
    assertThat(address.additionalProperties()).isEmpty();
    assertThat(order.billingAddress()).isEmpty();

    assertThat(order.notes()).contains("Please gift wrap this order");
    assertThat(order.metadata()).isEmpty();
    assertThat(order.createdAt()).contains(OffsetDateTime.of(2025, 3, 27, 15, 0, 0, 0,
        ZoneOffset.UTC));
    assertThat(order.updatedAt()).contains(OffsetDateTime.of(2025, 3, 27, 15, 0, 0, 0,
        ZoneOffset.UTC));
    assertThat(order.additionalProperties()).isEmpty();
  }

  @Test
  void listedOrderFromTheDocsExample() {
    String body = Fixtures.text("list-orders.response.json");
    assertThat(((Map<?, ?>) Fixtures.tree(body)).get("message")).isEqualTo("success");
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) ((Map<?, ?>) Fixtures.tree(body)).get("data");
    assertThat(data).containsOnlyKeys("orders");

    assertThat(((List<?>) data.get("orders")).get(0)).isInstanceOfSatisfying(Map.class,
        raw -> assertThat(raw.get("order_number")).isEqualTo(dec("2292")));

    List<ListedOrder> orders = Fixtures.listedOrders(body);
    assertThat(orders).hasSize(1);
    ListedOrder order = orders.get(0);

    String uuid = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    assertThat(order.id()).isEqualTo(uuid);
    assertThat(order.orderNumber().value()).isEqualTo("2292");
    assertThat(order.orderNumber().isNumeric()).isTrue();
    assertThat(order.orderNumber().asLong()).contains(2292L);
    assertThat(order.orderStatus()).isSameAs(OrderStatus.PENDING);
    assertThat(order.subtotal()).contains(dec("178000"));
    assertThat(order.discount()).contains(dec("0"));
    assertThat(order.shippingFee()).contains(dec("95500"));
    assertThat(order.grandTotal()).contains(dec("273500"));
    assertThat(order.paymentType()).contains("one_time_payment");
    assertThat(order.paymentMethod()).contains("xendit");
    assertThat(order.contactId()).contains(uuid);
    Contact contact = order.contact().get();
    assertThat(contact.id()).contains(uuid);
    assertThat(contact.displayName()).contains("Customer Name");
    assertThat(contact.phoneNumber()).contains("6281578326419");
    assertThat(contact.additionalProperties()).isEmpty();
    assertThat(order.conversationId()).contains(uuid);
    assertThat(order.invoices()).isEmpty(); // in the field table, not in the example
    OffsetDateTime created = order.createdAt().get();
    assertThat(created).isEqualTo(OffsetDateTime.of(2026, 4, 8, 9, 29, 7, 444_755_000,
        ZoneOffset.UTC));
    assertThat(created.getNano()).isEqualTo(444_755_000);
    assertThat(created.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(order.additionalProperties()).isEmpty();
  }

  @Test
  void orderNumbersDecodeFromEitherFormInBothShapesAndRoundTrip() {
    ListedOrder listedAsString = Fixtures.decode(
        "{\"id\":\"a\",\"order_number\":\"ORD-7\",\"order_status\":\"paid\"}", ListedOrder.class);
    Order createdAsNumber = Fixtures.decode(
        "{\"id\":\"b\",\"order_number\":2292,\"status\":\"pending\"}", Order.class);

    assertThat(listedAsString.orderNumber()).isEqualTo(OrderNumber.of("ORD-7"));
    assertThat(createdAsNumber.orderNumber()).isEqualTo(OrderNumber.of(2292));
    assertThat(createdAsNumber.orderNumber().toString()).isEqualTo("2292");
    assertThat(Fixtures.json(createdAsNumber)).contains("\"order_number\":2292");
    assertThat(Fixtures.json(listedAsString)).contains("\"order_number\":\"ORD-7\"");
    assertThat(OrderNumber.of("2292")).as("same number, either form").isEqualTo(OrderNumber.of(2292))
        .hasSameHashCodeAs(OrderNumber.of(2292));
    assertThat(OrderNumber.of("2292").asLong()).contains(2292L);

    Throwable bool = catchThrowable(() -> Fixtures.decode(
        "{\"id\":\"b\",\"order_number\":true,\"status\":\"pending\"}", Order.class));
    assertThat(bool).isInstanceOf(JsonDataException.class).hasMessageContaining("order number");
  }

  @ParameterizedTest
  @CsvSource({"pending,PENDING", "paid,PAID", "processing,PROCESSING", "shipped,SHIPPED",
      "delivered,DELIVERED", "cancelled,CANCELLED", "refunded,REFUNDED", "canceled,CANCELLED",
      "PAID,PAID"})
  void everyDocumentedStatusIsKnown(String raw, OrderStatus.Known known) {
    ListedOrder order = Fixtures.decode(
        "{\"id\":\"a\",\"order_number\":1,\"order_status\":\"" + raw + "\"}", ListedOrder.class);

    assertThat(order.orderStatus().value()).isEqualTo(raw);
    assertThat(order.orderStatus().known()).contains(known);
  }

  @Test
  void unknownStatusesAndFieldsDecodeAndAreKept() {
    Order order = Fixtures.decode("{\"id\":\"o\",\"order_number\":\"N\",\"status\":"
        + "\"awaiting_pickup\",\"channel\":\"whatsapp\",\"items\":[{\"product_id\":\"p\","
        + "\"quantity\":1,\"price\":\"12.50\",\"variant\":\"red\"}],\"billing_address\":"
        + "{\"city\":\"Bandung\",\"district\":\"Coblong\"},\"metadata\":{\"source\":\"bot\","
        + "\"score\":0.95}}", Order.class);
    ListedOrder listed = Fixtures.decode("{\"id\":\"l\",\"order_number\":3,\"order_status\":"
        + "\"on_hold\",\"invoices\":[{\"id\":\"inv-1\",\"amount\":1000}],\"updated_at\":"
        + "\"2026-04-08T09:30:00+00:00\"}", ListedOrder.class);

    assertThat(order.status()).isEqualTo(OrderStatus.of("awaiting_pickup"));
    assertThat(order.status().known()).isEmpty();
    assertThat(order.additionalProperties()).containsExactly(Map.entry("channel", "whatsapp"));
    assertThat(order.items().get(0).price()).isEqualTo(dec("12.50"));
    assertThat(order.items().get(0).additionalProperties())
        .containsExactly(Map.entry("variant", "red"));
    assertThat(order.billingAddress().get().city()).contains("Bandung");
    assertThat(order.billingAddress().get().additionalProperties())
        .containsExactly(Map.entry("district", "Coblong"));
    assertThat(order.metadata().get()).containsExactly(Map.entry("source", "bot"),
        Map.entry("score", dec("0.95")));
    assertThat(order.total()).isEmpty();
    assertThat(order.items().get(0).subtotal()).isEmpty();

    assertThat(listed.orderStatus().value()).isEqualTo("on_hold");
    assertThat(listed.orderStatus().known()).isEmpty();
    assertThat(listed.invoices()).containsExactly(Map.of("id", "inv-1", "amount", dec("1000")));
    assertThat(listed.additionalProperties())
        .containsExactly(Map.entry("updated_at", "2026-04-08T09:30:00+00:00"));
  }

  @Test
  void requiredFieldsAreNamedWhenMissing() {
    Throwable noStatus = catchThrowable(() -> Fixtures.decode(
        "{\"id\":\"l\",\"order_number\":3}", ListedOrder.class));

    assertThat(noStatus).hasMessageContaining("order_status");
  }
}
