package dev.orderkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The payloads: the partner docs' example responses (the fixtures of sdk-partner's tests, copied
 * into this jar at build time) and a 100-order list page grown from the list example.
 */
final class Payloads {
  /** Orders on the list page of the decoding benchmark. */
  static final int PAGE_SIZE = 100;

  private static final String[] INTERNAL = {"In Process", "To Process", "Ready To Ship", "Shipped"};
  private static final String[] PAYMENT = {"COD", "BANK_TRANSFER", "EWALLET"};

  private Payloads() {}

  /** {@code order-detail.response.json}, as served. */
  static byte[] orderDetail() {
    return resource("fixtures/partner/order-detail.response.json");
  }

  /** {@code list-orders.response.json}, as served (two orders). */
  static byte[] listExample() {
    return resource("fixtures/partner/list-orders.response.json");
  }

  /**
   * A list response of {@link #PAGE_SIZE} orders: the example's two orders repeated, each with
   * its own id, code, status, payment, tracking number and times (so nothing is interned).
   */
  static byte[] listPage() {
    try {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = (ObjectNode) mapper.readTree(listExample());
      ObjectNode data = (ObjectNode) root.get("data");
      ArrayNode examples = (ArrayNode) data.get("data");
      ArrayNode orders = mapper.createArrayNode();
      for (int i = 0; i < PAGE_SIZE; i++) {
        ObjectNode order = examples.get(i % examples.size()).deepCopy();
        order.put("order_header_id", 1000 + i);
        order.put("order_code", "ORD" + (100000 + i));
        order.put("order_reference_id", "REF-" + Integer.toHexString(0x5000 + i * 7));
        order.put("internal_status", INTERNAL[i % INTERNAL.length]);
        order.put("payment_method", PAYMENT[i % PAYMENT.length]);
        order.put("location_id", 1 + i % 4);
        if (i % 3 == 0) {
          order.putNull("tracking_number");
        } else {
          order.put("tracking_number", "DTX" + (7000000 + i));
        }
        order.put("is_fake", i % 17 == 0);
        order.put("created_at", String.format("2025-09-%02dT%02d:%02d:09.000000Z",
            1 + i % 28, i % 24, i % 60));
        order.put("updated_at", String.format("2025-10-%02dT%02d:%02d:13.000000Z",
            1 + i % 28, (i + 5) % 24, (i * 7) % 60));
        orders.add(order);
      }
      data.set("data", orders);
      data.put("per_page", PAGE_SIZE);
      data.put("total_data", 4 * PAGE_SIZE);
      data.put("total_page", 4);
      return mapper.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = Payloads.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " (built from sdk-partner)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
