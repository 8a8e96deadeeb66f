package dev.orderkit.partner;

import dev.orderkit.core.AsyncPage;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of the partner order list fetched without blocking; see {@link OrderPage}. */
public final class AsyncOrderPage extends OrderListPage implements AsyncPage<OrderSummary> {
  private final Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch;

  AsyncOrderPage(OrderList list, @Nullable String requestId, ListOrdersParams params,
      Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch) {
    super(list, requestId, params);
    this.fetch = fetch;
  }

  /** Fetches the next page without blocking; cancelling the future cancels the call. */
  @Override
  @SuppressWarnings("unchecked")
  public CompletableFuture<AsyncPage<OrderSummary>> nextPage() {
    if (!hasNextPage()) {
      CompletableFuture<AsyncPage<OrderSummary>> none = new CompletableFuture<>();
      none.completeExceptionally(new NoSuchElementException("page " + params.page() + " of "
          + totalPage() + " is the last one"));
      return none;
    }
    // An AsyncOrderPage is an AsyncPage<OrderSummary>; the same future keeps its cancel link.
    return (CompletableFuture<AsyncPage<OrderSummary>>) (CompletableFuture<?>)
        fetch.apply(nextParams());
  }
}
