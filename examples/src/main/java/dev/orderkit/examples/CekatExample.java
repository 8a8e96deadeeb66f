package dev.orderkit.examples;

import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.model.Address;
import dev.orderkit.cekat.model.CreateOrderParams;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.cekat.model.OrderItemParams;
import dev.orderkit.testkit.FakeCekatApi;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * cekat commerce orders: create two orders, then list them page by page. Runs against the
 * testkit fake unless {@code CEKAT_API_KEY} is set (then it creates real orders).
 */
public final class CekatExample {
  private CekatExample() {}

  /** Runs the example and prints its story. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Narrator n = new Narrator(out);
    boolean live = System.getenv("CEKAT_API_KEY") != null;
    FakeCekatApi fake = live ? null : new FakeCekatApi().start();
    try (CekatClient cekat = live ? CekatClient.fromEnv() : fake.client()) {
      n.title("cekat commerce orders (" + (live ? "live: " : "testkit fake at ")
          + cekat.options().baseUrl() + ")");
      for (int i = 1; i <= 2; i++) {
        BigDecimal price = new BigDecimal("99.00");
        Order order = cekat.orders().create(CreateOrderParams.builder()
            .customerId("contact_abc123")
            .addItem(OrderItemParams.builder().productId("prod_00" + i).name("Premium Widget")
                .quantity(i).price(price).sku("WGT-PRE").build())
            .total(price.multiply(BigDecimal.valueOf(i)))
            .shippingAddress(Address.builder().name("John Doe").address("123 Main St")
                .city("Jakarta").postalCode("12345").country("ID").build())
            .notes("Please gift wrap this order")
            .build());
        n.say("POST /api/orders: " + i + " x Premium Widget -> order "
            + order.orderNumber().value() + " (" + order.status().value() + "), total "
            + order.total().map(Narrator::dollars).orElse("-"));
      }
      n.say("GET /api/orders?limit=1: every order, one page at a time");
      for (ListedOrder o : cekat.orders().listAutoPaging(ListOrdersParams.builder().limit(1)
          .build())) {
        n.say("   #" + o.orderNumber().value() + " " + o.orderStatus().value() + " "
            + o.grandTotal().map(Narrator::dollars).orElse("-"));
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }
}
