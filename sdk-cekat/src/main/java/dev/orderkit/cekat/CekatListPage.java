package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints.OrderList;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.ListPage;
import dev.orderkit.core.spi.PageState;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What blocking and async cekat order pages add to core's page: the undocumented members of
 * {@code data}. Paging (until a short page) is core's.
 */
abstract class CekatListPage extends ListPage<ListOrdersParams, OrderList, ListedOrder> {
  CekatListPage(PageState<ListOrdersParams, OrderList, ListedOrder> state) {
    super(state);
  }

  /** Members of {@code data} other than {@code orders}, as JSON trees (none are documented). */
  public Map<String, @Nullable Object> additionalData() {
    return data().additionalProperties();
  }
}
