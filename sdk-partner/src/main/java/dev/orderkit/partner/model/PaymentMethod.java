package dev.orderkit.partner.model;

import dev.orderkit.core.OpenEnum;
import java.util.Optional;

/**
 * How an order is paid: an open enumeration that keeps the raw string. The docs list codes
 * ({@code bank_transfer}, {@code cod}, ...) while orders carry display strings ({@code "COD"},
 * {@code "NON COD"}); {@link #known()} maps both, in any case.
 */
public final class PaymentMethod extends OpenEnum {
  /** Bank transfer (manual). */
  public static final PaymentMethod BANK_TRANSFER = new PaymentMethod("bank_transfer");
  /** Cash on delivery. */
  public static final PaymentMethod COD = new PaymentMethod("cod");
  /** Credit card payment. */
  public static final PaymentMethod CREDIT_CARD = new PaymentMethod("credit_card");
  /** E-wallet (OVO, GoPay, ShopeePay). */
  public static final PaymentMethod E_WALLET = new PaymentMethod("e_wallet");
  /** Virtual account. */
  public static final PaymentMethod VIRTUAL_ACCOUNT = new PaymentMethod("virtual_account");
  /** QRIS payment. */
  public static final PaymentMethod QRIS = new PaymentMethod("qris");
  /** Any prepaid method, as orders and the create-order example write it ({@code "NON COD"}). */
  public static final PaymentMethod NON_COD = new PaymentMethod("NON COD");

  private static final Lookup<PaymentMethod, Known> LOOKUP =
      OpenEnum.lookup(PaymentMethod::new, Known.class)
          .add(BANK_TRANSFER, Known.BANK_TRANSFER)
          .add(COD, Known.COD)
          .add(CREDIT_CARD, Known.CREDIT_CARD)
          .add(E_WALLET, Known.E_WALLET)
          .add(VIRTUAL_ACCOUNT, Known.VIRTUAL_ACCOUNT)
          .add(QRIS, Known.QRIS)
          .add(NON_COD, Known.NON_COD)
          .alias("COD", Known.COD)
          .alias("non_cod", Known.NON_COD)
          .build();

  private PaymentMethod(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or an instance keeping any other string as it is. */
  public static PaymentMethod of(String value) {
    return LOOKUP.of(value);
  }

  /** Returns the known method for this code or display string (any case), or empty. */
  public Optional<Known> known() {
    Optional<Known> exact = LOOKUP.known(this);
    return exact.isPresent() ? exact : LOOKUP.known(LOOKUP.of(Spelling.key(value())));
  }

  /**
   * True if this value means the same as {@code other}: the same {@link Known} member, however
   * each is spelled, or, for values this SDK does not know, the same string. Use it rather than
   * {@code equals}, which compares spellings.
   */
  public boolean is(PaymentMethod other) {
    return known().equals(other.known()) && (known().isPresent() || equals(other));
  }

  /** The payment methods this SDK version knows. */
  public enum Known {
    /** Bank transfer (manual). */
    BANK_TRANSFER,
    /** Cash on delivery ({@code "COD"} too). */
    COD,
    /** Credit card payment. */
    CREDIT_CARD,
    /** E-wallet. */
    E_WALLET,
    /** Virtual account. */
    VIRTUAL_ACCOUNT,
    /** QRIS payment. */
    QRIS,
    /** Not cash on delivery ({@code "NON COD"}). */
    NON_COD
  }
}
