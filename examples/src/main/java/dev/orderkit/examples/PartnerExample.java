package dev.orderkit.examples;

import dev.orderkit.partner.OrderPage;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderHistoryEntry;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.Recipient;
import dev.orderkit.partner.model.SortDirection;
import dev.orderkit.partner.model.Tracking;
import dev.orderkit.testkit.FakePartnerApi;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * The partner orders API from order to delivery: create, list, process, pack, ship, complete,
 * track. Runs against the testkit fake unless {@code PARTNER_API_KEY} is set (then it calls the
 * real API from {@code PARTNER_BASE_URL} with {@code PARTNER_TENANT_ID}: it creates a real order
 * and takes it through fulfillment to completed — use a test tenant).
 */
public final class PartnerExample {
  private PartnerExample() {}

  /** Runs the example and prints its story. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** The example's order: two towels at Rp 15.000 to Bandung, under {@code orderCode}. */
  public static CreateOrderParams sampleOrder(String orderCode) {
    return CreateOrderParams.builder()
        .orderCode(orderCode)
        .recipient(Recipient.builder().name("Mark Smith").phone("+628292839282")
            .fullAddress("Sariwangi Parongpong Bandung").build())
        .addProduct(ProductItem.builder().name("Handuk").sku("SKU-001")
            .unitPrice(new BigDecimal("15000")).qty(2).build())
        .price(OrderPrice.builder().subTotalPrice(new BigDecimal("30000"))
            .grandTotalOrderPrice(new BigDecimal("30000")).build())
        .build();
  }

  static void run(PrintStream out) {
    Narrator n = new Narrator(out);
    boolean live = System.getenv("PARTNER_API_KEY") != null;
    FakePartnerApi fake = live ? null : new FakePartnerApi().start();
    try (PartnerClient partner = live ? PartnerClient.fromEnv() : fake.client()) {
      n.title("Partner orders API (" + (live ? "live: " : "testkit fake at ")
          + partner.options().baseUrl() + ")");
      String code = "ORD-DEMO-" + System.currentTimeMillis() % 100000;
      CreateOrderParams order = sampleOrder(code);
      n.say("POST create " + code + ": 2 x Handuk at " + Narrator.rupiah(new BigDecimal("15000")));
      ActionResult created = partner.orders().create(order);
      n.say("-> " + created.status() + " \"" + created.message() + "\" (request "
          + created.requestId().orElse("-") + ")");

      OrderPage page = partner.orders().list(ListOrdersParams.builder().perPage(10)
          .sortBy("created_at").sortDirection(SortDirection.DESC).build());     // newest first
      n.say("List orders: page " + page.currentPage() + " of " + page.totalPage() + ", "
          + page.totalData() + " order(s)");
      OrderSummary mine = null;
      for (OrderSummary o : page.items()) {
        if (o.orderCode().equals(code)) {
          mine = o;
        }
      }
      if (mine == null) {
        throw new IllegalStateException("the new order is not listed");
      }
      n.say("   " + mine.orderCode() + " is \"" + mine.internalStatus().value() + "\"");

      partner.fulfillment().process(code);
      partner.fulfillment().pack(PackOrderParams.builder().orderCode(code)
          .pickupOption(PickupOption.EARLY_PICKUP).build());
      partner.fulfillment().ship(code);
      partner.fulfillment().complete(code);
      OrderDetail detail = partner.orders().detail(mine.orderHeaderId());
      // Statuses arrive as display strings ("Completed"); is() compares what they mean.
      if (!detail.internalStatus().is(OrderStatus.COMPLETED)) {
        throw new IllegalStateException("not completed: " + detail.internalStatus());
      }
      n.say("Processed, packed (earliest pickup), shipped, completed: now \""
          + detail.internalStatus().value() + "\", grand total "
          + detail.priceInfo().map(p -> Narrator.rupiah(p.grandTotal())).orElse("-"));

      Tracking tracking = partner.tracking().track(code);
      n.say("Tracking " + code + ": " + tracking.orderHistory().size() + " status changes, "
          + tracking.deliveryHistory().size() + " delivery events");
      for (OrderHistoryEntry step : tracking.orderHistory()) {
        n.say("   " + step.createdAt().map(Object::toString).orElse("") + "  "
            + step.status().value() + step.activity().map(a -> " (" + a + ")").orElse(""));
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }
}
