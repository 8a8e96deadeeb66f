package dev.orderkit.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cekat fake's request checks: the docs' create-order table (required {@code customer_id},
 * {@code items} with {@code product_id}, {@code quantity} and {@code price}, and {@code total};
 * optional typed fields) and the list query, with Laravel-style messages keyed by field path
 * ({@code items.0.quantity}); and the seeded orders of the list shape (the docs' Order Object
 * table). Only JSON trees: no SDK model or rule.
 */
final class CekatValidation {
  private CekatValidation() {}

  /** The errors of a create-order body, empty when it is valid. */
  static Map<String, List<String>> createOrder(Map<String, @Nullable Object> body) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    requiredString(body, "customer_id", "customer_id", errors);
    Object items = body.get("items");
    if (items == null) {
      Json.addError(errors, "items", "The items field is required.");
    } else if (!(items instanceof List)) {
      Json.addError(errors, "items", "The items field must be an array.");
    } else if (((List<?>) items).isEmpty()) {
      Json.addError(errors, "items", "The items field must have at least 1 items.");
    } else {
      List<?> list = (List<?>) items;
      for (int i = 0; i < list.size(); i++) {
        String path = "items." + i;
        if (!(list.get(i) instanceof Map)) {
          Json.addError(errors, path, "The " + path + " field must be an object.");
          continue;
        }
        Map<?, ?> item = (Map<?, ?>) list.get(i);
        requiredString(item, "product_id", path + ".product_id", errors);
        optionalString(item, "name", path + ".name", errors);
        optionalString(item, "sku", path + ".sku", errors);
        Object quantity = item.get("quantity");
        if (quantity == null) {
          Json.addError(errors, path + ".quantity", "The " + path + ".quantity field is required.");
        } else if (!(quantity instanceof BigDecimal && Json.isWhole((BigDecimal) quantity))) {
          Json.addError(errors, path + ".quantity",
              "The " + path + ".quantity field must be an integer.");
        } else if (((BigDecimal) quantity).compareTo(BigDecimal.ONE) < 0) {
          Json.addError(errors, path + ".quantity",
              "The " + path + ".quantity field must be at least 1.");
        }
        amount(item, "price", path + ".price", errors);
      }
    }
    amount(body, "total", "total", errors);
    optionalString(body, "currency", "currency", errors);
    optionalString(body, "notes", "notes", errors);
    optionalObject(body, "shipping_address", errors);
    optionalObject(body, "billing_address", errors);
    optionalObject(body, "metadata", errors);
    return errors;
  }

  /** The documented fields of a listed order (the docs' Order Object table), for seeding. */
  private static final java.util.Set<String> LISTED_FIELDS = new java.util.HashSet<>(
      java.util.Arrays.asList("id", "order_number", "order_status", "subtotal", "discount",
          "shipping_fee", "grand_total", "payment_type", "payment_method", "contact_id",
          "contact", "conversation_id", "invoices", "created_at"));
  private static final java.util.Set<String> CONTACT_FIELDS = new java.util.HashSet<>(
      java.util.Arrays.asList("id", "display_name", "phone_number"));

  /**
   * The errors of one seeded order in the list shape: only documented fields, each of its
   * documented JSON type (null allowed), {@code order_number} a whole number from 1,
   * {@code created_at} an ISO date-time with an offset.
   */
  static Map<String, List<String>> listedOrder(@Nullable Object value, String path) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (!(value instanceof Map)) {
      Json.addError(errors, path, "The " + path + " field must be an object.");
      return errors;
    }
    Map<?, ?> order = (Map<?, ?>) value;
    for (Object key : order.keySet()) {
      if (!LISTED_FIELDS.contains(String.valueOf(key))) {
        Json.addError(errors, path + "." + key, "The " + path + "." + key
            + " field is not a field of the listed order.");
      }
    }
    for (String key : new String[] {"id", "order_status", "payment_type", "payment_method",
        "contact_id", "conversation_id"}) {
      optionalString(order, key, path + "." + key, errors);
    }
    Object number = order.get("order_number");
    if (number != null && !(number instanceof BigDecimal && Json.isWhole((BigDecimal) number))) {
      Json.addError(errors, path + ".order_number", "The " + path
          + ".order_number field must be an integer.");
    } else if (number != null && ((BigDecimal) number).compareTo(BigDecimal.ONE) < 0) {
      Json.addError(errors, path + ".order_number", "The " + path
          + ".order_number field must be at least 1.");
    }
    for (String key : new String[] {"subtotal", "discount", "shipping_fee", "grand_total"}) {
      Object amount = order.get(key);
      if (amount != null && !(amount instanceof BigDecimal)) {
        Json.addError(errors, path + "." + key,
            "The " + path + "." + key + " field must be a number.");
      }
    }
    Object contact = order.get("contact");
    if (contact != null && !(contact instanceof Map)) {
      Json.addError(errors, path + ".contact", "The " + path + ".contact field must be an object.");
    } else if (contact != null) {
      for (Object key : ((Map<?, ?>) contact).keySet()) {
        String p = path + ".contact." + key;
        if (!CONTACT_FIELDS.contains(String.valueOf(key))) {
          Json.addError(errors, p, "The " + p + " field is not a field of the contact.");
        } else {
          optionalString((Map<?, ?>) contact, String.valueOf(key), p, errors);
        }
      }
    }
    Object invoices = order.get("invoices");
    if (invoices != null && !(invoices instanceof List)) {
      Json.addError(errors, path + ".invoices",
          "The " + path + ".invoices field must be an array.");
    }
    Object createdAt = order.get("created_at");
    if (createdAt != null && !(createdAt instanceof String)) {
      Json.addError(errors, path + ".created_at",
          "The " + path + ".created_at field must be a string.");
    } else if (createdAt != null) {
      try {
        java.time.OffsetDateTime.parse((String) createdAt);
      } catch (java.time.format.DateTimeParseException e) {
        Json.addError(errors, path + ".created_at", "The " + path
            + ".created_at field must be a valid date.");
      }
    }
    return errors;
  }

  /** A query parameter that must be a whole number from 1; {@code absent} when not given. */
  static int positive(@Nullable String value, String name, int absent,
      Map<String, List<String>> errors) {
    if (value == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1) {
        return n;
      }
      Json.addError(errors, name, "The " + name + " field must be at least 1.");
    } catch (NumberFormatException e) {
      Json.addError(errors, name, "The " + name + " field must be an integer.");
    }
    return absent;
  }


  private static void requiredString(Map<?, ?> object, String key, String path,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value == null || (value instanceof String && ((String) value).trim().isEmpty())) {
      Json.addError(errors, path, "The " + path + " field is required.");
    } else if (!(value instanceof String)) {
      Json.addError(errors, path, "The " + path + " field must be a string.");
    }
  }

  private static void optionalString(Map<?, ?> object, String key, String path,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value != null && !(value instanceof String)) {
      Json.addError(errors, path, "The " + path + " field must be a string.");
    }
  }

  private static void optionalObject(Map<?, ?> object, String key,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value != null && !(value instanceof Map)) {
      Json.addError(errors, key, "The " + key + " field must be an object.");
    }
  }

  private static void amount(Map<?, ?> object, String key, String path,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value == null) {
      Json.addError(errors, path, "The " + path + " field is required.");
    } else if (!(value instanceof BigDecimal)) {
      Json.addError(errors, path, "The " + path + " field must be a number.");
    } else if (((BigDecimal) value).signum() < 0) {
      Json.addError(errors, path, "The " + path + " field must be at least 0.");
    }
  }


}
