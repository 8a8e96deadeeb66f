package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.Checks;
import java.math.BigDecimal;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of Request Create Order ({@code POST /order/{id}}, {@code id} being the checkout
 * form's id): {@code sender}, {@code receiver} and {@code items}. {@code build()} checks every
 * rule before any request is made and names the JSON path that broke it, such as
 * {@code items.order_items[1].item_qty}.
 *
 * <p>The docs give an example but no field table: every field the example fills is required
 * here; the fields it sends as {@code null} ({@code items.note}, the voucher codes,
 * {@code items.payment_method.bank}) are optional and sent as {@code null} when absent.
 */
@ValueStyle
@Value.Immutable
abstract class CreateOrderParamsDef {
  /** Returns the warehouse the parcel leaves from. */
  public abstract Sender sender();

  /** Returns who receives the parcel, with the form's custom fields. */
  public abstract Receiver receiver();

  /** Returns the courier, payment and product lines. */
  public abstract CheckoutItems items();

  /** Returns extra JSON properties to send that this SDK version does not model. */
  public abstract Map<String, Object> additionalProperties();

  /** Checks every rule, naming the JSON path that broke it. */
  @Value.Check
  protected void check() {
    Sender s = sender();
    Checks.notBlank("sender.warehouse_name", s.warehouseName());
    Checks.notBlank("sender.sender_name", s.senderName());
    Checks.notBlank("sender.sender_phone", s.senderPhone());
    Checks.atLeast("sender.sender_addr_id", s.senderAddrId(), 1);
    Checks.notBlank("sender.sender_detail", s.senderDetail());
    Checks.between("sender.sender_latitude", s.senderLatitude(), BigDecimal.valueOf(-90),
        BigDecimal.valueOf(90), "degrees");
    Checks.between("sender.sender_longitude", s.senderLongitude(), BigDecimal.valueOf(-180),
        BigDecimal.valueOf(180), "degrees");

    Receiver r = receiver();
    Checks.notBlank("receiver.receiver_name", r.receiverName());
    Checks.notBlank("receiver.receiver_phone", r.receiverPhone());
    Checks.atLeast("receiver.receiver_addr_id", r.receiverAddrId(), 1);
    Checks.notBlank("receiver.receiver_address", r.receiverAddress());
    for (int i = 0; i < r.receiverDetail().size(); i++) {
      Checks.notBlank("receiver.receiver_detail[" + i + "].field_name",
          r.receiverDetail().get(i).fieldName());
    }

    CheckoutItems items = items();
    Checks.atLeast("items.pickup_via", items.pickupVia(), 0);
    Checks.notBlank("items.service_code", items.serviceCode());
    Checks.atLeast("items.insurance_type", items.insuranceType(), 0);
    Checks.notBlank("items.courier_code", items.courierCode());
    Checks.notBlank("items.payment_method.type", items.paymentMethod().type().value());
    Checks.notBlank("items.payment_method.bank", items.paymentMethod().bank());
    Checks.atLeast("items.order_type", items.orderType(), 0);
    Checks.notBlank("items.delivery_voucher_code", items.deliveryVoucherCode());
    Checks.notBlank("items.discount_voucher_code", items.discountVoucherCode());
    if (items.orderItems().isEmpty()) {
      throw new InvalidInputException("items.order_items",
          "must hold at least one item; got none");
    }
    for (int i = 0; i < items.orderItems().size(); i++) {
      OrderItem item = items.orderItems().get(i);
      String path = "items.order_items[" + i + "].";
      Checks.notBlank(path + "item_sku", item.itemSku());
      Checks.atLeast(path + "item_qty", item.itemQty(), 1);
    }
  }
}
