package dev.orderkit.core.events;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An attempt ended, with an HTTP status or with an I/O failure. */
public final class AttemptEnded {
  private final CallInfo call;
  private final int attempt;
  private final int statusCode;
  private final @Nullable String failure;
  private final Duration duration;
  private final @Nullable String requestId;
  private final boolean mayHaveBeenSent;

  /** Made by OrderKit (public for listeners' tests). */
  public AttemptEnded(CallInfo call, int attempt, int statusCode, @Nullable String failure,
      Duration duration, @Nullable String requestId, boolean mayHaveBeenSent) {
    this.call = call;
    this.attempt = attempt;
    this.statusCode = statusCode;
    this.failure = failure;
    this.duration = duration;
    this.requestId = requestId;
    this.mayHaveBeenSent = mayHaveBeenSent;
  }

  /** The call. */
  public CallInfo call() {
    return call;
  }

  /** The attempt's number, 1 for the first. */
  public int attempt() {
    return attempt;
  }

  /** The HTTP status, or 0 when the attempt failed without a response. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Why the attempt got no response: the failure's simple class name, such as
   * {@code SocketTimeoutException} or {@code ConnectException}; empty when it got a response.
   */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** From the attempt's start to its response (body read) or failure. */
  public Duration duration() {
    return duration;
  }

  /** The response's request id header ({@code X-Request-Id} and the like), if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Whether the request may have reached the server: true with a response, false only when it is
   * known that nothing was sent (connection refused, a closed pooled connection).
   */
  public boolean mayHaveBeenSent() {
    return mayHaveBeenSent;
  }

  @Override
  public String toString() {
    return "AttemptEnded{" + call + ", attempt=" + attempt
        + (failure == null ? ", status=" + statusCode : ", failure=" + failure)
        + ", duration=" + duration + (requestId == null ? "" : ", requestId=" + requestId)
        + ", mayHaveBeenSent=" + mayHaveBeenSent + "}";
  }
}
