package dev.orderkit.partner.model;

import com.squareup.moshi.Json;
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
  @Json(name = "sub_total_price")
  public abstract BigDecimal subTotalPrice();

  /** Returns the shipping price. */
  @Json(name = "shipping_price")
  public abstract Optional<BigDecimal> shippingPrice();

  /** Returns other charges. */
  @Json(name = "other_price")
  public abstract Optional<BigDecimal> otherPrice();

  /** Returns the total discount. */
  @Json(name = "total_discount_price")
  public abstract Optional<BigDecimal> totalDiscountPrice();

  /** Returns the cash-on-delivery fee. */
  @Json(name = "cod_fee")
  public abstract Optional<BigDecimal> codFee();

  /** Returns the amount to collect on delivery. */
  @Json(name = "cod_price")
  public abstract Optional<BigDecimal> codPrice();

  /** Returns the grand total. */
  @Json(name = "grand_total_order_price")
  public abstract BigDecimal grandTotalOrderPrice();

  /** Returns the discount given by the seller. */
  @Json(name = "discount_seller")
  public abstract Optional<BigDecimal> discountSeller();

  /** Returns the shipping discount. */
  @Json(name = "discount_shipping")
  public abstract Optional<BigDecimal> discountShipping();

  /** Returns the packing price. */
  @Json(name = "packing_price")
  public abstract Optional<BigDecimal> packingPrice();

  /** Returns the insurance price. */
  @Json(name = "insurance_price")
  public abstract Optional<BigDecimal> insurancePrice();
}
