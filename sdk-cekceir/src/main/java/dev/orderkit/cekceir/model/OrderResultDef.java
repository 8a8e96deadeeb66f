package dev.orderkit.cekceir.model;

import dev.orderkit.core.spi.JsonIgnore;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of create order: the same body on every documented status, with the HTTP status it
 * came with in {@link #httpStatus()}: 201 {@code pending}, 200 {@code success}, 207
 * {@code partial}, 503 {@code failed}.
 *
 * <p>A 503 that carries this body is a business result, not an outage: the order failed, and
 * {@link #chargedAmount()} and {@link #refundedAmount()} say what happened to the money. The
 * client returns it like any other result (it is never thrown and never retried), so check
 * {@link #status()} or {@link #isFailed()}. Money is exact ({@code BigDecimal}, IDR whole numbers
 * in the docs).
 */
@ValueStyle
@Value.Immutable
abstract class OrderResultDef {
  /** Returns the order result: pending, success, partial or failed (open: others still decode). */
  public abstract OrderResultStatus status();

  /** Returns the provider's reference when available ({@code reference_id}, string or null). */
  @JsonName("reference_id")
  public abstract Optional<String> referenceId();

  /** Returns the human-readable message, verbatim (Indonesian in the docs). */
  public abstract String message();

  /** Returns how many submitted items were processed. */
  public abstract int processed();

  /** Returns how many items succeeded. */
  @JsonName("processed_success")
  public abstract int processedSuccess();

  /** Returns how many items failed. */
  @JsonName("processed_error")
  public abstract int processedError();

  /** Returns the available balance after the order. */
  @JsonName("remaining_balance")
  public abstract BigDecimal remainingBalance();

  /** Returns the service's result payload when available (object or null), as a JSON tree. */
  public abstract Optional<Map<String, Object>> result();

  /** Returns the error message when the order failed or partially failed. */
  @JsonName("error_message")
  public abstract Optional<String> errorMessage();

  /** Returns the order id. */
  @JsonName("order_id")
  public abstract long orderId();

  /** Returns the id of the wallet transaction created for the order. */
  @JsonName("transaction_id")
  public abstract long transactionId();

  /** Returns the service code the order used, such as {@code cek_imei}. */
  @JsonName("service_code")
  public abstract String serviceCode();

  /** Returns the number of order items. */
  public abstract int total();

  /** Returns the unit price. */
  public abstract BigDecimal price();

  /** Returns the total order price before capture or refund adjustment. */
  @JsonName("total_price")
  public abstract BigDecimal totalPrice();

  /** Returns the amount captured from the wallet. */
  @JsonName("charged_amount")
  public abstract BigDecimal chargedAmount();

  /** Returns the amount refunded to the wallet. */
  @JsonName("refunded_amount")
  public abstract BigDecimal refundedAmount();

  /** Returns the available balance before the order. */
  @JsonName("balance_before")
  public abstract BigDecimal balanceBefore();

  /** Returns when the order was created. */
  @JsonName("created_at")
  public abstract OffsetDateTime createdAt();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Returns the HTTP status this result came with (201, 200, 207 or 503; never read from or
   * written to JSON); 0 for a value that was not received from the API.
   */
  @JsonIgnore
  @Value.Default
  public int httpStatus() {
    return 0;
  }

  /** Returns the response's request id header ({@code X-Request-Id}), when there was one. */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<String> requestId();

  /** Returns true when {@link #status()} is {@code failed} (the 503 result). */
  public final boolean isFailed() {
    return OrderResultStatus.FAILED.equals(status());
  }
}
