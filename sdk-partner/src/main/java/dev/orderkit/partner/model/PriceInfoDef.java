package dev.orderkit.partner.model;

import com.squareup.moshi.Json;
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
  @Json(name = "sub_total")
  public abstract BigDecimal subTotal();

  /** Returns the shipping price. */
  @Json(name = "shipping_price")
  public abstract Optional<BigDecimal> shippingPrice();

  /** Returns the total discount. */
  @Json(name = "total_discount")
  public abstract Optional<BigDecimal> totalDiscount();

  /** Returns the tax. */
  public abstract Optional<BigDecimal> tax();

  /** Returns the amount to collect on delivery. */
  @Json(name = "cod_price")
  public abstract Optional<BigDecimal> codPrice();

  /** Returns the delivery fee collected on delivery (DFOD). */
  @Json(name = "dfod_price")
  public abstract Optional<BigDecimal> dfodPrice();

  /** Returns the insurance price. */
  @Json(name = "insurance_price")
  public abstract Optional<BigDecimal> insurancePrice();

  /** Returns the grand total. */
  @Json(name = "grand_total")
  public abstract BigDecimal grandTotal();

  /** Returns the currency, such as {@code "IDR"}. */
  public abstract Optional<String> currency();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
