package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.orderkit.core.errors.MissingAttributesException;
import dev.orderkit.core.spi.sample.Channel;
import dev.orderkit.core.spi.sample.Customer;
import dev.orderkit.core.spi.sample.Envelope;
import dev.orderkit.core.spi.sample.Item;
import dev.orderkit.core.spi.sample.ItemDef;
import dev.orderkit.core.spi.sample.Order;
import dev.orderkit.core.spi.sample.OrderStatus;
import dev.orderkit.core.spi.sample.Samples;
import java.io.EOFException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueJsonAdapterTest {
  /** A partner-style order with every kind of property, unknown fields and doc quirks. */
  static final String ORDER = "{"
      + "\"order_id\": 5,"
      + "\"order_code\": \"ORD123\","
      + "\"status\": \"to_process\","
      + "\"channel\": \"offline\","
      + "\"note\": \"leave at door\","
      + "\"grand_total\": \"12000.00\","
      + "\"insurance_price\": \"\","
      + "\"created_at\": \"2025-09-17T01:12:09.000000Z\","
      + "\"checkout_at\": \"2025-12-05T06:32:00.000Z\","
      + "\"delivery_date\": \"2025-01-31\","
      + "\"items\": ["
      + "  {\"item_sku\": \"SKU-1\", \"item_qty\": 2, \"price\": \"2000.00\", \"weight\": 0.001},"
      + "  {\"item_sku\": \"SKU-2\", \"item_qty\": 1, \"price\": 40000}"
      + "],"
      + "\"customer\": {\"name\": \"Budi\", \"phones\": [\"0812\"], \"loyalty\": {\"tier\": 1}},"
      + "\"fees\": {\"cod\": \"12000.00\", \"dfod\": 0.1},"
      + "\"tags\": [\"vip\", \"cod\"],"
      + "\"cancel_reason\": null,"
      + "\"priority\": 3,"
      + "\"store_platform\": \"offline\","
      + "\"dropped\": null,"
      + "\"price_info\": {\"sub_total\": \"12000.00\", \"weight\": 0.001, \"list\": [1, 2.50]}"
      + "}";

  /** The required properties only. */
  static final String MINIMAL = "{\"order_id\": 1, \"order_code\": \"A\", \"status\": \"pending\","
      + " \"channel\": \"online\", \"grand_total\": 1, \"created_at\": \"2024-01-21T09:30:00Z\"";

  private final Moshi moshi = Samples.moshi();
  private final JsonAdapter<Order> orders = moshi.adapter(Order.class);

  @Test
  void decodesEveryKindOfProperty() throws Exception {
    Order order = orders.fromJson(ORDER);

    assertThat(order.id()).isEqualTo(5L);
    assertThat(order.code()).isEqualTo("ORD123");
    assertThat(order.status()).isSameAs(OrderStatus.TO_PROCESS);
    assertThat(order.channel()).isEqualTo(Channel.OFFLINE);
    assertThat(order.note()).contains("leave at door");
    assertThat(order.grandTotal()).isEqualTo(new BigDecimal("12000.00"));
    assertThat(order.insurancePrice()).isEmpty();
    assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2025-09-17T01:12:09Z"));
    assertThat(order.checkoutAt()).contains(Instant.parse("2025-12-05T06:32:00Z"));
    assertThat(order.deliveryDate()).contains(LocalDate.of(2025, 1, 31));
    assertThat(order.items()).containsExactly(
        Item.builder().sku("SKU-1").quantity(2).price(new BigDecimal("2000.00")).weight(new BigDecimal("0.001"))
            .build(),
        Item.builder().sku("SKU-2").quantity(1).price(new BigDecimal("40000")).build());
    assertThat(order.customer())
        .contains(Customer.builder().name("Budi").addPhone("0812").build());
    assertThat(order.fees())
        .containsEntry("cod", new BigDecimal("12000.00"))
        .containsEntry("dfod", new BigDecimal("0.1"));
    assertThat(order.tags()).containsExactly("vip", "cod");
    assertThat(order.cancelReason()).isEqualTo(JsonField.ofNull());
    assertThat(order.discount()).isEqualTo(JsonField.missing());
    assertThat(order.priority()).isEqualTo(3);
    assertThat(order.localOnly()).isEqualTo("local");
    assertThat(order.itemCount()).isEqualTo(2);
  }

  @Test
  void keepsUnknownFieldsAsExactJsonTrees() throws Exception {
    Map<String, Object> extra = orders.fromJson(ORDER).additionalProperties();

    assertThat(extra).containsOnlyKeys("store_platform", "price_info"); // top-level null dropped
    assertThat(extra.get("store_platform")).isEqualTo("offline");
    Map<?, ?> priceInfo = (Map<?, ?>) extra.get("price_info");
    assertThat(priceInfo.get("sub_total")).isEqualTo("12000.00");
    assertThat(priceInfo.get("weight")).isEqualTo(new BigDecimal("0.001"));
    assertThat(priceInfo.get("list"))
        .isEqualTo(Arrays.asList(new BigDecimal("1"), new BigDecimal("2.50")));
  }

  @Test
  void roundTripsToAnEqualValue() throws Exception {
    Order order = orders.fromJson(ORDER);
    String json = orders.toJson(order);
    assertThat(orders.fromJson(json)).isEqualTo(order);
  }

  @Test
  void encodesUnderJsonNamesOmittingAbsentValues() throws Exception {
    String json = orders.toJson(orders.fromJson(ORDER));

    assertThat(json)
        // declaration order, not alphabetical
        .startsWith("{\"order_id\":5,\"order_code\":\"ORD123\",\"status\":\"to_process\","
            + "\"channel\":\"offline\",\"note\":\"leave at door\",\"grand_total\":12000.00,")
        .contains("\"items\":[{\"item_sku\":\"SKU-1\",\"item_qty\":2,\"price\":2000.00,"
            + "\"weight\":0.001},{\"item_sku\":\"SKU-2\",\"item_qty\":1,\"price\":40000}]")
        .contains("\"tags\":[\"vip\",\"cod\"],\"cancel_reason\":null,\"priority\":3,")
        .contains("\"fees\":{\"cod\":12000.00,\"dfod\":0.1}")
        .contains("\"created_at\":\"2025-09-17T01:12:09Z\"")
        .contains("\"status\":\"to_process\"")
        .endsWith(",\"store_platform\":\"offline\",\"price_info\":{\"sub_total\":\"12000.00\","
            + "\"weight\":0.001,\"list\":[1,2.50]}}")
        .doesNotContain("insurance_price", "discount", "local", "itemCount", "isShipped",
            "additionalProperties", "loyalty");
  }

  @Test
  void jsonFieldDistinguishesMissingNullAndValue() throws Exception {
    Order missing = orders.fromJson(MINIMAL + "}");
    Order explicitNull = orders.fromJson(MINIMAL + ", \"cancel_reason\": null}");
    Order value = orders.fromJson(MINIMAL + ", \"cancel_reason\": \"wrong item\"}");

    assertThat(missing.cancelReason().isMissing()).isTrue();
    assertThat(explicitNull.cancelReason().isNull()).isTrue();
    assertThat(value.cancelReason().value()).contains("wrong item");
    assertThat(orders.toJson(missing)).doesNotContain("cancel_reason");
    assertThat(orders.toJson(explicitNull)).contains("\"cancel_reason\":null");
    assertThat(orders.toJson(value)).contains("\"cancel_reason\":\"wrong item\"");
  }

  @Test
  void nullForOptionalOrCollectionMeansNotSet() throws Exception {
    Order order = orders.fromJson(
        MINIMAL + ", \"note\": null, \"customer\": null, \"items\": null, \"fees\": null}");
    assertThat(order.note()).isEmpty();
    assertThat(order.customer()).isEmpty();
    assertThat(order.items()).isEmpty();
    assertThat(order.fees()).isEmpty();
  }

  @Test
  void declaredPropertyWinsOverAnAdditionalPropertyOfTheSameName() throws Exception {
    Order order = orders.fromJson(MINIMAL + "}").toBuilder()
        .putAdditionalProperty("order_code", "shadow")
        .putAdditionalProperty("extra", 1)
        .build();
    String json = orders.toJson(order);
    assertThat(json).contains("\"order_code\":\"A\"").doesNotContain("shadow").endsWith(",\"extra\":1}");
  }

  @Test
  void missingRequiredPropertiesAreNamedWithThePath() {
    assertThatThrownBy(() -> orders.fromJson("{\"order_code\": \"A\", \"note\": \"x\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required properties 'order_id', 'status', 'channel', 'grand_total', "
            + "'created_at' missing for Order at path $");
  }

  @Test
  void missingRequiredPropertyOfANestedValueNamesTheElement() {
    assertThatThrownBy(() -> orders.fromJson(MINIMAL
            + ", \"items\": [{\"item_sku\": \"a\", \"item_qty\": 1, \"price\": 1},"
            + " {\"item_qty\": 1, \"price\": 1}]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'item_sku' missing for Item at path $.items[1]");
  }

  @Test
  void nullForARequiredPropertyCountsAsMissing() {
    assertThatThrownBy(() -> orders.fromJson(MINIMAL.replace("\"A\"", "null") + "}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'order_code'");
  }

  /** Wrong types and invalid values of what the order requires: a JsonDataException naming the path. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"grand_total\": {}                                    | $.grand_total",
    "\"order_code\": []                                     | $.order_code",
    "\"order_id\": \"x\"                                    | $.order_id",
    "\"order_id\": 1.5                                      | $.order_id",
    "\"items\": 5                                           | $.items",
    "\"items\": [null]                                      | $.items",
    "\"items\": [\"SKU-1\"]                                 | $.items[0]",
    "\"items\": [{\"item_sku\": \"s\", \"item_qty\": \"abc\", \"price\": 1}] | $.items[0].item_qty",
    "\"tags\": [\"a\", null]                                | $.tags",
    "\"channel\": \"satellite\"                             | $.channel",
    "\"status\": {}                                         | $.status",
  })
  void wrongTypesOfRequiredValuesFailWithJsonDataExceptionNamingThePath(String property,
      String path) {
    assertThatThrownBy(() -> orders.fromJson(MINIMAL + ", " + property + "}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining(path);
  }

  /**
   * What PHP/Laravel servers send for an optional value that is not there, or cannot be read:
   * the optional value is absent and the rest of the order decodes, every field checked.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"customer\": \"abc\"", "\"customer\": \"\"", "\"customer\": []", "\"customer\": [1, 2]",
    "\"customer\": {\"name\": \"\"}", "\"customer\": {\"phones\": 7}",
    "\"fees\": {\"a\": null}", "\"fees\": []", "\"fees\": \"\"", "\"fees\": {\"a\": {\"b\": [1]}}",
    "\"checkout_at\": true", "\"checkout_at\": \"soon\"", "\"checkout_at\": {\"at\": 1}",
    "\"cancel_reason\": {}", "\"discount\": \"ten\"", "\"insurance_price\": [\"1\"]",
    "\"note\": {\"text\": \"x\"}", "\"delivery_date\": \"next week\"",
  })
  void unreadableOptionalValuesAreAbsentAndTheRestDecodes(String property) throws Exception {
    Order order = orders.fromJson(MINIMAL + ", " + property + ", \"priority\": 3}");

    assertThat(order.id()).isEqualTo(1);
    assertThat(order.code()).isEqualTo("A");
    assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.grandTotal()).isEqualByComparingTo("1");
    assertThat(order.priority()).isEqualTo(3); // read after the bad value: the reader recovered
    assertThat(order.customer()).isEmpty();
    assertThat(order.fees()).isEmpty();
    assertThat(order.checkoutAt()).isEmpty();
    assertThat(order.cancelReason().isMissing()).isTrue();
    assertThat(order.discount().isMissing()).isTrue();
    assertThat(order.insurancePrice()).isEmpty();
    assertThat(order.note()).isEmpty();
    assertThat(order.deliveryDate()).isEmpty();
    assertThat(order.additionalProperties()).isEmpty();
  }

  @Test
  void anUnreadableValueWhoseEndCannotBeToldFailsRatherThanMisreadTheRest() {
    // fees is a map; a member of the same name nested in it leaves two '.fees' in the path
    assertThatThrownBy(() -> orders.fromJson(MINIMAL
            + ", \"fees\": {\"fees\": {\"x\": 1}, \"note\": \"injected\"}, \"note\": \"real\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.fees.fees");
  }

  @Test
  void scalarsArriveInTheirPhpShapes() throws Exception {
    Order order = orders.fromJson("{\"order_id\": \"7\", \"order_code\": 1234,"
        + " \"status\": \"PAID\", \"channel\": \"online\", \"grand_total\": \"15000.50\","
        + " \"created_at\": \"2025-09-27 01:12:09\", \"checkout_at\": 1758935529,"
        + " \"delivery_date\": \"2025-09-28 00:00:00\", \"priority\": \"\","
        + " \"customer\": {\"name\": true, \"phones\": {}}, \"items\": \"\", \"tags\": {}}");

    assertThat(order.id()).isEqualTo(7);
    assertThat(order.code()).isEqualTo("1234");
    assertThat(order.status().value()).isEqualTo("PAID");
    assertThat(order.grandTotal()).isEqualTo(new BigDecimal("15000.50"));
    assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2025-09-27T01:12:09Z"));
    assertThat(order.checkoutAt()).contains(Instant.parse("2025-09-27T01:12:09Z"));
    assertThat(order.deliveryDate()).contains(LocalDate.of(2025, 9, 28));
    assertThat(order.priority()).isEqualTo(0); // "" is absent: the default
    assertThat(order.customer().get().name()).isEqualTo("true");
    assertThat(order.customer().get().phones()).isEmpty();
    assertThat(order.items()).isEmpty();
    assertThat(order.tags()).isEmpty();
  }

  @Test
  void builderValidationFailuresBecomeJsonDataExceptions() {
    assertThatThrownBy(() -> moshi.adapter(Customer.class).fromJson("{\"name\": \"\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("name must not be empty")
        .hasMessageContaining("at path $")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrongTopLevelTypeFails() {
    assertThatThrownBy(() -> orders.fromJson("[]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("BEGIN_OBJECT")
        .hasMessageContaining("$");
    assertThatThrownBy(() -> orders.fromJson("\"order\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("STRING");
  }

  @Test
  void malformedJsonFailsWithIoExceptions() {
    assertThatThrownBy(() -> orders.fromJson("{\"order_id\": 1,,}"))
        .isInstanceOf(JsonEncodingException.class)
        .hasMessageContaining("$.order_id");
    assertThatThrownBy(() -> orders.fromJson("{\"order_id\": 1"))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void unknownFieldsAreSkippedWithoutAdditionalProperties() throws Exception {
    Customer customer = moshi.adapter(Customer.class)
        .fromJson("{\"name\": \"Budi\", \"loyalty\": {\"tier\": [1, {\"x\": null}]}}");
    assertThat(customer).isEqualTo(Customer.builder().name("Budi").build());
  }

  @Test
  void abstractDefTypeIsBoundToo() throws Exception {
    ItemDef item = moshi.adapter(ItemDef.class)
        .fromJson("{\"item_sku\": \"S\", \"item_qty\": 1, \"price\": \"1.00\"}");
    assertThat(item).isInstanceOf(Item.class);
    assertThat(item.price()).isEqualTo(new BigDecimal("1.00"));
  }

  @Test
  void genericValueTypesResolveTheirTypeArguments() throws Exception {
    JsonAdapter<Envelope<Order>> envelopes =
        moshi.adapter(Types.newParameterizedType(Envelope.class, Order.class));
    Envelope<Order> envelope = envelopes.fromJson(
        "{\"status\": 200, \"message\": \"OK\", \"data\": " + ORDER
            + ", \"errors\": null, \"request_id\": \"req-1\"}");
    assertThat(envelope.data()).contains(orders.fromJson(ORDER));
    assertThat(envelope.requestId()).contains("req-1");

    JsonAdapter<Envelope<List<Item>>> lists = moshi.adapter(Types.newParameterizedType(
        Envelope.class, Types.newParameterizedType(List.class, Item.class)));
    Envelope<List<Item>> list = lists.fromJson("{\"status\": 200, \"message\": \"OK\", \"data\": "
        + "[{\"item_sku\": \"S\", \"item_qty\": 1, \"price\": 3}]}");
    assertThat(list.data().get()).extracting(Item::sku).containsExactly("S");
    assertThat(lists.toJson(list))
        .isEqualTo("{\"status\":200,\"message\":\"OK\","
            + "\"data\":[{\"item_sku\":\"S\",\"item_qty\":1,\"price\":3}]}");
  }

  @Test
  void rawGenericValueTypeReadsDataAsJsonTree() throws Exception {
    Envelope<?> envelope = moshi.adapter(Envelope.class)
        .fromJson("{\"status\": 201, \"message\": \"ok\", \"data\": {\"total\": 0.10}}");
    assertThat(envelope.data().get()).isEqualTo(
        java.util.Collections.singletonMap("total", new BigDecimal("0.10")));
  }

  @Test
  void theGeneratedFactoryBindsItsOwnTypesOnly() {
    JsonAdapter.Factory factory = dev.orderkit.core.spi.sample.SamplesAdapters.FACTORY;
    assertThat(factory.create(Order.class, java.util.Collections.emptySet(), moshi))
        .isInstanceOf(ValueJsonAdapter.class)
        .hasToString("JsonAdapter(dev.orderkit.core.spi.sample.Order)");
    assertThat(factory.create(OrderStatus.class, java.util.Collections.emptySet(), moshi))
        .isInstanceOf(OpenEnumJsonAdapter.class);
    assertThat(factory.create(Channel.class, java.util.Collections.emptySet(), moshi))
        .isInstanceOf(JavaEnumJsonAdapter.class);
    assertThat(factory.create(String.class, java.util.Collections.emptySet(), moshi)).isNull();
    assertThat(factory.create(Order.class,
        java.util.Collections.singleton(ITEM_ANNOTATION), moshi)).isNull();
  }

  /** Any annotation: a qualified request is not the generated adapter's. */
  private static final java.lang.annotation.Annotation ITEM_ANNOTATION =
      ValueJsonAdapterTest.class.getDeclaredAnnotations().length > 0
          ? ValueJsonAdapterTest.class.getDeclaredAnnotations()[0]
          : Deprecated.class.getAnnotation(java.lang.annotation.Documented.class);

  @Test
  void builderReportsMissingAttributesByAccessorName() {
    assertThatThrownBy(() -> Item.builder().sku("S").build())
        .isInstanceOf(MissingAttributesException.class)
        .satisfies(e -> assertThat(((MissingAttributesException) e).attributes())
            .containsExactly("quantity", "price"));
  }
}
