package dev.orderkit.examples;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.bosonline.model.CheckoutItems;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.OrderItem;
import dev.orderkit.bosonline.model.PaymentMethod;
import dev.orderkit.bosonline.model.Receiver;
import dev.orderkit.bosonline.model.ReceiverDetail;
import dev.orderkit.bosonline.model.Sender;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.testkit.FakeBosOnlineApi;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * bosOnline checkout: an order through a checkout form, and an unknown form. Runs against the
 * testkit fake unless {@code BOSONLINE_API_KEY} is set (then {@code BOSONLINE_FORM_ID} names
 * the real form, and a real order is placed).
 */
public final class BosOnlineExample {
  private BosOnlineExample() {}

  /** Runs the example and prints its story. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Narrator n = new Narrator(out);
    boolean live = System.getenv("BOSONLINE_API_KEY") != null;
    FakeBosOnlineApi fake = live ? null : new FakeBosOnlineApi().start();
    try (BosOnlineClient bos = live ? BosOnlineClient.fromEnv() : fake.client()) {
      n.title("bosOnline checkout (" + (live ? "live: " : "testkit fake at ")
          + bos.options().baseUrl() + ")");
      String formId = live ? System.getenv("BOSONLINE_FORM_ID") : FakeBosOnlineApi.EXAMPLE_FORM_ID;
      if (formId == null || formId.isEmpty()) {
        throw new IllegalStateException("set BOSONLINE_FORM_ID to the checkout form to order from");
      }
      n.say("POST /order/" + formId + ": 2 items (SKUs BAT-AA-001-01 and -02), cash on delivery");
      CreateOrderResult result = bos.checkout().create(formId, order());
      n.say("-> \"" + result.message().orElse("") + "\": pay "
          + Narrator.rupiah(result.totalPayment()) + " for "
          + result.productName().orElse("the order") + "; questions: "
          + result.csPhone().orElse("-"));
      try {
        bos.checkout().create("no-such-form", order());
      } catch (NotFoundException e) {
        n.say("POST /order/no-such-form -> " + e.status() + " (record not found)");
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  private static CreateOrderParams order() {
    return CreateOrderParams.builder()
        .sender(Sender.builder().warehouseName("Alfian").senderName("Alfian")
            .senderPhone("081732131321").senderAddrId(15022).senderDetail("Bukit Kismadani 6")
            .senderLatitude(new BigDecimal("2.9372132131231"))
            .senderLongitude(new BigDecimal("3.41321312312312")).build())
        .receiver(Receiver.builder().receiverName("Faisol").receiverPhone("083131412312")
            .receiverAddrId(15022).receiverAddress("Bukit Kismadani 1")
            .addReceiverDetail(ReceiverDetail.of("Nama Pembeli", "Kiroomin Muqorrobin")).build())
        .items(CheckoutItems.builder().pickupVia(0).serviceCode("00").insuranceType(1)
            .courierCode("idx").paymentMethod(PaymentMethod.cod()).orderType(0)
            .waValidation(true)
            .addOrderItem(OrderItem.of("BAT-AA-001-01", 1))
            .addOrderItem(OrderItem.of("BAT-AA-001-02", 1)).build())
        .build();
  }
}
