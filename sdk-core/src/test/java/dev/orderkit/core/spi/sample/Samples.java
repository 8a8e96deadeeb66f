package dev.orderkit.core.spi.sample;

import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.GenerateJsonAdapters;
import dev.orderkit.core.spi.OrderKitJson;

/** The test value types, bound the way an API module binds its own: by generated adapters. */
@GenerateJsonAdapters
public final class Samples {
  private Samples() {}

  /** Returns a Moshi with the core adapters and the samples' generated ones. */
  public static Moshi moshi() {
    return OrderKitJson.moshiBuilder().add(SamplesAdapters.FACTORY).build();
  }
}
