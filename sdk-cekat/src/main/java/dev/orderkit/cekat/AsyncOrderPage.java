package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.Futures;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One page of the cekat order list fetched without blocking; like {@link OrderPage}, a short or
 * empty page is the last one. {@link #forEachItem} visits this page and every one after it.
 */
public final class AsyncOrderPage implements AsyncPage<ListedOrder> {
  private final OrderList list;
  private final ListOrdersParams params;
  private final Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch;
  private final boolean repeated;

  AsyncOrderPage(OrderList list, ListOrdersParams params,
      Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch) {
    this(list, params, fetch, false);
  }

  AsyncOrderPage(OrderList list, ListOrdersParams params,
      Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch, boolean repeated) {
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

  /** True when this page is full ({@code limit} orders): only then may another follow. */
  @Override
  public boolean hasNextPage() {
    return !repeated && CekatPaging.hasNext(list, params);
  }

  @Override
  public CompletableFuture<AsyncPage<ListedOrder>> nextPage() {
    if (!hasNextPage()) {
      CompletableFuture<AsyncPage<ListedOrder>> none = new CompletableFuture<>();
      none.completeExceptionally(new NoSuchElementException("page " + params.page()
          + " is the last one"));
      return none;
    }
    return Futures.map(fetch.apply(params.withPage(params.page() + 1)),
        next -> CekatPaging.repeats(list, next.list)
            ? new AsyncOrderPage(next.list, next.params, fetch, true) // the server ignored page
            : next);
  }

  @Override
  public String toString() {
    return "AsyncOrderPage{page=" + params.page() + ", limit=" + params.limit() + ", items="
        + items().size() + "}";
  }
}
