package dev.orderkit.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception OrderKit raises. Unchecked, so callers catch what they can handle.
 * {@link #attempts()} says how many HTTP attempts were made before the failure (0 when the
 * failure happened before any request, such as invalid input).
 */
public class OrderKitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  /** Creates an exception with a message, an optional cause and the number of attempts made. */
  public OrderKitException(String message, @Nullable Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** Creates an exception raised before any request was sent. */
  public OrderKitException(String message) {
    this(message, null, 0);
  }

  /** How many HTTP attempts were made, counting the first one and every replay. */
  public int attempts() {
    return attempts;
  }
}
