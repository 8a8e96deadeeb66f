package dev.orderkit.cekceir;

import dev.orderkit.core.errors.ApiException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What cekceir error bodies carry beyond core's {@link ApiException} accessors. The 422
 * {@code ORDER_VALIDATION_ERROR} body has a {@code source} ({@code "order"} in the docs), kept as
 * the exception's attribute {@code source}:
 *
 * <pre>{@code
 * } catch (ValidationException e) {
 *   e.errorCode();                  // "ORDER_VALIDATION_ERROR"
 *   e.traceId();                    // "01234567-89ab-..."
 *   e.fieldErrors().get("data");    // ["/imeis: must NOT have fewer than 1 items"]
 *   e.fieldErrors().get("/imeis");  // the same messages, keyed by their JSON pointer in data
 *   CekceirErrors.source(e);        // Optional[order]
 * }
 * }</pre>
 */
public final class CekceirErrors {
  private CekceirErrors() {}

  /** Returns the error body's {@code source} (such as {@code "order"}), if it had one. */
  public static Optional<String> source(@Nullable ApiException e) {
    return e == null ? Optional.empty() : e.attribute("source");
  }
}
