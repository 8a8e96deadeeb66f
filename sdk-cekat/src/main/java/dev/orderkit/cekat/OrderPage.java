package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.Page;
import dev.orderkit.core.spi.PageState;

/**
 * One page of the cekat order list. The API returns no total, so a page with fewer orders than
 * {@code limit} (or none) is the last one; {@link #nextPage()} asks for the following page with
 * the same {@code limit}.
 */
public final class OrderPage extends CekatListPage implements Page<ListedOrder> {
  OrderPage(PageState<ListOrdersParams, OrderList, ListedOrder> state) {
    super(state);
  }

  @Override
  public OrderPage nextPage() {
    return state().next(OrderPage::new);
  }
}
