package dev.orderkit.bosonline.internal;

import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.GenerateJsonAdapters;
import dev.orderkit.core.spi.OrderKitJson;

/**
 * The bosOnline module's one {@link Moshi}: the core adapters plus every bosOnline model. Built
 * once, thread-safe. The optional request fields that the docs' example sends as {@code null}
 * ({@code items.note}, {@code items.delivery_voucher_code}, {@code items.discount_voucher_code},
 * {@code items.payment_method.bank}) are written as {@code null} when absent, as the docs do
 * ({@link dev.orderkit.core.spi.ExplicitNull} on their accessors).
 */
@GenerateJsonAdapters
public final class BosOnlineJson {
  /** The Moshi that reads and writes every bosOnline model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(BosOnlineJsonAdapters.FACTORY)
      .build();

  private BosOnlineJson() {}
}
