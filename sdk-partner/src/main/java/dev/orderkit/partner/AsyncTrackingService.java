package dev.orderkit.partner;

import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.partner.internal.PartnerEndpoints;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.Tracking;
import java.util.concurrent.CompletableFuture;

/** Tracking: an order's status with its order and delivery history. Non-blocking calls: cancelling a future cancels its call. Invalid input (an empty order code)
 * is refused at once, by throwing, before any future exists. */
public final class AsyncTrackingService {
  private final Transport transport;

  AsyncTrackingService(Transport transport) {
    this.transport = transport;
  }

  /** As {@link TrackingService#track(String)}, without blocking. */
  public CompletableFuture<Tracking> track(String orderCode) {
    return track(orderCode, RequestOptions.none());
  }

  /** As {@link TrackingService#track(String, RequestOptions)}, without blocking. */
  public CompletableFuture<Tracking> track(String orderCode, RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.tracking(OrderCodeParams.of(orderCode)), options);
  }
}
