package dev.orderkit.partner;

import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What blocking and async order pages share: the decoded list with its totals, the envelope's
 * request id, and when another page follows. The next page is the page that was asked for plus
 * one, so paging ends at {@code total_page} even if a server repeats {@code current_page}.
 */
abstract class OrderListPage {
  final OrderList list;
  final @Nullable String requestId;
  final ListOrdersParams params;

  OrderListPage(OrderList list, @Nullable String requestId, ListOrdersParams params) {
    this.list = list;
    this.requestId = requestId;
    this.params = params;
  }

  /** The orders on this page. */
  public List<OrderSummary> items() {
    return list.orders();
  }

  /** The page number, as the API reports it ({@code current_page}). */
  public int currentPage() {
    return list.currentPage();
  }

  /** Orders per page ({@code per_page}). */
  public int perPage() {
    return list.perPage();
  }

  /** All orders matching the filters ({@code total_data}). */
  public int totalData() {
    return list.totalData();
  }

  /** How many pages there are ({@code total_page}). */
  public int totalPage() {
    return list.totalPage();
  }

  /** The envelope's {@code request_id}, if it had one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The decoded list, as the API sent it. */
  public OrderList list() {
    return list;
  }

  /** Whether another page follows: this page had orders and was not the last one. */
  public boolean hasNextPage() {
    return !list.orders().isEmpty() && params.page() < list.totalPage();
  }

  /** The parameters of the following page. */
  ListOrdersParams nextParams() {
    return params.withPage(params.page() + 1);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{page=" + currentPage() + "/" + totalPage()
        + ", items=" + items().size() + ", totalData=" + totalData() + "}";
  }
}
