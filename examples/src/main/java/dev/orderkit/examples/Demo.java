package dev.orderkit.examples;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.Transport;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * A placeholder tour of OrderKit's core until the per-API examples arrive: it serves a tiny API on
 * loopback and shows a call, a safe retry, a refused replay of an order, and a typed error.
 */
public final class Demo {
  private Demo() {}

  /** Runs the tour; exits 0 when every step behaved as described. */
  public static void main(String[] args) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      ClientOptions options = ClientOptions.builder()
          .baseUrl(server.url("/").toString())
          .apiKey("demo-key")
          .initialRetryDelay(Duration.ofMillis(50))
          .build();
      try (Transport api = Transport.builder(options).module("demo").build()) {
        System.out.println("OrderKit core demo against a loopback server at " + options.baseUrl());

        server.enqueue(json(503, "{\"message\":\"busy\"}"));
        server.enqueue(json(200, "{\"order_code\":\"ORD123\",\"grand_total\":\"12000.00\"}"));
        HttpResponseFor<Object> detail = api.request("GET", "orders/ORD123").execute();
        System.out.println("1. GET orders/ORD123 -> HTTP " + detail.statusCode() + " after "
            + detail.attempts() + " attempts (a GET is safe to retry): " + detail.parse());

        server.enqueue(json(500, "{\"message\":\"database timeout\"}"));
        try {
          api.request("POST", "orders/create").body(Map.of("order_code", "ORD124")).execute();
          throw new IllegalStateException("expected an outcome-unknown failure");
        } catch (OutcomeUnknownException e) {
          System.out.println("2. POST orders/create -> HTTP 500, not replayed ("
              + e.attempts() + " attempt): " + e.getMessage());
        }

        server.enqueue(json(404, "{\"message\":\"Order not found\",\"request_id\":\"req-1\"}"));
        try {
          api.request("GET", "orders/NOPE").options(RequestOptions.builder().maxRetries(0).build())
              .execute();
          throw new IllegalStateException("expected NotFoundException");
        } catch (NotFoundException e) {
          System.out.println("3. GET orders/NOPE -> " + e.getClass().getSimpleName() + " status="
              + e.status() + " message=\"" + e.apiMessage() + "\" request_id=" + e.requestId());
        }
        System.out.println("Done: " + server.getRequestCount() + " requests served.");
      }
    }
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
        .body(body).build();
  }
}
