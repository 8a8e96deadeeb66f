package dev.orderkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The partner API's request bodies as the docs describe them, field by field: JSON name, JSON
 * type, whether it is required, the documented enumeration, and a range where the meaning gives
 * one. {@link #check} validates a JSON tree against a table and collects every problem as
 * Laravel does: {@code {"field": ["The field field is required."]}}, nested fields in dot notation
 * ({@code products.0.qty}).
 *
 * <p>Where the docs have a parameter table (list orders) its "Required" column is the contract.
 * Where they only show an example body, the fields of the example are the known fields and their
 * JSON types the documented types; what the fake requires there is what identifies the order and
 * what the action needs to decide ({@code order_code}; {@code pickup_option}, {@code cancel_by},
 * {@code return_by}; for create: the recipient's name, phone and address and at least one product
 * with its sku, unit price and quantity). Fields the docs do not name are ignored, as a Laravel
 * API ignores them (the docs say nothing about refusing them), so a misspelt required field is
 * reported as missing.
 */
final class PartnerSchema {
  private PartnerSchema() {}

  /** The JSON types the docs use. */
  enum Type {
    STRING,
    /** A JSON number without a fraction. */
    INTEGER,
    /** A JSON number. */
    NUMBER,
    /**
     * An amount: a JSON number or a numeric string (the docs show {@code "unit_weight": "1.00"}
     * and {@code "insurance_price": ""} beside numbers); an empty string is no value.
     */
    DECIMAL,
    BOOLEAN,
    /** {@code "true"} or {@code "false"} as the docs send it, or a JSON boolean. */
    STRING_BOOLEAN,
    /** An ISO 8601 date-time string (or a date). */
    DATE_TIME,
    OBJECT,
    /** An array of objects, each checked against the nested table. */
    OBJECTS,
    /** An array of strings. */
    STRINGS
  }

  /** One documented field. */
  static final class Field {
    final String name;
    final Type type;
    final boolean required;
    final @Nullable Set<String> allowed;
    final boolean ignoreCase;
    final @Nullable BigDecimal min;
    final @Nullable BigDecimal max;
    final @Nullable Table nested;

    private Field(String name, Type type, boolean required, @Nullable Set<String> allowed,
        boolean ignoreCase, @Nullable BigDecimal min, @Nullable BigDecimal max,
        @Nullable Table nested) {
      this.name = name;
      this.type = type;
      this.required = required;
      this.allowed = allowed;
      this.ignoreCase = ignoreCase;
      this.min = min;
      this.max = max;
      this.nested = nested;
    }
  }

  /** A field table: the known fields of one JSON object, in the docs' order. */
  static final class Table {
    final Map<String, Field> fields = new LinkedHashMap<>();

    Table optional(String name, Type type) {
      return add(new Field(name, type, false, null, false, null, null, null));
    }

    Table required(String name, Type type) {
      return add(new Field(name, type, true, null, false, null, null, null));
    }

    Table oneOf(String name, boolean required, boolean ignoreCase, String... values) {
      return add(new Field(name, Type.STRING, required,
          Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values))), ignoreCase,
          null, null, null));
    }

    Table range(String name, Type type, boolean required, @Nullable Integer min,
        @Nullable Integer max) {
      return add(new Field(name, type, required, null, false,
          min == null ? null : BigDecimal.valueOf(min), max == null ? null
          : BigDecimal.valueOf(max), null));
    }

    Table object(String name, boolean required, Table nested) {
      return add(new Field(name, Type.OBJECT, required, null, false, null, null, nested));
    }

    Table objects(String name, boolean required, Table nested) {
      return add(new Field(name, Type.OBJECTS, required, null, false, null, null, nested));
    }

    Table add(Field field) {
      fields.put(field.name, field);
      return this;
    }
  }

  static Table table() {
    return new Table();
  }

  // ---- the documented enumerations

  /** "Cancellation By" of cancel order. */
  static final String[] CANCEL_REASONS = {"customer_request", "out_of_stock", "payment_failed",
      "fraud_detected", "duplicate_order", "other"};
  /** "Pickup Option" of set-packed and set-process-packed. */
  static final String[] PICKUP_OPTIONS = {"LATE_PICKUP", "MID_PICKUP", "EARLY_PICKUP"};
  /** "Payment Methods", plus the spellings orders and the create example show. */
  static final String[] PAYMENT_METHODS = {"bank_transfer", "cod", "credit_card", "e_wallet",
      "virtual_account", "qris", "COD", "NON COD"};
  /** "Order Status Values" plus {@code All}, the list filter. */
  static final String[] STATUS_FILTERS = {"All", "pending", "to_process", "process", "packed",
      "shipped", "completed", "cancelled", "returned"};

  // ---- the tables

  /** 1. List orders: the parameter table. */
  static final Table LIST = table()
      .range("page", Type.INTEGER, true, 1, Integer.MAX_VALUE)
      .range("per_page", Type.INTEGER, true, 1, 100)
      .oneOf("status", false, false, STATUS_FILTERS)
      .oneOf("sort_by", false, false, "created_at", "status")
      // the table says (asc, desc); the example body writes "ASC": any case
      .oneOf("sort_direction", true, true, "asc", "desc")
      .optional("created_from", Type.DATE_TIME)
      .optional("created_to", Type.DATE_TIME);

  /** 3. Create order: the example body's fields. */
  static final Table CREATE = table()
      .required("order_code", Type.STRING)
      .oneOf("payment_method_type", false, false, PAYMENT_METHODS)
      .optional("payment_via", Type.STRING)
      .optional("store_id", Type.STRING)
      .optional("location_id", Type.STRING)
      .optional("checkout_at", Type.DATE_TIME)
      .optional("sales_pic", Type.STRING)
      .optional("remarks", Type.STRING)
      .optional("origin_code", Type.STRING)
      .optional("destination_code", Type.STRING)
      .range("cod_percentage", Type.NUMBER, false, 0, 100)
      .range("insurance_percentage", Type.NUMBER, false, 0, 100)
      .optional("dropshipper_name", Type.STRING)
      .optional("dropshipper_phone", Type.STRING)
      .optional("dropshipper_email", Type.STRING)
      .optional("dropshipper_full_address", Type.STRING)
      .optional("is_dropship", Type.BOOLEAN)
      .optional("is_draft", Type.BOOLEAN)
      .optional("is_unpaid", Type.BOOLEAN)
      .object("recipient", true, table()
          .required("name", Type.STRING)
          .required("phone", Type.STRING)
          .optional("email", Type.STRING)
          .optional("country", Type.STRING)
          .optional("province", Type.STRING)
          .optional("city", Type.STRING)
          .optional("sub_district", Type.STRING)
          .optional("district", Type.STRING)
          .optional("postal_code", Type.STRING)
          .required("full_address", Type.STRING)
          .optional("sub_district_id", Type.STRING)
          .optional("remarks", Type.STRING)
          .optional("recipient_sub_district_id", Type.STRING))
      .object("buyer", false, table()
          .optional("email", Type.STRING)
          .optional("name", Type.STRING)
          .optional("phone", Type.STRING)
          .optional("full_address", Type.STRING))
      .object("delivery", false, table()
          .optional("logistic", Type.STRING)
          .optional("delivery_method", Type.STRING)
          .optional("custom_logistic", Type.STRING)
          .optional("logistic_provider_name", Type.STRING)
          .optional("logistic_service_name", Type.STRING)
          .optional("logistic_carrier", Type.STRING)
          .optional("tracking_number", Type.STRING))
      .objects("products", true, table()
          .optional("name", Type.STRING)
          .required("sku", Type.STRING)
          .optional("product_id", Type.INTEGER)
          .range("unit_price", Type.DECIMAL, true, 0, null)
          .range("unit_weight", Type.DECIMAL, false, 0, null)
          .range("qty", Type.INTEGER, true, 1, null))
      .object("package", false, table()
          .range("weight", Type.NUMBER, false, 0, null)
          .range("length", Type.NUMBER, false, 0, null)
          .range("width", Type.NUMBER, false, 0, null)
          .range("height", Type.NUMBER, false, 0, null))
      .object("price", false, table()
          .range("sub_total_price", Type.DECIMAL, false, 0, null)
          .range("shipping_price", Type.DECIMAL, false, 0, null)
          .range("other_price", Type.DECIMAL, false, 0, null)
          .range("total_discount_price", Type.DECIMAL, false, 0, null)
          .range("cod_fee", Type.DECIMAL, false, 0, null)
          .range("cod_price", Type.DECIMAL, false, 0, null)
          .range("grand_total_order_price", Type.DECIMAL, false, 0, null)
          .range("discount_seller", Type.DECIMAL, false, 0, null)
          .range("discount_shipping", Type.DECIMAL, false, 0, null)
          .range("packing_price", Type.DECIMAL, false, 0, null)
          .range("insurance_price", Type.DECIMAL, false, 0, null));

  /**
   * 4. Update order: the example body's fields, plus {@code order_code} (the example names no
   * order; the SDK docs' README says it is sent, as in every other mutating call).
   */
  static final Table UPDATE = table()
      .required("order_code", Type.STRING)
      .object("customer", false, table()
          .optional("name", Type.STRING)
          .optional("email", Type.STRING)
          .optional("phone", Type.STRING))
      .object("shipping_address", false, table()
          .optional("name", Type.STRING)
          .optional("phone", Type.STRING)
          .optional("address", Type.STRING)
          .optional("city", Type.STRING)
          .optional("province", Type.STRING)
          .optional("postal_code", Type.STRING)
          .optional("country", Type.STRING))
      .optional("notes", Type.STRING)
      .optional("tags", Type.STRINGS);

  /** Set process, ship, completed, approve-cancel, reject-cancel and tracking. */
  static final Table ORDER_CODE = table().required("order_code", Type.STRING);

  /** 6. Set packed and 15. set-process-packed. */
  static final Table PACK = table()
      .required("order_code", Type.STRING)
      .oneOf("pickup_option", true, false, PICKUP_OPTIONS);

  /** 9. Return (no enumeration of {@code return_by} is documented). */
  static final Table RETURN = table()
      .required("order_code", Type.STRING)
      .required("return_by", Type.STRING)
      .optional("return_reason", Type.STRING);

  /** 10. Cancel. */
  static final Table CANCEL = table()
      .required("order_code", Type.STRING)
      .oneOf("cancel_by", true, false, CANCEL_REASONS)
      .optional("cancel_reason", Type.STRING)
      .optional("direct_cancel", Type.BOOLEAN);

  /** 13. Shipping label. */
  static final Table LABEL = table()
      .required("order_code", Type.STRING)
      .optional("mark_as_printed", Type.STRING_BOOLEAN);

  /**
   * 2. Get order details: the fields of {@code data}, as {@code POST /__orderkit/seed} takes
   * them (nothing required here; the fake requires {@code order_code} and a status itself).
   */
  static final Table DETAIL = table()
      .range("order_id", Type.INTEGER, false, 1, null)
      .optional("order_code", Type.STRING)
      .optional("original_order_code", Type.STRING)
      .optional("internal_status", Type.STRING)
      .optional("status", Type.STRING)
      .optional("external_status", Type.STRING)
      .oneOf("cancel_by", false, false, CANCEL_REASONS)
      .optional("cancel_reason", Type.STRING)
      .optional("channel", Type.STRING)
      .optional("created_via", Type.STRING)
      .optional("client_id", Type.STRING)
      .optional("client_name", Type.STRING)
      .optional("location_id", Type.INTEGER)
      .optional("store_name", Type.STRING)
      .optional("store_channel_id", Type.STRING)
      .optional("delivery", Type.STRING)
      .object("shipping_info", false, table()
          .optional("provider_name", Type.STRING)
          .optional("provider_service", Type.STRING)
          .optional("logistic_carrier", Type.STRING)
          .optional("tracking_number", Type.STRING)
          .optional("routing_code", Type.STRING)
          .optional("sorting_code", Type.STRING))
      .optional("payment_type", Type.STRING)
      .optional("payment_via", Type.STRING)
      .object("recipient_info", false, table()
          .optional("name", Type.STRING)
          .optional("phone", Type.STRING)
          .optional("email", Type.STRING)
          .optional("country", Type.STRING)
          .optional("state", Type.STRING)
          .optional("city", Type.STRING)
          .optional("district", Type.STRING)
          .optional("sub_district", Type.STRING)
          .optional("full_address", Type.STRING)
          .optional("postal_code", Type.STRING)
          .optional("longitude", Type.DECIMAL)
          .optional("latitude", Type.DECIMAL)
          .optional("remarks", Type.STRING))
      .object("buyer_info", false, table()
          .optional("name", Type.STRING)
          .optional("phone", Type.STRING)
          .optional("email", Type.STRING)
          .optional("full_address", Type.STRING)
          .optional("remarks", Type.STRING))
      .object("dropshipper_info", false, table()
          .optional("name", Type.STRING)
          .optional("phone", Type.STRING)
          .optional("email", Type.STRING)
          .optional("full_address", Type.STRING))
      .objects("product_info", false, table()
          .optional("order_detail_id", Type.INTEGER)
          .optional("product_id", Type.INTEGER)
          .optional("product_name", Type.STRING)
          .optional("is_cancel", Type.BOOLEAN)
          .optional("sku", Type.STRING)
          .range("price", Type.DECIMAL, false, 0, null)
          .optional("currency", Type.STRING)
          .range("quantity", Type.INTEGER, false, 1, null)
          .range("weight", Type.NUMBER, false, 0, null))
      .object("price_info", false, table()
          .optional("sub_total", Type.DECIMAL)
          .optional("shipping_price", Type.DECIMAL)
          .optional("total_discount", Type.DECIMAL)
          .optional("tax", Type.DECIMAL)
          .optional("cod_price", Type.DECIMAL)
          .optional("dfod_price", Type.DECIMAL)
          .optional("insurance_price", Type.DECIMAL)
          .optional("grand_total", Type.DECIMAL)
          .optional("currency", Type.STRING))
      .add(new Field("discount_info", Type.OBJECTS, false, null, false, null, null, null))
      .optional("checkout_at", Type.DATE_TIME)
      .optional("paid_at", Type.DATE_TIME)
      .optional("cancel_sla_at", Type.DATE_TIME)
      .optional("created_at", Type.DATE_TIME)
      .optional("updated_at", Type.DATE_TIME)
      .optional("fulfill_by_mp", Type.BOOLEAN);

  // ---- checking

  /** The names in {@code body} (dot paths, nested objects included) the table does not know. */
  static List<String> unknown(Table table, Map<?, ?> body) {
    List<String> unknown = new ArrayList<>();
    unknown(table, body, "", unknown);
    return unknown;
  }

  private static void unknown(Table table, Map<?, ?> body, String prefix, List<String> out) {
    for (Map.Entry<?, ?> e : body.entrySet()) {
      String name = String.valueOf(e.getKey());
      Field field = table.fields.get(name);
      if (field == null) {
        out.add(prefix + name);
      } else if (field.nested != null && e.getValue() instanceof Map) {
        unknown(field.nested, (Map<?, ?>) e.getValue(), prefix + name + ".", out);
      } else if (field.nested != null && e.getValue() instanceof List) {
        List<?> items = (List<?>) e.getValue();
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i) instanceof Map) {
            unknown(field.nested, (Map<?, ?>) items.get(i), prefix + name + "." + i + ".", out);
          }
        }
      }
    }
  }

  /** Every problem of {@code body} against {@code table}, field (dot path) to messages. */
  static Map<String, List<String>> check(Table table, Map<String, @Nullable Object> body) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    check(table, body, "", errors);
    return errors;
  }

  private static void check(Table table, Map<?, ?> body, String prefix,
      Map<String, List<String>> errors) {
    for (Field field : table.fields.values()) {
      String path = prefix + field.name;
      Object value = body.get(field.name);
      if (isEmpty(value)) {
        if (field.required) {
          Json.addError(errors, path, "The " + attribute(path) + " field is required.");
        }
        continue;
      }
      checkValue(field, value, path, errors);
    }
  }

  /** Laravel's "required": null, an empty or blank string, an empty array are no value. */
  private static boolean isEmpty(@Nullable Object value) {
    return value == null || (value instanceof String && ((String) value).trim().isEmpty())
        || (value instanceof List && ((List<?>) value).isEmpty());
  }

  private static void checkValue(Field field, Object value, String path,
      Map<String, List<String>> errors) {
    String attribute = attribute(path);
    switch (field.type) {
      case STRING:
        if (!(value instanceof String)) {
          Json.addError(errors, path, "The " + attribute + " field must be a string.");
        } else if (field.allowed != null && !allowed(field, (String) value)) {
          Json.addError(errors, path, "The selected " + attribute + " is invalid.");
        }
        return;
      case INTEGER:
        if (!(value instanceof BigDecimal) || !Json.isWhole((BigDecimal) value)) {
          Json.addError(errors, path, "The " + attribute + " field must be an integer.");
        } else {
          range(field, (BigDecimal) value, path, errors);
        }
        return;
      case NUMBER:
        if (!(value instanceof BigDecimal)) {
          Json.addError(errors, path, "The " + attribute + " field must be a number.");
        } else {
          range(field, (BigDecimal) value, path, errors);
        }
        return;
      case DECIMAL: {
        BigDecimal number = decimal(value);
        if (number == null) {
          Json.addError(errors, path, "The " + attribute + " field must be a number.");
        } else {
          range(field, number, path, errors);
        }
        return;
      }
      case BOOLEAN:
        if (!(value instanceof Boolean)) {
          Json.addError(errors, path, "The " + attribute + " field must be true or false.");
        }
        return;
      case STRING_BOOLEAN:
        if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
          Json.addError(errors, path, "The " + attribute + " field must be true or false.");
        }
        return;
      case DATE_TIME:
        if (!(value instanceof String) || dateTime((String) value, false) == null) {
          Json.addError(errors, path, "The " + attribute + " field must be a valid date.");
        }
        return;
      case OBJECT:
        if (!(value instanceof Map)) {
          Json.addError(errors, path, "The " + attribute + " field must be an object.");
        } else if (field.nested != null) {
          check(field.nested, (Map<?, ?>) value, path + ".", errors);
        }
        return;
      case OBJECTS: {
        if (!(value instanceof List)) {
          Json.addError(errors, path, "The " + attribute + " field must be an array.");
          return;
        }
        List<?> items = (List<?>) value;
        for (int i = 0; i < items.size(); i++) {
          Object item = items.get(i);
          if (!(item instanceof Map)) {
            Json.addError(errors, path + "." + i, "The " + attribute(path + "." + i)
                + " field must be an object.");
          } else if (field.nested != null) {
            check(field.nested, (Map<?, ?>) item, path + "." + i + ".", errors);
          }
        }
        return;
      }
      case STRINGS: {
        if (!(value instanceof List)) {
          Json.addError(errors, path, "The " + attribute + " field must be an array.");
          return;
        }
        List<?> items = (List<?>) value;
        for (int i = 0; i < items.size(); i++) {
          if (!(items.get(i) instanceof String)) {
            Json.addError(errors, path + "." + i, "The " + attribute(path + "." + i)
                + " field must be a string.");
          }
        }
        return;
      }
      default:
        throw new IllegalStateException("no check for " + field.type);
    }
  }

  private static boolean allowed(Field field, String value) {
    if (field.allowed == null) {
      return true;
    }
    if (!field.ignoreCase) {
      return field.allowed.contains(value);
    }
    for (String option : field.allowed) {
      if (option.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  private static void range(Field field, BigDecimal value, String path,
      Map<String, List<String>> errors) {
    String attribute = attribute(path);
    if (field.min != null && field.max != null
        && (value.compareTo(field.min) < 0 || value.compareTo(field.max) > 0)) {
      Json.addError(errors, path, "The " + attribute + " field must be between "
          + field.min.toPlainString() + " and " + field.max.toPlainString() + ".");
    } else if (field.min != null && value.compareTo(field.min) < 0) {
      Json.addError(errors, path, "The " + attribute + " field must be at least "
          + field.min.toPlainString() + ".");
    } else if (field.max != null && value.compareTo(field.max) > 0) {
      Json.addError(errors, path, "The " + attribute + " field must not be greater than "
          + field.max.toPlainString() + ".");
    }
  }


  /** An amount from a number or a numeric string; null if it is neither. */
  static @Nullable BigDecimal decimal(@Nullable Object value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof String) {
      try {
        return new BigDecimal(((String) value).trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** An ISO 8601 date-time, or a date (its start, or its end with {@code endOfDay}); or null. */
  static @Nullable OffsetDateTime dateTime(String text, boolean endOfDay) {
    try {
      return OffsetDateTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      try {
        LocalDate day = LocalDate.parse(text.trim());
        return endOfDay
            ? day.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC).minusNanos(1)
            : day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException notADay) {
        return null;
      }
    }
  }

  /** Laravel's displayable attribute: underscores as spaces ({@code order code}). */
  static String attribute(String path) {
    return path.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

}
