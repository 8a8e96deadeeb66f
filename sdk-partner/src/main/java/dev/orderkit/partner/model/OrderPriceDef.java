package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The price part of create order; amounts must not be negative.
 */
@ValueStyle
@Value.Immutable
abstract class OrderPriceDef {
  /** Returns the total of the products. */
  @JsonName("sub_total_price")
  public abstract BigDecimal subTotalPrice();

  /** Returns the shipping price. */
  @JsonName("shipping_price")
  public abstract Optional<BigDecimal> shippingPrice();

  /** Returns other charges. */
  @JsonName("other_price")
  public abstract Optional<BigDecimal> otherPrice();

  /** Returns the total discount. */
  @JsonName("total_discount_price")
  public abstract Optional<BigDecimal> totalDiscountPrice();

  /** Returns the cash-on-delivery fee. */
  @JsonName("cod_fee")
  public abstract Optional<BigDecimal> codFee();

  /** Returns the amount to collect on delivery. */
  @JsonName("cod_price")
  public abstract Optional<BigDecimal> codPrice();

  /** Returns the grand total. */
  @JsonName("grand_total_order_price")
  public abstract BigDecimal grandTotalOrderPrice();

  /** Returns the discount given by the seller. */
  @JsonName("discount_seller")
  public abstract Optional<BigDecimal> discountSeller();

  /** Returns the shipping discount. */
  @JsonName("discount_shipping")
  public abstract Optional<BigDecimal> discountShipping();

  /** Returns the packing price. */
  @JsonName("packing_price")
  public abstract Optional<BigDecimal> packingPrice();

  /** Returns the insurance price. */
  @JsonName("insurance_price")
  public abstract Optional<BigDecimal> insurancePrice();
}
