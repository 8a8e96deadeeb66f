package dev.orderkit.partner.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * Which courier pickup slot a packed order takes ({@code pickup_option}): an open enumeration.
 *
 * <p>The set-packed table of the docs repeats the cancellation texts by mistake; the options mean
 * what the set-process-packed table says: the latest, middle or earliest pickup.
 */
public final class PickupOption extends OpenEnum {
  /** Pick the latest pickup option. */
  public static final PickupOption LATE_PICKUP = new PickupOption("LATE_PICKUP");
  /** Pick the middle pickup option. */
  public static final PickupOption MID_PICKUP = new PickupOption("MID_PICKUP");
  /** Pick the earliest pickup option. */
  public static final PickupOption EARLY_PICKUP = new PickupOption("EARLY_PICKUP");

  private static final Lookup<PickupOption, Known> LOOKUP =
      OpenEnum.lookup(PickupOption::new, Known.class)
          .add(LATE_PICKUP, Known.LATE_PICKUP)
          .add(MID_PICKUP, Known.MID_PICKUP)
          .add(EARLY_PICKUP, Known.EARLY_PICKUP)
          .build();

  private PickupOption(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or an instance keeping any other string as it is. */
  public static PickupOption of(String value) {
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
  public boolean is(PickupOption other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The values this SDK version knows. */
  public enum Known {
    /** Pick the latest pickup option. */
    LATE_PICKUP,
    /** Pick the middle pickup option. */
    MID_PICKUP,
    /** Pick the earliest pickup option. */
    EARLY_PICKUP
  }
}
