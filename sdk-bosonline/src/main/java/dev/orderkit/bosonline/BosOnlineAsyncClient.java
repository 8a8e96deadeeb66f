package dev.orderkit.bosonline;

import dev.orderkit.core.spi.Transport;

/** The bosOnline API without blocking; get it from {@link BosOnlineClient#async()}. */
public final class BosOnlineAsyncClient {
  private final AsyncCheckoutService checkout;

  BosOnlineAsyncClient(Transport transport) {
    this.checkout = new AsyncCheckoutService(transport);
  }

  /** Checkout: Request Create Order. */
  public AsyncCheckoutService checkout() {
    return checkout;
  }
}
