package dev.orderkit.bosonline;

import dev.orderkit.bosonline.internal.BosOnlineEndpoints;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.Transport;
import java.util.concurrent.CompletableFuture;

/**
 * Checkout without blocking. Failures complete the future with the OrderKit exception itself;
 * cancelling the future cancels the call. Invalid arguments (an empty form id) are refused at
 * once, by throwing, before any future exists — as in every OrderKit async service.
 */
public final class AsyncCheckoutService {
  private final Transport transport;

  AsyncCheckoutService(Transport transport) {
    this.transport = transport;
  }

  /** As {@link CheckoutService#create(String, CreateOrderParams)}, without blocking. */
  public CompletableFuture<CreateOrderResult> create(String formId,
      CreateOrderParams params) {
    return create(formId, params, RequestOptions.none());
  }

  /** As {@link CheckoutService#create(String, CreateOrderParams, RequestOptions)}. */
  public CompletableFuture<CreateOrderResult> create(String formId,
      CreateOrderParams params, RequestOptions options) {
    return transport.executeAsync(BosOnlineEndpoints.createOrder(formId, params), options);
  }

}
