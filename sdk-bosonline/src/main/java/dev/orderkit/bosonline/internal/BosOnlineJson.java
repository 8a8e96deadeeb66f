package dev.orderkit.bosonline.internal;

import com.squareup.moshi.Moshi;
import dev.orderkit.bosonline.model.BankAccount;
import dev.orderkit.bosonline.model.CheckoutItems;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.OrderItem;
import dev.orderkit.bosonline.model.PaymentMethod;
import dev.orderkit.bosonline.model.Receiver;
import dev.orderkit.bosonline.model.ReceiverDetail;
import dev.orderkit.bosonline.model.Sender;
import dev.orderkit.bosonline.model.SocialMedia;
import dev.orderkit.core.spi.JsonRewrite;
import dev.orderkit.core.spi.OrderKitJson;
import dev.orderkit.core.spi.ValueAdapters;

/**
 * The bosOnline module's one {@link Moshi}: the core adapters plus every bosOnline model. Built
 * once, thread-safe. The optional request fields that the docs' example sends as {@code null}
 * ({@code items.note}, {@code items.delivery_voucher_code}, {@code items.discount_voucher_code},
 * {@code items.payment_method.bank}) are written as {@code null} when absent, as the docs do.
 */
public final class BosOnlineJson {
  /** The Moshi that reads and writes every bosOnline model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(JsonRewrite.explicitNulls(CheckoutItems.class,
          "note", "delivery_voucher_code", "discount_voucher_code"))
      .add(JsonRewrite.explicitNulls(PaymentMethod.class, "bank"))
      .add(ValueAdapters.builder()
          // Requests.
          .register(CreateOrderParams.class, CreateOrderParams::builder)
          .register(Sender.class, Sender::builder)
          .register(Receiver.class, Receiver::builder)
          .register(ReceiverDetail.class, ReceiverDetail::builder)
          .register(CheckoutItems.class, CheckoutItems::builder)
          .register(PaymentMethod.class, PaymentMethod::builder)
          .register(OrderItem.class, OrderItem::builder)
          // Responses.
          .register(CreateOrderResult.class, CreateOrderResult::builder)
          .register(BankAccount.class, BankAccount::builder)
          .register(SocialMedia.class, SocialMedia::builder)
          .build())
      .build();

  private BosOnlineJson() {}
}
