package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code sender} of a checkout order: the warehouse the parcel leaves from.
 * {@link CreateOrderParams} checks it and names the path (such as {@code sender.sender_phone}).
 */
@ValueStyle
@Value.Immutable
abstract class SenderDef {
  /** Returns the warehouse name, such as {@code "Alfian"}; must not be empty. */
  @JsonName("warehouse_name")
  public abstract String warehouseName();

  /** Returns the sender's name; must not be empty. */
  @JsonName("sender_name")
  public abstract String senderName();

  /** Returns the sender's phone number, as text (such as {@code "081732131321"}). */
  @JsonName("sender_phone")
  public abstract String senderPhone();

  /** Returns the id of the sender's area (a region id such as {@code 15022}); at least 1. */
  @JsonName("sender_addr_id")
  public abstract long senderAddrId();

  /** Returns the street address detail, such as {@code "Bukit Kismadani 6"}. */
  @JsonName("sender_detail")
  public abstract String senderDetail();

  /** Returns the latitude in degrees, kept exact (-90 to 90). */
  @JsonName("sender_latitude")
  public abstract BigDecimal senderLatitude();

  /** Returns the longitude in degrees, kept exact (-180 to 180). */
  @JsonName("sender_longitude")
  public abstract BigDecimal senderLongitude();

  /** Returns extra JSON properties to send that this SDK version does not model. */
  public abstract Map<String, Object> additionalProperties();
}
