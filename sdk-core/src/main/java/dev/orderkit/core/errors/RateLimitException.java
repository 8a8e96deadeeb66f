package dev.orderkit.core.errors;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests. Raised once the retries are spent or the asked wait is too long. */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public RateLimitException(ErrorDetails details) {
    super(details);
  }

  /** The wait the server asked for in {@code Retry-After}, when it gave one in seconds. */
  public Optional<Duration> retryAfter() {
    String value = headers().get("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
