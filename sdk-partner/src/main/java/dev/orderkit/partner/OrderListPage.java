package dev.orderkit.partner;

import dev.orderkit.core.ListPage;
import dev.orderkit.core.spi.PageState;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.util.Optional;

/**
 * What blocking and async partner order pages add to core's page: the totals the API reports and
 * the envelope's request id. Paging (by {@code total_page}) is core's.
 */
abstract class OrderListPage extends ListPage<ListOrdersParams, OrderList, OrderSummary> {
  OrderListPage(PageState<ListOrdersParams, OrderList, OrderSummary> state) {
    super(state);
  }

  /** The page number, as the API reports it ({@code current_page}). */
  public int currentPage() {
    return data().currentPage();
  }

  /** Orders per page ({@code per_page}). */
  public int perPage() {
    return data().perPage();
  }

  /** All orders matching the filters ({@code total_data}). */
  public int totalData() {
    return data().totalData();
  }

  /** How many pages there are ({@code total_page}). */
  public int totalPage() {
    return data().totalPage();
  }

  /** The envelope's {@code request_id}, if it had one. */
  public Optional<String> requestId() {
    return data().requestId();
  }

  /** The decoded list, as the API sent it. */
  public OrderList list() {
    return data();
  }

  /** The page number the API reports ({@code current_page}). */
  @Override
  public Optional<Integer> pageNumber() {
    return Optional.of(currentPage());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{page=" + currentPage() + "/" + totalPage() + ", items="
        + items().size() + ", totalData=" + totalData() + "}";
  }
}
