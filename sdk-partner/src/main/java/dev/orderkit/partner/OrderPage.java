package dev.orderkit.partner;

import dev.orderkit.core.Page;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of the partner order list, with the totals the API returns. {@link #nextPage()} asks
 * for the following page with the same filters; paging stops at {@code total_page}.
 */
public final class OrderPage implements Page<OrderSummary> {
  private final OrderList list;
  private final String requestId;
  private final ListOrdersParams params;
  private final Function<ListOrdersParams, OrderPage> fetch;

  OrderPage(OrderList list, String requestId, ListOrdersParams params,
      Function<ListOrdersParams, OrderPage> fetch) {
    this.list = list;
    this.requestId = requestId;
    this.params = params;
    this.fetch = fetch;
  }

  @Override
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
  public long totalData() {
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

  @Override
  public Optional<Integer> pageNumber() {
    return Optional.of(list.currentPage());
  }

  @Override
  public boolean hasNextPage() {
    return !list.orders().isEmpty() && list.currentPage() < list.totalPage();
  }

  @Override
  public OrderPage nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("page " + currentPage() + " of " + totalPage()
          + " is the last one");
    }
    return fetch.apply(params.withPage(list.currentPage() + 1));
  }

  @Override
  public String toString() {
    return "OrderPage{page=" + currentPage() + "/" + totalPage() + ", items=" + items().size()
        + ", totalData=" + totalData() + "}";
  }
}
