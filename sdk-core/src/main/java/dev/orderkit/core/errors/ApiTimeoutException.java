package dev.orderkit.core.errors;

/** A connect, read, write or call timeout, on a request that was not sent or is safe to repeat. */
public final class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the timeout as the cause. */
  public ApiTimeoutException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }
}
