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
 * ({@code items.0.quantity}).
 */
final class CekatValidation {
  private CekatValidation() {}

  /** The errors of a create-order body, empty when it is valid. */
  static Map<String, List<String>> createOrder(Map<String, Object> body) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    requiredString(body, "customer_id", "customer_id", errors);
    Object items = body.get("items");
    if (items == null) {
      add(errors, "items", "The items field is required.");
    } else if (!(items instanceof List)) {
      add(errors, "items", "The items field must be an array.");
    } else if (((List<?>) items).isEmpty()) {
      add(errors, "items", "The items field must have at least 1 items.");
    } else {
      List<?> list = (List<?>) items;
      for (int i = 0; i < list.size(); i++) {
        String path = "items." + i;
        if (!(list.get(i) instanceof Map)) {
          add(errors, path, "The " + path + " field must be an object.");
          continue;
        }
        Map<?, ?> item = (Map<?, ?>) list.get(i);
        requiredString(item, "product_id", path + ".product_id", errors);
        optionalString(item, "name", path + ".name", errors);
        optionalString(item, "sku", path + ".sku", errors);
        Object quantity = item.get("quantity");
        if (quantity == null) {
          add(errors, path + ".quantity", "The " + path + ".quantity field is required.");
        } else if (!isInteger(quantity)) {
          add(errors, path + ".quantity", "The " + path + ".quantity field must be an integer.");
        } else if (((BigDecimal) quantity).compareTo(BigDecimal.ONE) < 0) {
          add(errors, path + ".quantity", "The " + path + ".quantity field must be at least 1.");
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
      add(errors, name, "The " + name + " field must be at least 1.");
    } catch (NumberFormatException e) {
      add(errors, name, "The " + name + " field must be an integer.");
    }
    return absent;
  }

  /** One error, as a new map. */
  static Map<String, List<String>> errors(String field, String message) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    add(errors, field, message);
    return errors;
  }

  private static void requiredString(Map<?, ?> object, String key, String path,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value == null || (value instanceof String && ((String) value).trim().isEmpty())) {
      add(errors, path, "The " + path + " field is required.");
    } else if (!(value instanceof String)) {
      add(errors, path, "The " + path + " field must be a string.");
    }
  }

  private static void optionalString(Map<?, ?> object, String key, String path,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value != null && !(value instanceof String)) {
      add(errors, path, "The " + path + " field must be a string.");
    }
  }

  private static void optionalObject(Map<?, ?> object, String key,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value != null && !(value instanceof Map)) {
      add(errors, key, "The " + key + " field must be an object.");
    }
  }

  private static void amount(Map<?, ?> object, String key, String path,
      Map<String, List<String>> errors) {
    Object value = object.get(key);
    if (value == null) {
      add(errors, path, "The " + path + " field is required.");
    } else if (!(value instanceof BigDecimal)) {
      add(errors, path, "The " + path + " field must be a number.");
    } else if (((BigDecimal) value).signum() < 0) {
      add(errors, path, "The " + path + " field must be at least 0.");
    }
  }

  private static boolean isInteger(Object value) {
    if (!(value instanceof BigDecimal)) {
      return false;
    }
    BigDecimal n = (BigDecimal) value;
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }

  private static void add(Map<String, List<String>> errors, String field, String message) {
    List<String> messages = errors.get(field);
    if (messages == null) {
      messages = new ArrayList<>();
      errors.put(field, messages);
    }
    messages.add(message);
  }
}
