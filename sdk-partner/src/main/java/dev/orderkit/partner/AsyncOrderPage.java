package dev.orderkit.partner;

import dev.orderkit.core.AsyncPage;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** One page of the partner order list fetched without blocking; see {@link OrderPage}. */
public final class AsyncOrderPage implements AsyncPage<OrderSummary> {
  private final OrderList list;
  private final String requestId;
  private final ListOrdersParams params;
  private final Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch;

  AsyncOrderPage(OrderList list, String requestId, ListOrdersParams params,
      Function<ListOrdersParams, CompletableFuture<AsyncOrderPage>> fetch) {
    this.list = list;
    this.requestId = requestId;
    this.params = params;
    this.fetch = fetch;
  }

  @Override
  public List<OrderSummary> items() {
    return list.orders();
  }

  /** The decoded list with its totals ({@code current_page}, {@code total_page}, ...). */
  public OrderList list() {
    return list;
  }

  /** The envelope's {@code request_id}, if it had one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public boolean hasNextPage() {
    return !list.orders().isEmpty() && list.currentPage() < list.totalPage();
  }

  @Override
  public CompletableFuture<AsyncPage<OrderSummary>> nextPage() {
    if (!hasNextPage()) {
      CompletableFuture<AsyncPage<OrderSummary>> none = new CompletableFuture<>();
      none.completeExceptionally(new NoSuchElementException("no page after "
          + list.currentPage()));
      return none;
    }
    return fetch.apply(params.withPage(list.currentPage() + 1)).thenApply(p -> p);
  }
}
