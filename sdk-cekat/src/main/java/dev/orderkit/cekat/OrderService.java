package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints;
import dev.orderkit.cekat.model.CreateOrderParams;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.core.AutoPager;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.spi.Transport;

/** Orders: create, and list page by page or auto-paging. Blocking calls. */
public final class OrderService {
  private final Transport transport;

  OrderService(Transport transport) {
    this.transport = transport;
  }

  /** The same calls, returning the raw response (status, headers, request id) before parsing. */
  public Raw withRawResponse() {
    return new Raw(transport);
  }

  /**
   * Creates an order and returns it as created ({@code 201}). Never replayed once it may have
   * reached the server: a timeout or 5xx raises
   * {@link dev.orderkit.core.errors.OutcomeUnknownException}; look the order up first.
   */
  public Order create(CreateOrderParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates an order, with per-call options. */
  public Order create(CreateOrderParams params, RequestOptions options) {
    return transport.execute(CekatEndpoints.create(params), options);
  }

  /** One page of orders. */
  public OrderPage list(ListOrdersParams params) {
    return list(params, RequestOptions.none());
  }

  /** One page of orders, with per-call options (also used for the pages after it). */
  public OrderPage list(ListOrdersParams params, RequestOptions options) {
    return withRawResponse().list(params, options).parse();
  }

  /**
   * Every order from {@code params}' page on, fetched lazily: no page is requested before
   * iteration needs it, and paging stops after the first page shorter than {@code limit}.
   */
  public AutoPager<ListedOrder> listAutoPaging(ListOrdersParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** As {@link #listAutoPaging(ListOrdersParams)}, with per-call options. */
  public AutoPager<ListedOrder> listAutoPaging(ListOrdersParams params, RequestOptions options) {
    return AutoPager.of(() -> list(params, options));
  }

  /** Order calls returning {@link HttpResponseFor}: status, headers and request id, then parse. */
  public static final class Raw {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    /** Creates an order, returning the response before parsing. */
    public HttpResponseFor<Order> create(CreateOrderParams params) {
      return create(params, RequestOptions.none());
    }

    /** Creates an order, returning the response before parsing, with per-call options. */
    public HttpResponseFor<Order> create(CreateOrderParams params, RequestOptions options) {
      return transport.executeRaw(CekatEndpoints.create(params), options);
    }

    /** One page of orders, before parsing. */
    public HttpResponseFor<OrderPage> list(ListOrdersParams params) {
      return list(params, RequestOptions.none());
    }

    /** One page of orders, before parsing, with per-call options. */
    public HttpResponseFor<OrderPage> list(ListOrdersParams params, RequestOptions options) {
      OrderService next = new OrderService(transport);
      return transport.executeRaw(CekatEndpoints.list(params), options)
          .map(list -> new OrderPage(list, params, p -> next.list(p, options)));
    }
  }
}
