package dev.orderkit.partner.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * The courier's status in a tracking delivery-history entry: an open enumeration; the docs show
 * {@code in_transit} and {@code delivered}.
 */
public final class DeliveryStatus extends OpenEnum {
  /** The parcel is on its way. */
  public static final DeliveryStatus IN_TRANSIT = new DeliveryStatus("in_transit");
  /** The parcel was delivered. */
  public static final DeliveryStatus DELIVERED = new DeliveryStatus("delivered");

  private static final Lookup<DeliveryStatus, Known> LOOKUP =
      OpenEnum.lookup(DeliveryStatus::new, Known.class)
          .add(IN_TRANSIT, Known.IN_TRANSIT)
          .add(DELIVERED, Known.DELIVERED)
          .build();

  private DeliveryStatus(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or an instance keeping any other string as it is. */
  public static DeliveryStatus of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the known member for this value, or empty for one this SDK version does not know. */
  public Optional<Known> known() {
    return LOOKUP.known(this);
  }

  /**
   * True if this value means the same as {@code other}: the same {@link Known} member, however
   * each is spelled, or, for values this SDK does not know, the same string. Use it rather than
   * {@code equals}, which compares spellings.
   */
  public boolean is(DeliveryStatus other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The values this SDK version knows. */
  public enum Known {
    /** The parcel is on its way. */
    IN_TRANSIT,
    /** The parcel was delivered. */
    DELIVERED
  }
}
