package dev.orderkit.testkit;

import dev.orderkit.partner.model.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of list orders, read leniently as the parameter table documents it: {@code page}
 * (default 1), {@code per_page} (default 10, at most 100), {@code status} (a code or display
 * string, any case; {@code "All"} or absent for every status), {@code sort_by} ({@code
 * created_at} or {@code status}), {@code sort_direction} ({@code asc} or {@code desc}, default
 * desc), {@code created_from}/{@code created_to} (ISO 8601). The docs' example names {@code size}
 * and {@code sort} are read as {@code per_page} and {@code sort_direction} when those are absent.
 * A value out of range is a 422 naming the field.
 */
final class PartnerQuery {
  int page = 1;
  int perPage = 10;
  /** The status to keep, or null for every status. */
  OrderStatus.@Nullable Known status;
  /** A status filter the fake does not know: it matches no order. */
  boolean unknownStatus;
  boolean sortByStatus;
  boolean ascending;
  @Nullable OffsetDateTime createdFrom;
  @Nullable OffsetDateTime createdTo;

  private PartnerQuery() {}

  static PartnerQuery parse(Map<String, Object> body) {
    PartnerQuery q = new PartnerQuery();
    q.page = integer(body, "page", "page", 1, 1, Integer.MAX_VALUE);
    String sizeName =
        body.containsKey("per_page") || !body.containsKey("size") ? "per_page" : "size";
    q.perPage = integer(body, sizeName, "per_page", 10, 1, 100);
    Object status = body.get("status");
    if (status != null) {
      if (!(status instanceof String)) {
        throw PartnerRefusal.invalid("status", "The status must be a string.");
      }
      if (!((String) status).trim().isEmpty()) {
        Optional<OrderStatus.Known> known = OrderStatus.of(((String) status).trim()).known();
        if (!known.isPresent()) {
          q.unknownStatus = true;
        } else if (known.get() != OrderStatus.Known.ALL) {
          q.status = known.get();
        }
      }
    }
    String sortBy = text(body, "sort_by", "sort_by");
    if (sortBy != null && !sortBy.equals("created_at") && !sortBy.equals("status")) {
      throw PartnerRefusal.invalid("sort_by",
          "The selected sort by is invalid: use created_at or status.");
    }
    q.sortByStatus = "status".equals(sortBy);
    String directionName = body.containsKey("sort_direction") || !body.containsKey("sort")
        ? "sort_direction" : "sort";
    String direction = text(body, directionName, "sort_direction");
    if (direction != null) {
      direction = direction.toLowerCase(Locale.ROOT);
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw PartnerRefusal.invalid("sort_direction",
            "The selected sort direction is invalid: use asc or desc.");
      }
    }
    q.ascending = "asc".equals(direction);
    q.createdFrom = time(body, "created_from", false);
    q.createdTo = time(body, "created_to", true);
    return q;
  }

  private static int integer(Map<String, Object> body, String name, String field, int fallback,
      int min, int max) {
    Object value = body.get(name);
    if (value == null) {
      return fallback;
    }
    BigDecimal number;
    try {
      number = value instanceof BigDecimal ? (BigDecimal) value
          : value instanceof String ? new BigDecimal(((String) value).trim()) : null;
    } catch (NumberFormatException e) {
      number = null;
    }
    if (number == null || number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      throw PartnerRefusal.invalid(field, "The " + field.replace('_', ' ')
          + " must be an integer.");
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw PartnerRefusal.invalid(field, "The " + field.replace('_', ' ') + " must be between "
          + min + " and " + max + ".");
    }
    return number.intValueExact();
  }

  private static @Nullable String text(Map<String, Object> body, String name, String field) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String)) {
      throw PartnerRefusal.invalid(field, "The " + field.replace('_', ' ') + " must be a string.");
    }
    String text = ((String) value).trim();
    return text.isEmpty() ? null : text;
  }

  private static @Nullable OffsetDateTime time(Map<String, Object> body, String name,
      boolean endOfDay) {
    String text = text(body, name, name);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        LocalDate day = LocalDate.parse(text);
        return endOfDay ? day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1)
            : day.atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException notADay) {
        throw PartnerRefusal.invalid(name, "The " + name.replace('_', ' ')
            + " is not a valid ISO 8601 date.");
      }
    }
  }
}
