package dev.orderkit.core.errors;

/**
 * The API could not be reached or the connection failed, and the request is known not to have
 * been processed, or is safe to repeat and every retry failed too.
 */
public class ApiConnectionException extends OrderKitException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the I/O failure as the cause. */
  public ApiConnectionException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }
}
