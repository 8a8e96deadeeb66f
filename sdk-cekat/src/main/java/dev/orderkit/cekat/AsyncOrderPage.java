package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.spi.Futures;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One page of the cekat order list fetched without blocking; like {@link OrderPage}, a short or
 * empty page is the last one. {@link #forEachItem} visits this page and every one after it.
 */
public final class AsyncOrderPage extends CekatListPage implements AsyncPage<ListedOrder> {
  private final Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch;

  AsyncOrderPage(OrderList list, ListOrdersParams params,
      Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch) {
    this(list, params, fetch, false);
  }

  private AsyncOrderPage(OrderList list, ListOrdersParams params,
      Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch, boolean repeated) {
    super(list, params, repeated);
    this.fetch = fetch;
  }

  @Override
  public CompletableFuture<AsyncPage<ListedOrder>> nextPage() {
    if (!hasNextPage()) {
      CompletableFuture<AsyncPage<ListedOrder>> none = new CompletableFuture<>();
      none.completeExceptionally(new NoSuchElementException(lastPageMessage()));
      return none;
    }
    return Futures.map(fetch.apply(nextParams()),
        next -> isRepeatedBy(next)
            ? new AsyncOrderPage(next.list, next.params, fetch, true) // the server ignored page
            : next);
  }
}
