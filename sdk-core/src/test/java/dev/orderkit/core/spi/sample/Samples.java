package dev.orderkit.core.spi.sample;

import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.OrderKitJson;
import dev.orderkit.core.spi.ValueAdapters;

/** The test value types registered the way an API module registers its own. */
public final class Samples {
  private Samples() {}

  /** Returns a factory binding every sample type. */
  public static ValueAdapters valueAdapters() {
    return ValueAdapters.builder()
        .register(Order.class, Order::builder)
        .register(Item.class, Item::builder)
        .register(Customer.class, Customer::builder)
        .register(Envelope.class, Envelope::builder)
        .build();
  }

  /** Returns a Moshi with the core adapters and {@code adapters}. */
  public static Moshi moshi(ValueAdapters adapters) {
    return OrderKitJson.moshiBuilder().add(adapters).build();
  }
}
