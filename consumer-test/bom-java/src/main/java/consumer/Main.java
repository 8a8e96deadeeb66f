package consumer;

import static consumer.common.Checks.check;

import com.sun.net.httpserver.HttpServer;
import consumer.common.Checks;
import consumer.common.Orders;
import dev.orderkit.core.OrderKitVersion;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.ActionResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A user's program: creates one partner order against a loopback server and checks the request
 * and the decoded answer, then that no two jars of its runtime classpath (the four API modules
 * and what they bring) carry the same resource path, which Android's packaging would refuse.
 * Exits non-zero (failing the build) if anything is off.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      received.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
          + exchange.getRequestHeaders().getFirst("X-Tenant-Id") + " " + read(exchange.getRequestBody()));
      byte[] body = ("{\"status\": 201, \"message\": \"Created\", \"data\": null, \"errors\": null,"
          + " \"request_id\": \"req-1\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(201, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    try (PartnerClient partner = PartnerClient.builder().baseUrl(baseUrl).apiKey("pk_test")
        .tenantId("ABC-123").build()) {
      ActionResult created = partner.orders().create(Orders.sarongs("ORD-CONSUMER-1"));
      String request = received.get();
      System.out.println("OrderKit " + OrderKitVersion.VERSION + ": " + request);
      System.out.println("-> " + created);
      check(request.startsWith("POST /api/partner/v1/orders/create ABC-123 {"), request);
      check(request.contains("\"order_code\":\"ORD-CONSUMER-1\""), request);
      check(created.status() == 201 && created.requestId().orElse("").equals("req-1"),
          created.toString());
      check(!OrderKitVersion.VERSION.equals("unknown"), "version " + OrderKitVersion.VERSION);
    } finally {
      server.stop(0);
    }
    Map<String, List<String>> duplicates = Checks.duplicateResources();
    System.out.println(Checks.classpath().size() + " classpath entries; resources in more than "
        + "one jar: " + duplicates);
    check(duplicates.isEmpty(), "resources carried by more than one jar: " + duplicates);
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      bytes.write(buffer, 0, n);
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
