package dev.orderkit.bosonline.model;

import com.squareup.moshi.JsonReader;
import dev.orderkit.bosonline.internal.BosOnlineJson;
import dev.orderkit.core.spi.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import okio.Buffer;

/** The docs' examples, copied verbatim into {@code src/test/resources/fixtures/bosonline/}. */
public final class Fixtures {
  /** The checkout form id of the docs' example request. */
  public static final String FORM_ID = "d9cc7807-36c2-4eb1-b910-ece18a1bbb6e";

  /**
   * The docs' example request as the SDK writes it: properties in declaration order (the docs'
   * order), the example's nulls kept, numbers exactly as in the example.
   */
  public static final String CREATE_ORDER_BODY = "{"
      + "\"sender\":{"
      + "\"warehouse_name\":\"Alfian\","
      + "\"sender_name\":\"Alfian\","
      + "\"sender_phone\":\"081732131321\","
      + "\"sender_addr_id\":15022,"
      + "\"sender_detail\":\"Bukit Kismadani 6\","
      + "\"sender_latitude\":2.9372132131231,"
      + "\"sender_longitude\":3.41321312312312},"
      + "\"receiver\":{"
      + "\"receiver_name\":\"Faisol\","
      + "\"receiver_phone\":\"083131412312\","
      + "\"receiver_addr_id\":15022,"
      + "\"receiver_address\":\"BUkit Kismadani1\","
      + "\"receiver_detail\":[{\"field_name\":\"Nama Pembeli\",\"value\":\"kiroomin Muqorrobin\"},"
      + "{\"field_name\":\"Alamat Email\",\"value\":\"mkiroomin@gmail.com\"}]},"
      + "\"items\":{"
      + "\"pickup_via\":0,"
      + "\"service_code\":\"00\","
      + "\"insurance_type\":1,"
      + "\"courier_code\":\"idx\","
      + "\"note\":null,"
      + "\"payment_method\":{\"type\":\"cod\",\"bank\":null},"
      + "\"order_type\":0,"
      + "\"delivery_voucher_code\":null,"
      + "\"discount_voucher_code\":null,"
      + "\"wa_validation\":true,"
      + "\"order_items\":[{\"item_sku\":\"BAT-AA-001-01\",\"item_qty\":1},"
      + "{\"item_sku\":\"BAT-AA-001-02\",\"item_qty\":1}]}"
      + "}";

  private Fixtures() {}

  /** Returns the text of {@code fixtures/bosonline/<name>}, exactly as stored. */
  public static String text(String name) {
    String path = "/fixtures/bosonline/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code json} parsed as a JSON tree (maps, lists, strings, BigDecimals, booleans). */
  public static Object tree(String json) {
    try {
      return JsonTree.adapter().fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes {@code value} with {@link BosOnlineJson#MOSHI}. */
  @SuppressWarnings("unchecked")
  public static <T> String json(T value) {
    return BosOnlineJson.MOSHI.adapter((Class<T>) value.getClass()).toJson(value);
  }

  /** Decodes {@code json} as {@code type} with {@link BosOnlineJson#MOSHI}. */
  public static <T> T decode(String json, Class<T> type) {
    try {
      return BosOnlineJson.MOSHI.adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes the {@code data} member of a response with {@link BosOnlineJson#MOSHI}. */
  public static <T> T data(String json, Class<T> type) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("data")) {
          return BosOnlineJson.MOSHI.adapter(type).fromJson(reader);
        }
        reader.skipValue();
      }
      throw new IllegalArgumentException("No data in " + json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The docs' example request, built with the SDK's builders. */
  public static CreateOrderParams createOrderExample() {
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
        .items(CheckoutItems.builder()
            .pickupVia(0)
            .serviceCode("00")
            .insuranceType(1)
            .courierCode("idx")
            .note((String) null) // as the docs: sent as null
            .paymentMethod(PaymentMethod.cod())
            .orderType(0)
            .deliveryVoucherCode((String) null)
            .discountVoucherCode((String) null)
            .waValidation(true)
            .addOrderItem(OrderItem.of("BAT-AA-001-01", 1))
            .addOrderItem(OrderItem.of("BAT-AA-001-02", 1))
            .build())
        .build();
  }
}
