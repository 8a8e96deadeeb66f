package dev.orderkit.partner;

import dev.orderkit.core.spi.Futures;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.partner.internal.Envelope;
import dev.orderkit.partner.internal.PartnerEndpoints;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.partner.model.UpdateOrderParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Orders without blocking: list, auto-paging, detail, create and update. Cancelling a future
 * cancels its call; invalid input is refused at once, by throwing, before any future exists.
 */
public final class AsyncOrderService {
  private final Transport transport;

  AsyncOrderService(Transport transport) {
    this.transport = transport;
  }

  /** One page of orders; {@link AsyncOrderPage#nextPage()} fetches the next one the same way. */
  public CompletableFuture<AsyncOrderPage> list(ListOrdersParams params) {
    return list(params, RequestOptions.none());
  }

  /** One page of orders, with per-call options (also used for the pages after it). */
  public CompletableFuture<AsyncOrderPage> list(ListOrdersParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.list(params), options,
        raw -> raw.map(e -> new AsyncOrderPage(Envelope.requireData(e, "order list"),
            e.requestId(), params, p -> list(p, options))).parse());
  }

  /**
   * Calls {@code action} for every order matching {@code params}, fetching each page only after
   * the previous one was handled; completes after the last page ({@code total_page}).
   */
  public CompletableFuture<Void> forEachOrder(ListOrdersParams params,
      Consumer<? super OrderSummary> action) {
    return forEachOrder(params, action, RequestOptions.none());
  }

  /**
   * As {@link #forEachOrder(ListOrdersParams, Consumer)}, with per-call options. Cancelling the
   * returned future stops the page fetch in flight and visits nothing more.
   */
  public CompletableFuture<Void> forEachOrder(ListOrdersParams params,
      Consumer<? super OrderSummary> action, RequestOptions options) {
    return Futures.forEachItem(list(params, options), action);
  }

  /** As {@link OrderService#detail(long)}, without blocking. */
  public CompletableFuture<OrderDetail> detail(long orderId) {
    return detail(orderId, RequestOptions.none());
  }

  /** As {@link OrderService#detail(long, RequestOptions)}, without blocking. */
  public CompletableFuture<OrderDetail> detail(long orderId, RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.detail(orderId), options);
  }

  /** As {@link OrderService#create(CreateOrderParams)}, without blocking; never replayed. */
  public CompletableFuture<ActionResult> create(CreateOrderParams params) {
    return create(params, RequestOptions.none());
  }

  /** As {@link OrderService#create(CreateOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> create(CreateOrderParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.create(params), options);
  }

  /** As {@link OrderService#update(UpdateOrderParams)}, without blocking. */
  public CompletableFuture<ActionResult> update(UpdateOrderParams params) {
    return update(params, RequestOptions.none());
  }

  /** As {@link OrderService#update(UpdateOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> update(UpdateOrderParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.update(params), options);
  }
}
