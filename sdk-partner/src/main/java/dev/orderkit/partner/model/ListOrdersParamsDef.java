package dev.orderkit.partner.model;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of list orders: one page, with filters and sorting.
 *
 * <p>The parameter table is the contract ({@code page}, {@code per_page}, {@code sort_direction}
 * and so on); the docs' example body ({@code size}, {@code sort}) is not. Use
 * {@link #withPage(int)} for another page of the same query.
 */
@ValueStyle
@Value.Immutable
abstract class ListOrdersParamsDef {
  /** Returns the page number, from 1 (default 1). */
  @Value.Default
  public int page() {
    return 1;
  }

  /** Returns the page size, 1 to 100 (default 10). */
  @JsonName("per_page")
  @Value.Default
  public int perPage() {
    return 10;
  }

  /** Returns the status to filter by; {@link OrderStatus#ALL} matches every status. */
  public abstract Optional<OrderStatus> status();

  /** Returns what to sort by: {@code "created_at"} or {@code "status"} are documented. */
  @JsonName("sort_by")
  public abstract Optional<String> sortBy();

  /** Returns the sort direction (default {@link SortDirection#DESC}). */
  @JsonName("sort_direction")
  @Value.Default
  public SortDirection sortDirection() {
    return SortDirection.DESC;
  }

  /** Returns the earliest creation time to include. */
  @JsonName("created_from")
  public abstract Optional<OffsetDateTime> createdFrom();

  /** Returns the latest creation time to include. */
  @JsonName("created_to")
  public abstract Optional<OffsetDateTime> createdTo();

  /** Returns the same query for page {@code page}, checked like any other. */
  public ListOrdersParams withPage(int page) {
    return ListOrdersParams.builder().from(this).page(page).build();
  }

  /** Checks every documented rule, naming the JSON field that broke it. */
  @Value.Check
  protected void check() {
    Checks.atLeast("page", page(), 1);
    Checks.between("per_page", perPage(), 1, 100);
    if (sortBy().isPresent()) {
      Checks.notBlank("sort_by", sortBy().get());
    }
    if (createdFrom().isPresent() && createdTo().isPresent()
        && createdFrom().get().isAfter(createdTo().get())) {
      throw new InvalidInputException("created_from", "must not be after created_to; got "
          + createdFrom().get() + " > " + createdTo().get());
    }
  }
}
