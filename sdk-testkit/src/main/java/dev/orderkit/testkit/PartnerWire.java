package dev.orderkit.testkit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.partner.internal.PartnerJson;
import dev.orderkit.partner.model.OrderStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The partner API's wire format as the fake writes it: the envelope, the order detail, the list
 * summary, tracking, and the documented spellings (display statuses, money as {@code "2000.00"},
 * times as {@code 2025-09-27T01:12:09.000000Z}). Stateless.
 */
final class PartnerWire {
  /** Times in orders, as the docs show them: microseconds and {@code Z}. */
  private static final DateTimeFormatter ORDER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);
  /** Times in tracking, as the docs show them: seconds and {@code Z}. */
  private static final DateTimeFormatter TRACKING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private static final Map<OrderStatus.Known, String> DISPLAY =
      new EnumMap<>(OrderStatus.Known.class);
  private static final Map<OrderStatus.Known, String> CHANNEL =
      new EnumMap<>(OrderStatus.Known.class);
  private static final Map<OrderStatus.Known, OrderStatus> CODE =
      new EnumMap<>(OrderStatus.Known.class);

  static {
    status(OrderStatus.Known.PENDING, OrderStatus.PENDING, "Pending", "UNPAID");
    status(OrderStatus.Known.TO_PROCESS, OrderStatus.TO_PROCESS, "To Process", "PROCESSED");
    status(OrderStatus.Known.PROCESS, OrderStatus.PROCESS, "In Process", "PROCESSED");
    status(OrderStatus.Known.PACKED, OrderStatus.PACKED, "Packed", "READY_TO_SHIP");
    status(OrderStatus.Known.SHIPPED, OrderStatus.SHIPPED, "Shipped", "SHIPPED");
    status(OrderStatus.Known.COMPLETED, OrderStatus.COMPLETED, "Completed", "COMPLETED");
    status(OrderStatus.Known.CANCELLED, OrderStatus.CANCELLED, "Cancelled", "CANCELLED");
    status(OrderStatus.Known.RETURNED, OrderStatus.RETURNED, "Returned", "RETURNED");
  }

  private PartnerWire() {}

  private static void status(OrderStatus.Known known, OrderStatus code, String display,
      String channel) {
    DISPLAY.put(known, display);
    CHANNEL.put(known, channel);
    CODE.put(known, code);
  }

  /** The display string of a status ({@code internal_status}), e.g. {@code "In Process"}. */
  static String display(OrderStatus.Known status) {
    return DISPLAY.get(status);
  }

  /** The sales channel's status ({@code external_status}), e.g. {@code "PROCESSED"}. */
  static String channel(OrderStatus.Known status) {
    return CHANNEL.get(status);
  }

  /** The status code constant, e.g. {@link OrderStatus#PROCESS}. */
  static OrderStatus code(OrderStatus.Known status) {
    return CODE.get(status);
  }

  static @Nullable String orderTime(@Nullable OffsetDateTime time) {
    return time == null ? null : ORDER_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  static String trackingTime(OffsetDateTime time) {
    return TRACKING_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** Money as the API writes it: a string with two decimals. */
  static String money(@Nullable BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** An empty string as null, as the API shows absent optional text. */
  static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.trim().isEmpty() ? null : text;
  }

  /** {@code {"status", "message", "data", "errors", "request_id"}}, with a fresh request id. */
  static Map<String, Object> envelope(Object status, @Nullable String message,
      @Nullable Object data, @Nullable Map<String, List<String>> errors, String requestId) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("status", status);
    if (message != null) {
      envelope.put("message", message);
    }
    envelope.put("data", data);
    envelope.put("errors", errors);
    envelope.put("request_id", requestId);
    return envelope;
  }

  /** {@code data: []}, what fulfillment actions answer. */
  static List<Object> emptyArray() {
    return Collections.emptyList();
  }

  /** Writes a JSON tree with its nulls. */
  static String write(Object tree) {
    return FakeApi.toJson(tree);
  }

  /** Decodes a JSON tree into a partner model with the SDK's own Moshi. */
  static <T> T decode(Object tree, Class<T> type) {
    JsonAdapter<T> adapter = PartnerJson.MOSHI.adapter(type);
    try {
      return adapter.fromJson(JsonReader.of(new Buffer().writeUtf8(write(tree))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a list of JSON trees into partner models. */
  static <T> List<T> decodeAll(List<Map<String, Object>> trees, Class<T> type) {
    List<T> result = new ArrayList<>();
    for (Map<String, Object> tree : trees) {
      result.add(decode(tree, type));
    }
    return Collections.unmodifiableList(result);
  }

  /** A map in insertion order, from alternating names and values. */
  static Map<String, Object> object(@Nullable Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** A deep copy of a JSON tree, so a rendered answer never shares the store's state. */
  @SuppressWarnings("unchecked")
  static <T extends @Nullable Object> T copy(T tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) tree).entrySet()) {
        copy.put(e.getKey(), copy(e.getValue()));
      }
      return (T) copy;
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object element : (List<Object>) tree) {
        copy.add(copy(element));
      }
      return (T) copy;
    }
    return tree;
  }
}
