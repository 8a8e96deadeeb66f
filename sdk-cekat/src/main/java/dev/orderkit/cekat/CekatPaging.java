package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;

/** The paging rule, in one place: a full page may have a successor; a short or empty one not. */
final class CekatPaging {
  private CekatPaging() {}

  static boolean hasNext(OrderList list, ListOrdersParams params) {
    return !list.orders().isEmpty() && list.orders().size() >= params.limit();
  }
}
