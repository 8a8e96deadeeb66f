package consumer.common;

import static consumer.common.Checks.check;

import dev.orderkit.partner.OrderPage;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.testkit.FakePartnerApi;
import java.math.BigDecimal;

/**
 * What every consumer project does with OrderKit, against the testkit's partner fake: one
 * create, one list and one detail read, and the fulfillment call that failed with a
 * {@code NoSuchMethodError} beside Retrofit 2 ({@code process}), each result checked.
 */
public final class PartnerFlow {
  private PartnerFlow() {}

  /** Runs the flow on a fresh fake; returns a one-line summary. */
  public static String run() {
    try (FakePartnerApi fake = new FakePartnerApi().start();
        PartnerClient partner = fake.client()) {
      ActionResult created = partner.orders().create(Orders.sarongs("ORD-CONSUMER-1"));
      check(created.status() == 201, "create: " + created);

      OrderPage page = partner.orders().list(ListOrdersParams.builder().perPage(10).build());
      check(page.items().size() == 1, "list: " + page);
      long id = page.items().get(0).orderHeaderId();
      OrderDetail detail = partner.orders().detail(id);
      check(detail.orderCode().equals("ORD-CONSUMER-1"), "detail: " + detail);
      check(detail.priceInfo().get().grandTotal().compareTo(new BigDecimal("30000")) == 0,
          "grand total: " + detail.priceInfo());

      partner.fulfillment().process("ORD-CONSUMER-1");
      check(fake.statusOf("ORD-CONSUMER-1").get().equals("process"),
          "status after process: " + fake.statusOf("ORD-CONSUMER-1"));
      check(fake.requests().size() == 4, "requests: " + fake.requests().size());
      return "created, listed, read and processed ORD-CONSUMER-1 (order " + id + ")";
    }
  }
}
