package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What blocking and async cekat order pages share, and the paging rule in one place: the API
 * returns no total, so a full page ({@code limit} orders) may have a successor and a short or
 * empty one not. A page that repeats the one before it (a server that ignores {@code page})
 * ends the paging instead of looping.
 */
abstract class CekatListPage {
  final OrderList list;
  final ListOrdersParams params;
  /** True for a page that repeated its predecessor: shown empty, and the last one. */
  final boolean repeated;

  CekatListPage(OrderList list, ListOrdersParams params, boolean repeated) {
    this.list = list;
    this.params = params;
    this.repeated = repeated;
  }

  /** The orders on this page. */
  public List<ListedOrder> items() {
    return repeated ? Collections.<ListedOrder>emptyList() : list.orders();
  }

  /** The query that fetched this page ({@code limit} and {@code page}). */
  public ListOrdersParams params() {
    return params;
  }

  /** Members of {@code data} other than {@code orders}, as JSON trees (none are documented). */
  public Map<String, @Nullable Object> additionalData() {
    return list.additionalProperties();
  }

  /** True when this page is full ({@code limit} orders): only then may another follow. */
  public boolean hasNextPage() {
    return !repeated && !list.orders().isEmpty() && list.orders().size() >= params.limit();
  }

  /** The parameters of the following page. */
  ListOrdersParams nextParams() {
    return params.withPage(params.page() + 1);
  }

  /** Why there is no next page, for the exception {@code nextPage()} raises. */
  String lastPageMessage() {
    return "page " + params.page() + " held " + items().size() + " of " + params.limit()
        + " orders: it is the last one";
  }

  /**
   * Whether {@code next} repeats this page (same first and last order): a server that ignores
   * {@code page} would otherwise return the same full page forever.
   */
  boolean isRepeatedBy(CekatListPage next) {
    List<ListedOrder> a = list.orders();
    List<ListedOrder> b = next.list.orders();
    return !a.isEmpty() && !b.isEmpty() && a.get(0).id().equals(b.get(0).id())
        && a.get(a.size() - 1).id().equals(b.get(b.size() - 1).id());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{page=" + params.page() + ", limit=" + params.limit()
        + ", items=" + items().size() + "}";
  }
}
