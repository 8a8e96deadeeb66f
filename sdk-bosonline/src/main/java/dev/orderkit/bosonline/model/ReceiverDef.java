package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code receiver} of a checkout order: who gets the parcel, and the answers to the form's
 * custom fields as a list of {@code {field_name, value}} pairs.
 */
@ValueStyle
@Value.Immutable
abstract class ReceiverDef {
  /** Returns the receiver's name; must not be empty. */
  @JsonName("receiver_name")
  public abstract String receiverName();

  /** Returns the receiver's phone number, as text (such as {@code "083131412312"}). */
  @JsonName("receiver_phone")
  public abstract String receiverPhone();

  /** Returns the id of the receiver's area (a region id such as {@code 15022}); at least 1. */
  @JsonName("receiver_addr_id")
  public abstract long receiverAddrId();

  /** Returns the street address, such as {@code "BUkit Kismadani1"}; must not be empty. */
  @JsonName("receiver_address")
  public abstract String receiverAddress();

  /** Returns the answers to the form's custom fields, in order (may be empty). */
  @JsonName("receiver_detail")
  public abstract List<ReceiverDetail> receiverDetail();

  /** Returns extra JSON properties to send that this SDK version does not model. */
  public abstract Map<String, Object> additionalProperties();
}
