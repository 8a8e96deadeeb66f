package dev.orderkit.core.errors;

import java.util.Optional;

/**
 * A request that creates or changes something may have been processed, and OrderKit will not
 * send it again (that could create a second order or charge twice). Reconcile before retrying:
 * look the order up. The cause is what happened: an {@link ApiTimeoutException} (timeout after
 * sending), an {@link ApiConnectionException} (connection reset after sending) or a
 * {@link ServerException} (a 5xx answer).
 */
public final class OutcomeUnknownException extends OrderKitException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code cause} is the failure that left the outcome unknown. */
  public OutcomeUnknownException(String what, OrderKitException cause) {
    super("Outcome unknown: " + what + " may have been processed and was not sent again; "
        + "check its state before retrying (" + cause.getMessage() + ")", cause, cause.attempts());
  }

  /** The failure that left the outcome unknown. */
  @Override
  public synchronized OrderKitException getCause() {
    return (OrderKitException) super.getCause();
  }

  /** The HTTP status when the server answered (a 5xx), empty after a timeout or reset. */
  public Optional<Integer> status() {
    return getCause() instanceof ApiException
        ? Optional.of(((ApiException) getCause()).status())
        : Optional.empty();
  }

  /** The request id when the server answered with one. */
  public Optional<String> requestId() {
    return getCause() instanceof ApiException
        ? ((ApiException) getCause()).requestId()
        : Optional.empty();
  }
}
