package dev.orderkit.cekceir.model;

import dev.orderkit.cekceir.internal.CekceirJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The docs' examples, copied verbatim into {@code src/test/resources/fixtures/cekceir/}, and the
 * bodies for the other documented statuses, derived from the docs' success example.
 */
public final class Fixtures {
  /** The docs' success example (HTTP 200). */
  public static final String SUCCESS = "create-order.success.response.json";
  /** The docs' 422 {@code ORDER_VALIDATION_ERROR} example. */
  public static final String VALIDATION_ERROR = "create-order.validation-error.response.json";
  /** The docs' request example (its {@code data} is a string, against the field table). */
  public static final String REQUEST = "create-order.request.json";

  private Fixtures() {}

  /** Returns the text of {@code fixtures/cekceir/<name>}, exactly as stored. */
  public static String text(String name) {
    String path = "/fixtures/cekceir/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The docs' success example with {@code "status": "<status>"} instead of success. */
  public static String withStatus(String status) {
    String success = text(SUCCESS);
    String changed = success.replace("{ \"status\": \"success\",", "{ \"status\": \"" + status + "\",");
    if (changed.equals(success) && !status.equals("success")) {
      throw new IllegalStateException("the success fixture changed shape");
    }
    return changed;
  }

  /** A 503 failed-order body: the docs' example with the failure fields a failed order has. */
  public static String failed() {
    return "{ \"status\": \"failed\", \"reference_id\": null, \"message\": \"Pesanan-mu gagal kami "
        + "proses.\", \"processed\": 1, \"processed_success\": 0, \"processed_error\": 1, "
        + "\"remaining_balance\": 100000, \"result\": null, \"error_message\": \"Provider timeout\", "
        + "\"order_id\": 322, \"transaction_id\": 655, \"service_code\": \"cek_imei\", \"total\": 1, "
        + "\"price\": 1500, \"total_price\": 1500, \"charged_amount\": 1500, \"refunded_amount\": "
        + "1500, \"balance_before\": 100000, \"created_at\": \"2026-04-26T00:00:00.000Z\"}";
  }

  /** Decodes {@code json} as {@code type} with the module's Moshi. */
  public static <T> T decode(String json, Class<T> type) {
    try {
      return CekceirJson.MOSHI.adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes {@code value} with the module's Moshi. */
  @SuppressWarnings("unchecked")
  public static <T> String json(T value) {
    return CekceirJson.MOSHI.adapter((Class<T>) value.getClass()).toJson(value);
  }
}
