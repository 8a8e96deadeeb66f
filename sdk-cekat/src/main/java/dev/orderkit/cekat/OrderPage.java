package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.Page;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of the cekat order list. The API returns no total, so a page with fewer orders than
 * {@code limit} (or none) is the last one; {@link #nextPage()} asks for the following page with
 * the same {@code limit}.
 */
public final class OrderPage implements Page<ListedOrder> {
  private final OrderList list;
  private final ListOrdersParams params;
  private final Function<ListOrdersParams, OrderPage> fetch;
  private final boolean repeated;

  OrderPage(OrderList list, ListOrdersParams params, Function<ListOrdersParams, OrderPage> fetch) {
    this(list, params, fetch, false);
  }

  OrderPage(OrderList list, ListOrdersParams params,
      Function<ListOrdersParams, OrderPage> fetch, boolean repeated) {
    this.list = list;
    this.params = params;
    this.fetch = fetch;
    this.repeated = repeated;
  }

  @Override
  public List<ListedOrder> items() {
    return repeated ? java.util.Collections.<ListedOrder>emptyList() : list.orders();
  }

  /** The query that fetched this page ({@code limit} and {@code page}). */
  public ListOrdersParams params() {
    return params;
  }

  /** Members of {@code data} other than {@code orders}, as JSON trees (none are documented). */
  public Map<String, Object> additionalData() {
    return list.additionalProperties();
  }

  @Override
  public Optional<Integer> pageNumber() {
    return Optional.of(params.page());
  }

  /** True when this page is full ({@code limit} orders): only then may another follow. */
  @Override
  public boolean hasNextPage() {
    return !repeated && CekatPaging.hasNext(list, params);
  }

  @Override
  public OrderPage nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("page " + params.page() + " held " + items().size()
          + " of " + params.limit() + " orders: it is the last one");
    }
    OrderPage next = fetch.apply(params.withPage(params.page() + 1));
    return CekatPaging.repeats(list, next.list)
        ? new OrderPage(next.list, next.params, fetch, true) // the server ignored page: stop
        : next;
  }

  @Override
  public String toString() {
    return "OrderPage{page=" + params.page() + ", limit=" + params.limit() + ", items="
        + items().size() + "}";
  }
}
