package dev.orderkit.bosonline.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * The {@code payment_method.type} of a checkout order: an open enumeration that keeps the raw
 * string. The docs show only {@code "cod"}; any other type the API accepts is sent with
 * {@link #of(String)} exactly as given.
 */
public final class PaymentType extends OpenEnum {
  /** Cash on delivery ({@code "cod"}), the docs' example; {@code bank} is {@code null}. */
  public static final PaymentType COD = new PaymentType("cod");

  private static final Lookup<PaymentType, Known> LOOKUP =
      OpenEnum.lookup(PaymentType::new, Known.class)
          .add(COD, Known.COD)
          .build();

  private PaymentType(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or an instance keeping any other string as it is. */
  public static PaymentType of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the known type, or empty for a type this SDK version does not know. */
  public Optional<Known> known() {
    return LOOKUP.known(this);
  }

  /**
   * True if this value means the same as {@code other}: the same {@link Known} member, however
   * each is spelled, or, for values this SDK does not know, the same string. Use it rather than
   * {@code equals}, which compares spellings.
   */
  public boolean is(PaymentType other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The payment types this SDK version knows. */
  public enum Known {
    /** Cash on delivery. */
    COD
  }
}
