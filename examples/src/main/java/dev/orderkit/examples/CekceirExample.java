package dev.orderkit.examples;

import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.testkit.FakeCekceirApi;
import java.io.PrintStream;
import java.util.Collections;

/**
 * cekceir service orders: an IMEI check paid from the wallet, and a refused order. Runs against
 * the testkit fake unless {@code CEKCEIR_API_KEY} is set (then it spends real balance).
 */
public final class CekceirExample {
  private CekceirExample() {}

  /** Runs the example and prints its story. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Narrator n = new Narrator(out);
    boolean live = System.getenv("CEKCEIR_API_KEY") != null;
    FakeCekceirApi fake = live ? null : new FakeCekceirApi().start();
    try (CekceirClient cekceir = live ? CekceirClient.fromEnv() : fake.client()) {
      n.title("cekceir service orders (" + (live ? "live: " : "testkit fake at ")
          + cekceir.options().baseUrl() + ")");
      n.say("POST /api/order: cek_imei for 2 IMEIs");
      OrderResult r = cekceir.orders().create(CreateOrderParams.builder().code("cek_imei")
          .data(CekImei.of("356938035643809", "356938035643817")).build());
      n.say("-> HTTP " + r.httpStatus() + ", order " + r.orderId() + " " + r.status().value()
          + ": \"" + r.message() + "\"");
      n.say("   " + r.total() + " item(s) at " + Narrator.rupiah(r.price()) + ": charged "
          + Narrator.rupiah(r.chargedAmount()) + ", refunded " + Narrator.rupiah(r.refundedAmount()));
      n.say("   wallet " + Narrator.rupiah(r.balanceBefore()) + " -> "
          + Narrator.rupiah(r.remainingBalance()));

      n.say("POST /api/order: cek_imei with an empty imeis list (the service's schema refuses it)");
      try {
        cekceir.orders().create(CreateOrderParams.builder().code("cek_imei")
            .putData("imeis", Collections.emptyList()).build());
        n.say("-> accepted?!");
      } catch (ValidationException e) {
        n.say("-> " + e.status() + " " + e.errorCode().orElse("-") + ": \""
            + e.apiMessage().orElse("") + "\"");
        for (java.util.Map.Entry<String, java.util.List<String>> field : e.fieldErrors().entrySet()) {
          if (field.getKey().startsWith("/")) {               // keyed by the JSON pointer in data
            n.say("   field " + field.getKey() + ": " + String.join("; ", field.getValue()));
          }
        }
        n.say("   trace id " + e.traceId().orElse("-"));
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }
}
