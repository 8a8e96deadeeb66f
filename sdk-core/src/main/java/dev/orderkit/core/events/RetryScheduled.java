package dev.orderkit.core.events;

import java.time.Duration;

/** The client will send the call again after {@link #delay()}. */
public final class RetryScheduled {
  private final CallInfo call;
  private final int attempt;
  private final RetryReason reason;
  private final int statusCode;
  private final Duration delay;

  /** Made by OrderKit (public for listeners' tests). */
  public RetryScheduled(CallInfo call, int attempt, RetryReason reason, int statusCode,
      Duration delay) {
    this.call = call;
    this.attempt = attempt;
    this.reason = reason;
    this.statusCode = statusCode;
    this.delay = delay;
  }

  /** The call. */
  public CallInfo call() {
    return call;
  }

  /** The number of the attempt that failed. */
  public int attempt() {
    return attempt;
  }

  /** Why the call is sent again. */
  public RetryReason reason() {
    return reason;
  }

  /** The failed attempt's HTTP status, or 0 without a response. */
  public int statusCode() {
    return statusCode;
  }

  /** The wait before the next attempt (backoff, or the server's {@code Retry-After}). */
  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return "RetryScheduled{" + call + ", attempt=" + attempt + ", reason=" + reason
        + (statusCode == 0 ? "" : ", status=" + statusCode) + ", delay=" + delay + "}";
  }
}
