package dev.orderkit.cekceir;

import dev.orderkit.cekceir.internal.CekceirEndpoints;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.Transport;
import java.util.concurrent.CompletableFuture;

/** Service orders without blocking; get it from {@link CekceirAsyncClient#orders()}. */
public final class AsyncOrderService {
  private final Transport transport;

  AsyncOrderService(Transport transport) {
    this.transport = transport;
  }

  /**
   * As {@link OrderService#create(CreateOrderParams)}, without blocking: a failed order (503
   * with an order body) completes the future normally; the order is never re-sent.
   */
  public CompletableFuture<OrderResult> create(CreateOrderParams params) {
    return create(params, RequestOptions.none());
  }

  /** As {@link OrderService#create(CreateOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<OrderResult> create(CreateOrderParams params,
      RequestOptions options) {
    return transport.executeAsync(CekceirEndpoints.create(params), options);
  }

}
