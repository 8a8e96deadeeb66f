package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.ExplicitNull;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code items} object of a checkout order (an object, not a list): courier, service,
 * insurance, payment, vouchers, WhatsApp validation and the product lines in
 * {@code order_items}. The absent optional fields ({@code note}, the voucher codes) are sent as
 * {@code null}, as in the docs. The docs give the numeric codes ({@code pickup_via},
 * {@code insurance_type}, {@code order_type}) without their meanings; they are sent as given.
 */
@ValueStyle
@Value.Immutable
abstract class CheckoutItemsDef {
  /** Returns how the parcel is handed to the courier, a code such as {@code 0}; not negative. */
  @JsonName("pickup_via")
  public abstract int pickupVia();

  /** Returns the courier's service code, such as {@code "00"}; must not be empty. */
  @JsonName("service_code")
  public abstract String serviceCode();

  /** Returns the insurance type code, such as {@code 1}; not negative. */
  @JsonName("insurance_type")
  public abstract int insuranceType();

  /** Returns the courier code, such as {@code "idx"}; must not be empty. */
  @JsonName("courier_code")
  public abstract String courierCode();

  /** Returns the order note; sent as {@code null} when absent. */
  @ExplicitNull
  public abstract Optional<String> note();

  /** Returns how the order is paid. */
  @JsonName("payment_method")
  public abstract PaymentMethod paymentMethod();

  /** Returns the order type code, such as {@code 0}; not negative. */
  @JsonName("order_type")
  public abstract int orderType();

  /** Returns the delivery (shipping) voucher code; sent as {@code null} when absent. */
  @ExplicitNull
  @JsonName("delivery_voucher_code")
  public abstract Optional<String> deliveryVoucherCode();

  /** Returns the discount voucher code; sent as {@code null} when absent. */
  @ExplicitNull
  @JsonName("discount_voucher_code")
  public abstract Optional<String> discountVoucherCode();

  /** Returns whether the receiver's WhatsApp number is validated. */
  @JsonName("wa_validation")
  public abstract boolean waValidation();

  /** Returns the product lines; at least one. */
  @JsonName("order_items")
  public abstract List<OrderItem> orderItems();

  /** Returns extra JSON properties to send that this SDK version does not model. */
  public abstract Map<String, Object> additionalProperties();
}
