package dev.orderkit.partner;

import dev.orderkit.core.Page;
import dev.orderkit.core.spi.PageState;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;

/**
 * One page of the partner order list, with the totals the API returns. {@link #nextPage()} asks
 * for the following page with the same filters; paging stops at {@code total_page}.
 */
public final class OrderPage extends OrderListPage implements Page<OrderSummary> {
  OrderPage(PageState<ListOrdersParams, OrderList, OrderSummary> state) {
    super(state);
  }

  @Override
  public OrderPage nextPage() {
    return state().next(OrderPage::new);
  }
}
