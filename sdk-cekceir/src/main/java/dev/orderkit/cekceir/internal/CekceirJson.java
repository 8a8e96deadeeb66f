package dev.orderkit.cekceir.internal;

import com.squareup.moshi.Moshi;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.core.spi.OrderKitJson;
import dev.orderkit.core.spi.ValueAdapters;

/**
 * The cekceir module's one {@link Moshi}: the core adapters plus every cekceir model. Built once,
 * thread-safe; adapters are created on first use.
 */
public final class CekceirJson {
  /** The Moshi that reads and writes every cekceir model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(ValueAdapters.builder()
          .register(OrderResult.class, OrderResult::builder)
          .register(CreateOrderParams.class, CreateOrderParams::builder)
          .build())
      .build();

  private CekceirJson() {}
}
