package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.spi.PageState;
import java.util.concurrent.CompletableFuture;

/**
 * One page of the cekat order list fetched without blocking; like {@link OrderPage}, a short or
 * empty page is the last one. {@link #forEachItem} visits this page and every one after it.
 */
public final class AsyncOrderPage extends CekatListPage implements AsyncPage<ListedOrder> {
  AsyncOrderPage(PageState<ListOrdersParams, OrderList, ListedOrder> state) {
    super(state);
  }

  /** Fetches the next page without blocking; cancelling the future cancels the call. */
  @Override
  public CompletableFuture<AsyncPage<ListedOrder>> nextPage() {
    return state().nextAsync(AsyncOrderPage::new);
  }
}
