package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.Page;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of the cekat order list. The API returns no total, so a page with fewer orders than
 * {@code limit} (or none) is the last one; {@link #nextPage()} asks for the following page with
 * the same {@code limit}.
 */
public final class OrderPage extends CekatListPage implements Page<ListedOrder> {
  private final Function<ListOrdersParams, OrderPage> fetch;

  OrderPage(OrderList list, ListOrdersParams params, Function<ListOrdersParams, OrderPage> fetch) {
    this(list, params, fetch, false);
  }

  private OrderPage(OrderList list, ListOrdersParams params,
      Function<ListOrdersParams, OrderPage> fetch, boolean repeated) {
    super(list, params, repeated);
    this.fetch = fetch;
  }

  @Override
  public Optional<Integer> pageNumber() {
    return Optional.of(params.page());
  }

  @Override
  public OrderPage nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException(lastPageMessage());
    }
    OrderPage next = fetch.apply(nextParams());
    return isRepeatedBy(next)
        ? new OrderPage(next.list, next.params, fetch, true) // the server ignored page: stop
        : next;
  }
}
