package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import org.immutables.value.Value;

/**
 * One answer to a custom field of the checkout form ({@code receiver.receiver_detail[]}):
 * the field's label and the buyer's value, such as {@code "Alamat Email"} and an address.
 */
@ValueStyle
@Value.Immutable
abstract class ReceiverDetailDef {
  /** Returns the form field's name, such as {@code "Nama Pembeli"}; must not be empty. */
  @JsonName("field_name")
  public abstract String fieldName();

  /** Returns the value entered for the field (may be empty). */
  public abstract String value();

  /** Returns a detail with this field name and value. */
  public static ReceiverDetail of(String fieldName, String value) {
    return ReceiverDetail.builder().fieldName(fieldName).value(value).build();
  }
}
