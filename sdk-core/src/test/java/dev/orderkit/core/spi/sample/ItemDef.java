package dev.orderkit.core.spi.sample;

import com.squareup.moshi.Json;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A test line item: a public interface. */
@ValueStyle
@Value.Immutable
public interface ItemDef {
  @Json(name = "item_sku")
  String sku();

  @Json(name = "item_qty")
  int quantity();

  BigDecimal price();

  Optional<Double> weight();
}
