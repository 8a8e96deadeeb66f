package dev.orderkit.core.internal;

import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.http.HttpResponseFor;
import org.jspecify.annotations.Nullable;

/** What an exchange does after one attempt: finish with a response, fail, or retry after a delay. */
public final class Step<T> {
  private final @Nullable HttpResponseFor<T> response;
  private final @Nullable OrderKitException error;
  private final long retryDelayMillis;

  private Step(@Nullable HttpResponseFor<T> response, @Nullable OrderKitException error,
      long retryDelayMillis) {
    this.response = response;
    this.error = error;
    this.retryDelayMillis = retryDelayMillis;
  }

  static <T> Step<T> done(HttpResponseFor<T> response) {
    return new Step<>(response, null, -1);
  }

  static <T> Step<T> fail(OrderKitException error) {
    return new Step<>(null, error, -1);
  }

  static <T> Step<T> retryAfter(long delayMillis) {
    return new Step<>(null, null, Math.max(0, delayMillis));
  }

  /** Whether another attempt follows. */
  public boolean isRetry() {
    return retryDelayMillis >= 0;
  }

  /** The wait before the next attempt, in milliseconds. */
  public long retryDelayMillis() {
    return retryDelayMillis;
  }

  /** The final response, or null. */
  public @Nullable HttpResponseFor<T> response() {
    return response;
  }

  /** The final failure, or null. */
  public @Nullable OrderKitException error() {
    return error;
  }
}
