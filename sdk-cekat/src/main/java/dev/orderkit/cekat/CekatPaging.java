package dev.orderkit.cekat;

import java.util.List;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;

/** The paging rule, in one place: a full page may have a successor; a short or empty one not. */
final class CekatPaging {
  private CekatPaging() {}

  static boolean hasNext(OrderList list, ListOrdersParams params) {
    return !list.orders().isEmpty() && list.orders().size() >= params.limit();
  }

  /**
   * Whether {@code next} repeats {@code previous} (same first and last order): a server that
   * ignores {@code page} would otherwise return the same full page forever.
   */
  static boolean repeats(OrderList previous, OrderList next) {
    List<ListedOrder> a = previous.orders();
    List<ListedOrder> b = next.orders();
    return !a.isEmpty() && !b.isEmpty() && a.get(0).id().equals(b.get(0).id())
        && a.get(a.size() - 1).id().equals(b.get(b.size() - 1).id());
  }
}
