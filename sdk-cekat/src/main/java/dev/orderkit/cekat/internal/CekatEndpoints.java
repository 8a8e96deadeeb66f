package dev.orderkit.cekat.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import dev.orderkit.cekat.model.CreateOrderParams;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.cekat.AsyncOrderPage;
import dev.orderkit.cekat.OrderPage;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.Endpoint;
import dev.orderkit.core.spi.LazyJsonAdapter;
import dev.orderkit.core.spi.PageRequest;
import dev.orderkit.core.spi.Paging;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Service;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The two cekat endpoints, each declared once ({@link Orders}); the build generates the public
 * services from them (see {@link Service}). Adapters and parsers are built once, here. List ({@code GET}) is safe to repeat;
 * create ({@code POST}) is not: once it may have been processed it is never replayed.
 */
public final class CekatEndpoints {
  private static final String ORDERS = "api/orders";

  private static final JsonAdapter<CreateOrderParams> CREATE_PARAMS =
      LazyJsonAdapter.of(CekatJson.MOSHI, CreateOrderParams.class);
  private static final JsonAdapter<Order> ORDER = LazyJsonAdapter.of(CekatJson.MOSHI, Order.class);
  private static final JsonAdapter<List<ListedOrder>> LISTED_ORDERS =
      LazyJsonAdapter.of(CekatJson.MOSHI,
          Types.newParameterizedType(List.class, ListedOrder.class));

  private static final ResponseParser<Order> CREATED =
      CekatEnvelope.parser("created order", ORDER::fromJson);
  private static final ResponseParser<OrderList> LIST =
      CekatEnvelope.parser("order list", CekatEndpoints::orderList);

  private CekatEndpoints() {}

  /** Orders: create, and list page by page or auto-paging. */
  @Service("OrderService")
  public static final class Orders {
    private Orders() {}

    /**
     * Creates an order ({@code POST /api/orders}) and returns it as created ({@code 201}). Never
     * replayed once it may have reached the server: a timeout or 5xx raises
     * {@link dev.orderkit.core.errors.OutcomeUnknownException}; look the order up first.
     */
    @Endpoint
    public static ApiRequest<Order> create(CreateOrderParams params) {
      return ApiRequest.builder("POST", ORDERS, CREATED)
          .body(RequestBodyWriter.of(params, CREATE_PARAMS)).description("create order").build();
    }

    /**
     * One page of orders ({@code GET /api/orders?limit=&page=}). The API returns no total, so a
     * page with fewer orders than {@code limit} (or none) is the last one; {@code nextPage()} asks
     * for the following page with the same {@code limit}. A page that repeats the one before it
     * (a server that ignores {@code page}) ends the paging instead of looping.
     */
    @Endpoint(page = OrderPage.class, asyncPage = AsyncOrderPage.class)
    public static PageRequest<ListOrdersParams, OrderList, ListedOrder> list(
        ListOrdersParams params) {
      return Paging.untilShortPage(Orders::listPage, OrderList::orders, ListOrdersParams::limit,
          ListOrdersParams::page, ListOrdersParams::withPage, ListedOrder::id).first(params);
    }

    private static ApiRequest<OrderList> listPage(ListOrdersParams params) {
      Checks.notNull("params", params);
      return ApiRequest.builder("GET", ORDERS, LIST).query("limit", params.limit())
          .query("page", params.page()).description("list orders").build();
    }
  }

  /** Reads {@code data}: {@code orders} is required, other members are kept. */
  private static OrderList orderList(JsonReader reader) throws java.io.IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("Expected data to be an object holding orders but was "
          + reader.peek() + " at path " + reader.getPath());
    }
    List<ListedOrder> orders = null;
    Map<String, @Nullable Object> other = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("orders") && reader.peek() != JsonReader.Token.NULL) {
        orders = LISTED_ORDERS.fromJson(reader);
      } else {
        other.put(name, JsonTree.read(reader));
      }
    }
    reader.endObject();
    if (orders == null) {
      throw new JsonDataException("The list response has no data.orders");
    }
    for (int i = 0; i < orders.size(); i++) {
      if (orders.get(i) == null) {
        throw new JsonDataException("Expected an order but was null at path $.data.orders[" + i
            + "]");
      }
    }
    return new OrderList(Collections.unmodifiableList(orders),
        Collections.unmodifiableMap(other));
  }

  /** A decoded {@code data} of list orders: the orders and any other members. */
  public static final class OrderList {
    private final List<ListedOrder> orders;
    private final Map<String, @Nullable Object> additionalProperties;

    OrderList(List<ListedOrder> orders, Map<String, @Nullable Object> additionalProperties) {
      this.orders = orders;
      this.additionalProperties = additionalProperties;
    }

    /** The orders of this page. */
    public List<ListedOrder> orders() {
      return orders;
    }

    /** Members of {@code data} other than {@code orders}, as JSON trees. */
    public Map<String, @Nullable Object> additionalProperties() {
      return additionalProperties;
    }
  }
}
