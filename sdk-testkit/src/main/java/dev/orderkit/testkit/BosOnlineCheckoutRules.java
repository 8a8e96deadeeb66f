package dev.orderkit.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The input rules of the bosOnline fake's Request Create Order, checked on the JSON tree of the
 * body: every field the docs' example fills is required, the fields it sends as {@code null}
 * ({@code items.note}, the voucher codes, {@code items.payment_method.bank}) are optional.
 * Errors are collected per dotted JSON path ({@code items.order_items.0.item_qty}), as a
 * Laravel-style API answers them. One instance per request; not thread-safe.
 */
final class BosOnlineCheckoutRules {
  /** One valid product line of the order. */
  static final class Line {
    final String sku;
    final long qty;

    Line(String sku, long qty) {
      this.sku = sku;
      this.qty = qty;
    }
  }

  private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  /** The errors so far, by JSON path. */
  Map<String, List<String>> errors() {
    return errors;
  }

  /** Records an error for {@code path}. */
  void fail(String path, String message) {
    List<String> list = errors.get(path);
    if (list == null) {
      list = new ArrayList<>();
      errors.put(path, list);
    }
    list.add(message);
  }

  /** Checks the whole body; returns the valid product lines (complete only without errors). */
  List<Line> check(Map<String, Object> body) {
    Map<String, Object> sender = object(body, "sender", "sender");
    if (sender != null) {
      text(sender, "sender.", "warehouse_name");
      text(sender, "sender.", "sender_name");
      text(sender, "sender.", "sender_phone");
      integer(sender, "sender.", "sender_addr_id", BigDecimal.ONE);
      text(sender, "sender.", "sender_detail");
      degrees(sender, "sender.", "sender_latitude", 90);
      degrees(sender, "sender.", "sender_longitude", 180);
    }
    Map<String, Object> receiver = object(body, "receiver", "receiver");
    if (receiver != null) {
      text(receiver, "receiver.", "receiver_name");
      text(receiver, "receiver.", "receiver_phone");
      integer(receiver, "receiver.", "receiver_addr_id", BigDecimal.ONE);
      text(receiver, "receiver.", "receiver_address");
      receiverDetail(receiver.get("receiver_detail"));
    }
    Map<String, Object> items = object(body, "items", "items");
    if (items == null) {
      return Collections.emptyList();
    }
    integer(items, "items.", "pickup_via", BigDecimal.ZERO);
    text(items, "items.", "service_code");
    integer(items, "items.", "insurance_type", BigDecimal.ZERO);
    text(items, "items.", "courier_code");
    optionalText(items, "items.", "note", true);
    Map<String, Object> payment = object(items, "payment_method", "items.payment_method");
    if (payment != null) {
      text(payment, "items.payment_method.", "type");
      optionalText(payment, "items.payment_method.", "bank", false);
    }
    integer(items, "items.", "order_type", BigDecimal.ZERO);
    optionalText(items, "items.", "delivery_voucher_code", false);
    optionalText(items, "items.", "discount_voucher_code", false);
    if (!(items.get("wa_validation") instanceof Boolean)) {
      fail("items.wa_validation", "The items.wa_validation field must be true or false.");
    }
    return orderItems(items.get("order_items"));
  }

  private void receiverDetail(@Nullable Object value) {
    if (value == null) {
      return;
    }
    if (!(value instanceof List)) {
      fail("receiver.receiver_detail", "The receiver.receiver_detail field must be an array.");
      return;
    }
    List<?> list = (List<?>) value;
    for (int i = 0; i < list.size(); i++) {
      String path = "receiver.receiver_detail." + i;
      Map<String, Object> detail = asObject(list.get(i));
      if (detail == null) {
        fail(path, "The " + path + " field must be an object.");
        continue;
      }
      text(detail, path + ".", "field_name");
      if (!(detail.get("value") instanceof String)) {
        fail(path + ".value", "The " + path + ".value field must be a string.");
      }
    }
  }

  private List<Line> orderItems(@Nullable Object value) {
    String path = "items.order_items";
    if (!(value instanceof List) || ((List<?>) value).isEmpty()) {
      fail(path, "The " + path + " field must be an array with at least 1 item.");
      return Collections.emptyList();
    }
    List<?> list = (List<?>) value;
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String itemPath = path + "." + i;
      Map<String, Object> item = asObject(list.get(i));
      if (item == null) {
        fail(itemPath, "The " + itemPath + " field must be an object.");
        continue;
      }
      String sku = text(item, itemPath + ".", "item_sku");
      Long qty = integer(item, itemPath + ".", "item_qty", BigDecimal.ONE);
      if (sku != null && qty != null) {
        lines.add(new Line(sku, qty));
      }
    }
    return lines;
  }

  private @Nullable Map<String, Object> object(Map<String, Object> parent, String name,
      String path) {
    Object value = parent.get(name);
    if (value == null) {
      fail(path, "The " + path + " field is required.");
      return null;
    }
    Map<String, Object> object = asObject(value);
    if (object == null) {
      fail(path, "The " + path + " field must be an object.");
    }
    return object;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<String, Object> asObject(@Nullable Object value) {
    return value instanceof Map ? (Map<String, Object>) value : null;
  }

  /** A required, non-blank string; returns it, or null after recording the error. */
  private @Nullable String text(Map<String, Object> parent, String prefix, String name) {
    Object value = parent.get(name);
    String path = prefix + name;
    if (value == null) {
      fail(path, "The " + path + " field is required.");
      return null;
    }
    if (!(value instanceof String)) {
      fail(path, "The " + path + " field must be a string.");
      return null;
    }
    if (((String) value).trim().isEmpty()) {
      fail(path, "The " + path + " field is required.");
      return null;
    }
    return (String) value;
  }

  /** An optional string: absent, null, or a string (non-blank unless {@code blankOk}). */
  private void optionalText(Map<String, Object> parent, String prefix, String name,
      boolean blankOk) {
    Object value = parent.get(name);
    String path = prefix + name;
    if (value == null) {
      return;
    }
    if (!(value instanceof String)) {
      fail(path, "The " + path + " field must be a string.");
    } else if (!blankOk && ((String) value).trim().isEmpty()) {
      fail(path, "The " + path + " field must be null or not empty.");
    }
  }

  /** A required whole number of at least {@code min}; returns it, or null after the error. */
  private @Nullable Long integer(Map<String, Object> parent, String prefix, String name,
      BigDecimal min) {
    Object value = parent.get(name);
    String path = prefix + name;
    if (value == null) {
      fail(path, "The " + path + " field is required.");
      return null;
    }
    if (!(value instanceof BigDecimal) || !Json.isWhole((BigDecimal) value)) {
      fail(path, "The " + path + " field must be an integer.");
      return null;
    }
    BigDecimal number = (BigDecimal) value;
    if (number.compareTo(min) < 0) {
      fail(path, "The " + path + " field must be at least " + min.toPlainString() + ".");
      return null;
    }
    if (number.compareTo(MAX_INT) > 0) {
      fail(path, "The " + path + " field must not be greater than " + MAX_INT + ".");
      return null;
    }
    return number.longValueExact();
  }


  /** A required number between {@code -limit} and {@code limit}. */
  private void degrees(Map<String, Object> parent, String prefix, String name, int limit) {
    Object value = parent.get(name);
    String path = prefix + name;
    if (value == null) {
      fail(path, "The " + path + " field is required.");
    } else if (!(value instanceof BigDecimal)) {
      fail(path, "The " + path + " field must be a number.");
    } else if (((BigDecimal) value).abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      fail(path, "The " + path + " field must be between -" + limit + " and " + limit + ".");
    }
  }
}
