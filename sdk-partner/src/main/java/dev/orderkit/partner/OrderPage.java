package dev.orderkit.partner;

import dev.orderkit.core.Page;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of the partner order list, with the totals the API returns. {@link #nextPage()} asks
 * for the following page with the same filters; paging stops at {@code total_page}.
 */
public final class OrderPage extends OrderListPage implements Page<OrderSummary> {
  private final Function<ListOrdersParams, OrderPage> fetch;

  OrderPage(OrderList list, @Nullable String requestId, ListOrdersParams params,
      Function<ListOrdersParams, OrderPage> fetch) {
    super(list, requestId, params);
    this.fetch = fetch;
  }

  @Override
  public Optional<Integer> pageNumber() {
    return Optional.of(currentPage());
  }

  @Override
  public OrderPage nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("page " + params.page() + " of " + totalPage()
          + " is the last one");
    }
    return fetch.apply(nextParams());
  }
}
