package dev.orderkit.core.events;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A call ended: its outcome, attempts and total duration. */
public final class CallEnded {
  private final CallInfo call;
  private final CallOutcome outcome;
  private final int statusCode;
  private final @Nullable String errorType;
  private final int attempts;
  private final Duration duration;
  private final @Nullable String requestId;

  /** Made by OrderKit (public for listeners' tests). */
  public CallEnded(CallInfo call, CallOutcome outcome, int statusCode, @Nullable String errorType,
      int attempts, Duration duration, @Nullable String requestId) {
    this.call = call;
    this.outcome = outcome;
    this.statusCode = statusCode;
    this.errorType = errorType;
    this.attempts = attempts;
    this.duration = duration;
    this.requestId = requestId;
  }

  /** The call. */
  public CallInfo call() {
    return call;
  }

  /** Success, a typed error, or an unknown outcome. */
  public CallOutcome outcome() {
    return outcome;
  }

  /** The last attempt's HTTP status, or 0 when it got no response. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The simple class name of the exception the caller got, such as {@code ServerException},
   * {@code ApiTimeoutException} or {@code OutcomeUnknownException}; empty on success.
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** How many attempts were sent. */
  public int attempts() {
    return attempts;
  }

  /** From the call's start to its end, retry waits included. */
  public Duration duration() {
    return duration;
  }

  /** The last response's request id (header), if any: put it in your logs and traces. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public String toString() {
    return "CallEnded{" + call + ", outcome=" + outcome
        + (statusCode == 0 ? "" : ", status=" + statusCode)
        + (errorType == null ? "" : ", error=" + errorType) + ", attempts=" + attempts
        + ", duration=" + duration + (requestId == null ? "" : ", requestId=" + requestId) + "}";
  }
}
