package dev.orderkit.partner.internal;

import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.JsonRewrite;
import dev.orderkit.core.spi.OrderKitJson;
import dev.orderkit.core.spi.ValueAdapters;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.Buyer;
import dev.orderkit.partner.model.BuyerInfo;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.Customer;
import dev.orderkit.partner.model.Delivery;
import dev.orderkit.partner.model.DeliveryHistoryEntry;
import dev.orderkit.partner.model.Discount;
import dev.orderkit.partner.model.DropshipperInfo;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderHistoryEntry;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PackageDimensions;
import dev.orderkit.partner.model.PriceInfo;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.ProductLine;
import dev.orderkit.partner.model.Recipient;
import dev.orderkit.partner.model.RecipientInfo;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ShippingAddress;
import dev.orderkit.partner.model.ShippingInfo;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.Tracking;
import dev.orderkit.partner.model.UpdateOrderParams;

/**
 * The partner module's one {@link Moshi}: the core adapters plus every partner model. Built once,
 * thread-safe; adapters are created on first use.
 */
public final class PartnerJson {
  /** The Moshi that reads and writes every partner model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(JsonRewrite.stringBoolean(ShippingLabelParams.class, "mark_as_printed"))
      .add(ValueAdapters.builder()
          // Responses.
          .register(OrderList.class, OrderList::builder)
          .register(OrderSummary.class, OrderSummary::builder)
          .register(OrderDetail.class, OrderDetail::builder)
          .register(ShippingInfo.class, ShippingInfo::builder)
          .register(RecipientInfo.class, RecipientInfo::builder)
          .register(BuyerInfo.class, BuyerInfo::builder)
          .register(DropshipperInfo.class, DropshipperInfo::builder)
          .register(ProductLine.class, ProductLine::builder)
          .register(PriceInfo.class, PriceInfo::builder)
          .register(Discount.class, Discount::builder)
          .register(Tracking.class, Tracking::builder)
          .register(OrderHistoryEntry.class, OrderHistoryEntry::builder)
          .register(DeliveryHistoryEntry.class, DeliveryHistoryEntry::builder)
          .register(ShippingLabel.class, ShippingLabel::builder)
          .register(ActionResult.class, ActionResult::builder)
          // Requests.
          .register(ListOrdersParams.class, ListOrdersParams::builder)
          .register(CreateOrderParams.class, CreateOrderParams::builder)
          .register(Recipient.class, Recipient::builder)
          .register(Buyer.class, Buyer::builder)
          .register(Delivery.class, Delivery::builder)
          .register(ProductItem.class, ProductItem::builder)
          .register(PackageDimensions.class, PackageDimensions::builder)
          .register(OrderPrice.class, OrderPrice::builder)
          .register(UpdateOrderParams.class, UpdateOrderParams::builder)
          .register(Customer.class, Customer::builder)
          .register(ShippingAddress.class, ShippingAddress::builder)
          .register(CancelOrderParams.class, CancelOrderParams::builder)
          .register(ReturnOrderParams.class, ReturnOrderParams::builder)
          .register(PackOrderParams.class, PackOrderParams::builder)
          .register(ShippingLabelParams.class, ShippingLabelParams::builder)
          .register(OrderCodeParams.class, OrderCodeParams::builder)
          .build())
      .build();

  private PartnerJson() {}
}
