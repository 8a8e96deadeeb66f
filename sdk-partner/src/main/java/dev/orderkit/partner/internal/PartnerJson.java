package dev.orderkit.partner.internal;

import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.JsonRewrite;
import dev.orderkit.core.spi.GenerateJsonAdapters;
import dev.orderkit.core.spi.OrderKitJson;
import dev.orderkit.partner.model.ShippingLabelParams;

/**
 * The partner module's one {@link Moshi}: the core adapters plus every partner model. Built once,
 * thread-safe; adapters are created on first use. The model adapters are generated at build time
 * ({@link GenerateJsonAdapters}).
 */
@GenerateJsonAdapters
public final class PartnerJson {
  /** The Moshi that reads and writes every partner model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(JsonRewrite.stringBoolean(ShippingLabelParams.class, "mark_as_printed"))
      .add(PartnerJsonAdapters.FACTORY)
      .build();

  private PartnerJson() {}
}
