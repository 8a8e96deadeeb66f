package consumer;

import static consumer.common.Checks.check;

import consumer.common.Checks;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.OrderPage;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.testkit.FakeCekatApi;
import dev.orderkit.testkit.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * Runs the cekat fake with only sdk-cekat beside the testkit: lists orders through the SDK,
 * reads what the fake recorded, and checks that no other API module came along.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    try (FakeCekatApi fake = new FakeCekatApi().start(); CekatClient cekat = fake.client()) {
      OrderPage page = cekat.orders().list(ListOrdersParams.builder().limit(5).page(1).build());
      check(page.items().isEmpty(), "a fresh fake lists no orders: " + page);
      List<RecordedCall> calls = fake.requests();
      check(calls.size() == 1, "one request: " + calls);
      check(calls.get(0).path().equals("/api/orders"), "path: " + calls.get(0).path());
      check("5".equals(calls.get(0).queryParameter("limit")), "limit: " + calls.get(0).query());
    }
    for (String absent : new String[] {"dev.orderkit.partner.PartnerClient",
        "dev.orderkit.cekceir.CekceirClient", "dev.orderkit.bosonline.BosOnlineClient"}) {
      try {
        Class.forName(absent);
        throw new AssertionError(absent + " is on the class path: the testkit brought it");
      } catch (ClassNotFoundException expected) {
        // the testkit's dependency on that API module is optional
      }
    }
    String dependencies = new String(Files.readAllBytes(Paths.get(
        System.getProperty("consumer.dependencyList"))), StandardCharsets.UTF_8);
    for (String module : new String[] {"sdk-partner", "sdk-cekceir", "sdk-bosonline"}) {
      check(!dependencies.contains("dev.orderkit:" + module + ":"),
          module + " is a runtime dependency:\n" + dependencies);
    }
    // The testkit's own dependencies (MockWebServer, Moshi without its Okio) add no second copy
    System.out.println(Checks.oneOkHttpAndOneOkio());
    System.out.println("testkit-one-api: the cekat fake and client work with sdk-cekat alone");
  }
}
