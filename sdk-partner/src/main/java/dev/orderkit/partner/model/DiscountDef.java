package dev.orderkit.partner.model;

import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One discount of an order: {@code discount_info[]} in the detail.
 *
 * <p>The docs show only an empty list and no schema, so every property is kept in
 * {@link #additionalProperties()} until the API documents one.
 */
@ValueStyle
@Value.Immutable
abstract class DiscountDef {
  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
