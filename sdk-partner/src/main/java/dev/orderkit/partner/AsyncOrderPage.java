package dev.orderkit.partner;

import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.spi.PageState;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.util.concurrent.CompletableFuture;

/** One page of the partner order list fetched without blocking; see {@link OrderPage}. */
public final class AsyncOrderPage extends OrderListPage implements AsyncPage<OrderSummary> {
  AsyncOrderPage(PageState<ListOrdersParams, OrderList, OrderSummary> state) {
    super(state);
  }

  /** Fetches the next page without blocking; cancelling the future cancels the call. */
  @Override
  public CompletableFuture<AsyncPage<OrderSummary>> nextPage() {
    return state().nextAsync(AsyncOrderPage::new);
  }
}
