package dev.orderkit.cekat.model;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.ValueStyle;
import org.immutables.value.Value;

/**
 * The query of list orders ({@code GET /api/orders?limit=&page=}). Both are always sent, so the
 * SDK knows the page size: a page shorter than {@code limit} (or empty) is the last one, since
 * the API returns no total. The docs give no bounds or defaults; the SDK sends {@code limit} 10
 * unless told otherwise (the docs' own example) and accepts 1 to 100.
 */
@ValueStyle
@Value.Immutable
abstract class ListOrdersParamsDef {
  /** The largest {@code limit} accepted. */
  static final int MAX_LIMIT = 100;

  /** Returns the results per page, 1 to 100 (default 10). */
  @Value.Default
  public int limit() {
    return 10;
  }

  /** Returns the page number, from 1 (default 1). */
  @Value.Default
  public int page() {
    return 1;
  }

  /** Returns the same query for page {@code page}, checked like any other. */
  public ListOrdersParams withPage(int page) {
    return ListOrdersParams.builder().limit(limit()).page(page).build();
  }

  /** Checks the bounds, naming the query parameter that broke them. */
  @Value.Check
  protected void check() {
    Checks.between("limit", limit(), 1, MAX_LIMIT);
    Checks.atLeast("page", page(), 1);
  }
}
