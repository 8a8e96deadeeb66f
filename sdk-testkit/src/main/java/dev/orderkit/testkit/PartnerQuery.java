package dev.orderkit.testkit;

import dev.orderkit.testkit.PartnerFlow.Status;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of list orders, already checked against the docs' parameter table ({@link
 * PartnerSchema#LIST}): {@code page}, {@code per_page} (1 to 100) and {@code sort_direction}
 * ({@code asc} or {@code desc}, any case) required; {@code status} a status code or {@code
 * "All"}, {@code sort_by} {@code created_at} or {@code status}, {@code created_from}/{@code
 * created_to} ISO 8601 (a date alone covers the whole day). The docs' example names {@code size}
 * and {@code sort} are not in the table: they are ignored, so {@code per_page} and {@code
 * sort_direction} are missing without them.
 */
final class PartnerQuery {
  int page;
  int perPage;
  /** The status to keep, or null for every status. */
  @Nullable Status status;
  boolean sortByStatus;
  boolean ascending;
  @Nullable OffsetDateTime createdFrom;
  @Nullable OffsetDateTime createdTo;

  private PartnerQuery() {}

  /** Reads a body that passed {@link PartnerSchema#LIST}. */
  static PartnerQuery of(Map<String, @Nullable Object> body) {
    PartnerQuery q = new PartnerQuery();
    q.page = ((BigDecimal) body.get("page")).intValueExact();
    q.perPage = ((BigDecimal) body.get("per_page")).intValueExact();
    String status = PartnerWire.text(body, "status");
    q.status = status == null || status.equals("All") ? null : Status.of(status);
    q.sortByStatus = "status".equals(PartnerWire.text(body, "sort_by"));
    q.ascending = "asc".equals(String.valueOf(body.get("sort_direction")).toLowerCase(Locale.ROOT));
    String from = PartnerWire.text(body, "created_from");
    String to = PartnerWire.text(body, "created_to");
    q.createdFrom = from == null ? null : PartnerSchema.dateTime(from, false);
    q.createdTo = to == null ? null : PartnerSchema.dateTime(to, true);
    return q;
  }
}
