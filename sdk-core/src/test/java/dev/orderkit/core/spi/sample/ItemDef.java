package dev.orderkit.core.spi.sample;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A test line item: a public interface. */
@ValueStyle
@Value.Immutable
public interface ItemDef {
  @JsonName("item_sku")
  String sku();

  @JsonName("item_qty")
  int quantity();

  BigDecimal price();

  Optional<BigDecimal> weight();
}
