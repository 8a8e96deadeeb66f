package dev.orderkit.core.internal;

import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.events.AttemptEnded;
import dev.orderkit.core.events.AttemptStarted;
import dev.orderkit.core.events.CallEnded;
import dev.orderkit.core.events.CallInfo;
import dev.orderkit.core.events.CallListener;
import dev.orderkit.core.events.CallOutcome;
import dev.orderkit.core.events.CallStarted;
import dev.orderkit.core.events.RetryReason;
import dev.orderkit.core.events.RetryScheduled;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Emits one call's events to the client's {@link CallListener}: times the call and its attempts,
 * ends the call exactly once (nothing is emitted after its end, e.g. from an attempt still
 * answering a cancelled future), and keeps a throwing listener (any {@code Throwable}) from breaking
 * the call. Made only when a listener is set.
 */
final class CallEvents {
  private final CallListener listener;
  private final CallInfo call;
  private final ListenerFailures failures;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile long callStartNanos;
  private volatile long attemptStartNanos;

  CallEvents(CallListener listener, CallInfo call, ListenerFailures failures) {
    this.listener = listener;
    this.call = call;
    this.failures = failures;
    this.callStartNanos = System.nanoTime();
  }

  void callStarted() {
    callStartNanos = System.nanoTime();
    try {
      listener.callStarted(new CallStarted(call));
    } catch (Throwable e) {
      failures.report("callStarted", e);
    }
  }

  void attemptStarted(int attempt) {
    if (ended.get()) {
      return; // the caller cancelled: nothing follows the call's end
    }
    attemptStartNanos = System.nanoTime();
    try {
      listener.attemptStarted(new AttemptStarted(call, attempt));
    } catch (Throwable e) {
      failures.report("attemptStarted", e);
    }
  }

  void attemptEnded(int attempt, int status, @Nullable String failure,
      @Nullable String requestId, boolean mayHaveBeenSent) {
    if (ended.get()) {
      return;
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
    try {
      listener.attemptEnded(new AttemptEnded(call, attempt, status, failure, duration, requestId,
          mayHaveBeenSent));
    } catch (Throwable e) {
      failures.report("attemptEnded", e);
    }
  }

  void retryScheduled(int attempt, RetryReason reason, int status, long delayMillis) {
    if (ended.get()) {
      return; // the caller cancelled: nothing follows the call's end
    }
    try {
      listener.retryScheduled(new RetryScheduled(call, attempt, reason, status,
          Duration.ofMillis(delayMillis)));
    } catch (Throwable e) {
      failures.report("retryScheduled", e);
    }
  }

  /**
   * Ends the call, once: with {@code error} null it succeeded. The status and request id are the
   * error's when it has them, else the last response's.
   */
  void callEnded(@Nullable Throwable error, int lastStatus, @Nullable String lastRequestId,
      int attempts) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    CallOutcome outcome = error == null ? CallOutcome.SUCCESS
        : error instanceof OutcomeUnknownException ? CallOutcome.OUTCOME_UNKNOWN
        : CallOutcome.ERROR;
    int status = lastStatus;
    String requestId = lastRequestId;
    Throwable api = error instanceof OutcomeUnknownException ? error.getCause() : error;
    if (api instanceof ApiException) {
      status = ((ApiException) api).status();
      requestId = ((ApiException) api).requestId().orElse(requestId);
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - callStartNanos);
    try {
      listener.callEnded(new CallEnded(call, outcome, status,
          error == null ? null : error.getClass().getSimpleName(), attempts, duration, requestId));
    } catch (Throwable e) {
      failures.report("callEnded", e);
    }
  }

  /** Whether the call has ended. */
  boolean hasEnded() {
    return ended.get();
  }
}
