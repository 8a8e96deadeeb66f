package dev.orderkit.cekat;

import dev.orderkit.core.spi.Transport;

/** The cekat API without blocking; get it from {@link CekatClient#async()}. */
public final class CekatAsyncClient {
  private final AsyncOrderService orders;

  CekatAsyncClient(Transport transport) {
    this.orders = new AsyncOrderService(transport);
  }

  /** Orders: create, list, paging. */
  public AsyncOrderService orders() {
    return orders;
  }
}
