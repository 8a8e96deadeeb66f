package dev.orderkit.partner;

import dev.orderkit.core.spi.Transport;

/** The partner API without blocking; get it from {@link PartnerClient#async()}. */
public final class PartnerAsyncClient {
  private final AsyncOrderService orders;
  private final AsyncFulfillmentService fulfillment;
  private final AsyncTrackingService tracking;

  PartnerAsyncClient(Transport transport) {
    this.orders = new AsyncOrderService(transport);
    this.fulfillment = new AsyncFulfillmentService(transport);
    this.tracking = new AsyncTrackingService(transport);
  }

  /** Orders: list, auto-paging, detail, create, update. */
  public AsyncOrderService orders() {
    return orders;
  }

  /** Fulfillment actions and shipping labels. */
  public AsyncFulfillmentService fulfillment() {
    return fulfillment;
  }

  /** Tracking. */
  public AsyncTrackingService tracking() {
    return tracking;
  }
}
