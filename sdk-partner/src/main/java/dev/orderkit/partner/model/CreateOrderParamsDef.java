package dev.orderkit.partner.model;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of create order: an order entered by hand (manual or phone orders).
 */
@ValueStyle
@Value.Immutable
abstract class CreateOrderParamsDef {
  /** Returns the new order's code; must not be empty. */
  @JsonName("order_code")
  public abstract String orderCode();

  /** Returns how the order is paid, such as {@link PaymentMethod#NON_COD}. */
  @JsonName("payment_method_type")
  public abstract Optional<PaymentMethod> paymentMethodType();

  /** Returns the payment channel, such as {@code "TRANSFER BANK"}. */
  @JsonName("payment_via")
  public abstract Optional<String> paymentVia();

  /** Returns the store's id (a string in the docs). */
  @JsonName("store_id")
  public abstract Optional<String> storeId();

  /** Returns the fulfilling location's id (a string in the docs). */
  @JsonName("location_id")
  public abstract Optional<String> locationId();

  /** Returns when the buyer checked out. */
  @JsonName("checkout_at")
  public abstract Optional<OffsetDateTime> checkoutAt();

  /** Returns the salesperson in charge. */
  @JsonName("sales_pic")
  public abstract Optional<String> salesPic();

  /** Returns the order remarks. */
  public abstract Optional<String> remarks();

  /** Returns the administrative area code of the origin, such as {@code "31.73.07.1001"}. */
  @JsonName("origin_code")
  public abstract Optional<String> originCode();

  /** Returns the administrative area code of the destination. */
  @JsonName("destination_code")
  public abstract Optional<String> destinationCode();

  /** Returns the cash-on-delivery fee percentage, 0 to 100. */
  @JsonName("cod_percentage")
  public abstract Optional<BigDecimal> codPercentage();

  /** Returns the insurance percentage, 0 to 100. */
  @JsonName("insurance_percentage")
  public abstract Optional<BigDecimal> insurancePercentage();

  /** Returns the dropshipper's name. */
  @JsonName("dropshipper_name")
  public abstract Optional<String> dropshipperName();

  /** Returns the dropshipper's phone number. */
  @JsonName("dropshipper_phone")
  public abstract Optional<String> dropshipperPhone();

  /** Returns the dropshipper's e-mail address. */
  @JsonName("dropshipper_email")
  public abstract Optional<String> dropshipperEmail();

  /** Returns the dropshipper's address. */
  @JsonName("dropshipper_full_address")
  public abstract Optional<String> dropshipperFullAddress();

  /** Returns true to ship in the dropshipper's name. */
  @JsonName("is_dropship")
  @Value.Default
  public boolean isDropship() {
    return false;
  }

  /** Returns true to save the order as a draft. */
  @JsonName("is_draft")
  @Value.Default
  public boolean isDraft() {
    return false;
  }

  /** Returns true if the order is not paid yet. */
  @JsonName("is_unpaid")
  @Value.Default
  public boolean isUnpaid() {
    return false;
  }

  /** Returns who receives the order. */
  public abstract Recipient recipient();

  /** Returns who bought the order. */
  public abstract Optional<Buyer> buyer();

  /** Returns the courier choice. */
  public abstract Optional<Delivery> delivery();

  /** Returns the products; at least one. */
  public abstract List<ProductItem> products();

  /** Returns the package size and weight (JSON {@code package}). */
  @JsonName("package")
  public abstract Optional<PackageDimensions> packageDimensions();

  /** Returns the prices. */
  public abstract Optional<OrderPrice> price();

  /** Checks every documented rule, naming the JSON field or path that broke it. */
  @Value.Check
  protected void check() {
    Checks.notBlank("order_code", orderCode());
    Checks.percentage("cod_percentage", codPercentage());
    Checks.percentage("insurance_percentage", insurancePercentage());
    Checks.notBlank("recipient.name", recipient().name());
    Checks.notBlank("recipient.phone", recipient().phone());
    Checks.notBlank("recipient.full_address", recipient().fullAddress());
    if (products().isEmpty()) {
      throw new InvalidInputException("products", "must hold at least one product; got none");
    }
    for (int i = 0; i < products().size(); i++) {
      ProductItem product = products().get(i);
      String path = "products[" + i + "].";
      Checks.notBlank(path + "sku", product.sku());
      Checks.atLeast(path + "qty", product.qty(), 1);
      Checks.notNegative(path + "unit_price", product.unitPrice());
      Checks.notNegative(path + "unit_weight", product.unitWeight());
    }
    if (packageDimensions().isPresent()) {
      PackageDimensions dimensions = packageDimensions().get();
      Checks.notNegative("package.weight", dimensions.weight());
      Checks.notNegative("package.length", dimensions.length());
      Checks.notNegative("package.width", dimensions.width());
      Checks.notNegative("package.height", dimensions.height());
    }
    if (price().isPresent()) {
      OrderPrice p = price().get();
      Checks.notNegative("price.sub_total_price", p.subTotalPrice());
      Checks.notNegative("price.shipping_price", p.shippingPrice());
      Checks.notNegative("price.other_price", p.otherPrice());
      Checks.notNegative("price.total_discount_price", p.totalDiscountPrice());
      Checks.notNegative("price.cod_fee", p.codFee());
      Checks.notNegative("price.cod_price", p.codPrice());
      Checks.notNegative("price.grand_total_order_price", p.grandTotalOrderPrice());
      Checks.notNegative("price.discount_seller", p.discountSeller());
      Checks.notNegative("price.discount_shipping", p.discountShipping());
      Checks.notNegative("price.packing_price", p.packingPrice());
      Checks.notNegative("price.insurance_price", p.insurancePrice());
    }
  }

}
