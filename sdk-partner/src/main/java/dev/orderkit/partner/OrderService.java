package dev.orderkit.partner;

import dev.orderkit.core.AutoPager;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.partner.internal.Envelope;
import dev.orderkit.partner.internal.Enveloped;
import dev.orderkit.partner.internal.PartnerEndpoints;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.partner.model.UpdateOrderParams;

/** Orders: list (page by page or auto-paging), detail, create and update. Blocking calls. */
public final class OrderService {
  private final Transport transport;

  OrderService(Transport transport) {
    this.transport = transport;
  }

  /** The same calls, returning the raw response (status, headers, request id) before parsing. */
  public Raw withRawResponse() {
    return new Raw(transport);
  }

  /** One page of orders. */
  public OrderPage list(ListOrdersParams params) {
    return list(params, RequestOptions.none());
  }

  /** One page of orders, with per-call options (also used for the pages after it). */
  public OrderPage list(ListOrdersParams params, RequestOptions options) {
    return withRawResponse().list(params, options).parse();
  }

  /** Every order matching {@code params}, page after page, fetched lazily until the last page. */
  public AutoPager<OrderSummary> listAutoPaging(ListOrdersParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** As {@link #listAutoPaging(ListOrdersParams)}, with per-call options. */
  public AutoPager<OrderSummary> listAutoPaging(ListOrdersParams params,
      RequestOptions options) {
    return AutoPager.of(() -> list(params, options));
  }

  /** One order in full, by its id ({@code order_id} / {@code order_header_id}). */
  public OrderDetail detail(long orderId) {
    return detail(orderId, RequestOptions.none());
  }

  /** One order in full, with per-call options. */
  public OrderDetail detail(long orderId, RequestOptions options) {
    return transport.execute(PartnerEndpoints.detail(orderId), options);
  }

  /**
   * Creates an order. Never replayed once it may have reached the server: a timeout or 5xx
   * raises {@link dev.orderkit.core.errors.OutcomeUnknownException}; look the order up first.
   */
  public ActionResult create(CreateOrderParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates an order, with per-call options. */
  public ActionResult create(CreateOrderParams params, RequestOptions options) {
    return transport.execute(PartnerEndpoints.create(params), options);
  }

  /** Updates an order's customer, shipping address, notes or tags. */
  public ActionResult update(UpdateOrderParams params) {
    return update(params, RequestOptions.none());
  }

  /** Updates an order, with per-call options. */
  public ActionResult update(UpdateOrderParams params, RequestOptions options) {
    return transport.execute(PartnerEndpoints.update(params), options);
  }

  /** Order calls returning {@link HttpResponseFor}: status, headers and request id, then parse. */
  public static final class Raw {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    /** One page of orders, before parsing. */
    public HttpResponseFor<OrderPage> list(ListOrdersParams params) {
      return list(params, RequestOptions.none());
    }

    /** One page of orders, before parsing, with per-call options. */
    public HttpResponseFor<OrderPage> list(ListOrdersParams params,
        RequestOptions options) {
      HttpResponseFor<Enveloped<OrderList>> raw =
          transport.executeRaw(PartnerEndpoints.list(params), options);
      OrderService next = new OrderService(transport);
      return raw.map(e -> page(e, params, p -> next.list(p, options)));
    }

    /** One order in full, before parsing. */
    public HttpResponseFor<OrderDetail> detail(long orderId) {
      return detail(orderId, RequestOptions.none());
    }

    /** One order in full, before parsing, with per-call options. */
    public HttpResponseFor<OrderDetail> detail(long orderId, RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.detail(orderId), options);
    }

    /** Creates an order, returning the response before parsing. */
    public HttpResponseFor<ActionResult> create(CreateOrderParams params) {
      return create(params, RequestOptions.none());
    }

    /** Creates an order, returning the response before parsing, with per-call options. */
    public HttpResponseFor<ActionResult> create(CreateOrderParams params,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.create(params), options);
    }

    /** Updates an order, returning the response before parsing. */
    public HttpResponseFor<ActionResult> update(UpdateOrderParams params) {
      return update(params, RequestOptions.none());
    }

    /** Updates an order, returning the response before parsing, with per-call options. */
    public HttpResponseFor<ActionResult> update(UpdateOrderParams params,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.update(params), options);
    }
  }

  static OrderPage page(Enveloped<OrderList> envelope, ListOrdersParams params,
      java.util.function.Function<ListOrdersParams, OrderPage> fetch) {
    OrderList list = Envelope.requireData(envelope, "order list");
    return new OrderPage(list, envelope.requestId(), params, fetch);
  }
}
