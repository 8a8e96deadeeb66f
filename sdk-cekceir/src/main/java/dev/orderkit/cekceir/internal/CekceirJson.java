package dev.orderkit.cekceir.internal;

import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.GenerateJsonAdapters;
import dev.orderkit.core.spi.OrderKitJson;

/**
 * The cekceir module's one {@link Moshi}: the core adapters plus every cekceir model. Built once,
 * thread-safe; adapters are created on first use.
 */
@GenerateJsonAdapters
public final class CekceirJson {
  /** The Moshi that reads and writes every cekceir model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(CekceirJsonAdapters.FACTORY)
      .build();

  private CekceirJson() {}
}
