package dev.orderkit.cekceir;

import dev.orderkit.core.spi.Transport;

/** The cekceir API without blocking; get it from {@link CekceirClient#async()}. */
public final class CekceirAsyncClient {
  private final AsyncOrderService orders;

  CekceirAsyncClient(Transport transport) {
    this.orders = new AsyncOrderService(transport);
  }

  /** Service orders: create. */
  public AsyncOrderService orders() {
    return orders;
  }
}
