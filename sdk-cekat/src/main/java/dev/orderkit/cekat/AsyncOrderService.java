package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatEndpoints;
import dev.orderkit.cekat.model.CreateOrderParams;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.core.spi.Futures;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.Transport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Orders without blocking: create, list and paging. Futures fail with the OrderKit exception
 * itself; cancelling one cancels its call.
 */
public final class AsyncOrderService {
  private final Transport transport;

  AsyncOrderService(Transport transport) {
    this.transport = transport;
  }

  /** As {@link OrderService#create(CreateOrderParams)}, without blocking; never replayed. */
  public CompletableFuture<Order> create(CreateOrderParams params) {
    return create(params, RequestOptions.none());
  }

  /** As {@link OrderService#create(CreateOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<Order> create(CreateOrderParams params, RequestOptions options) {
    return transport.executeAsync(CekatEndpoints.create(params), options);
  }

  /** One page of orders; {@link AsyncOrderPage#nextPage()} fetches the next one the same way. */
  public CompletableFuture<AsyncOrderPage> list(ListOrdersParams params) {
    return list(params, RequestOptions.none());
  }

  /** One page of orders, with per-call options (also used for the pages after it). */
  public CompletableFuture<AsyncOrderPage> list(ListOrdersParams params, RequestOptions options) {
    return transport.executeAsync(CekatEndpoints.list(params), options,
        raw -> new AsyncOrderPage(raw.parse(), params, p -> list(p, options)));
  }

  /**
   * Calls {@code action} for every order from {@code params}' page on, fetching each page only
   * after the previous one was handled; completes after the first page shorter than
   * {@code limit}.
   */
  public CompletableFuture<Void> forEachOrder(ListOrdersParams params,
      Consumer<? super ListedOrder> action) {
    return forEachOrder(params, action, RequestOptions.none());
  }

  /**
   * As {@link #forEachOrder(ListOrdersParams, Consumer)}, with per-call options. Cancelling the
   * returned future stops the page fetch in flight and visits nothing more.
   */
  public CompletableFuture<Void> forEachOrder(ListOrdersParams params,
      Consumer<? super ListedOrder> action, RequestOptions options) {
    return Futures.forEachItem(list(params, options), action);
  }
}
