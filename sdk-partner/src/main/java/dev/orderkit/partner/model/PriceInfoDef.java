package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The totals of an order: {@code price_info} in the detail; amounts arrive as strings, kept exact.
 */
@ValueStyle
@Value.Immutable
abstract class PriceInfoDef {
  /** Returns the total of the product lines. */
  @JsonName("sub_total")
  public abstract BigDecimal subTotal();

  /** Returns the shipping price. */
  @JsonName("shipping_price")
  public abstract Optional<BigDecimal> shippingPrice();

  /** Returns the total discount. */
  @JsonName("total_discount")
  public abstract Optional<BigDecimal> totalDiscount();

  /** Returns the tax. */
  public abstract Optional<BigDecimal> tax();

  /** Returns the amount to collect on delivery. */
  @JsonName("cod_price")
  public abstract Optional<BigDecimal> codPrice();

  /** Returns the delivery fee collected on delivery (DFOD). */
  @JsonName("dfod_price")
  public abstract Optional<BigDecimal> dfodPrice();

  /** Returns the insurance price. */
  @JsonName("insurance_price")
  public abstract Optional<BigDecimal> insurancePrice();

  /** Returns the grand total. */
  @JsonName("grand_total")
  public abstract BigDecimal grandTotal();

  /** Returns the currency, such as {@code "IDR"}. */
  public abstract Optional<String> currency();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
