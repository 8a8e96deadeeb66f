package dev.orderkit.core.errors;

import dev.orderkit.core.internal.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests. Raised once the retries are spent or the asked wait is too long. */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public RateLimitException(ErrorDetails details) {
    super(details);
  }

  /** The wait the server asked for in {@code Retry-After} (seconds or an HTTP date), if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(RetryAfter.parse(headers(), Clock.systemUTC()));
  }
}
