package dev.orderkit.core.events;

/**
 * Sees every decision of a client's calls: a call starts, each attempt starts and ends, a retry is
 * scheduled, the call ends with its outcome. Blocking and async calls emit the same events, in
 * that order, once each (a call ends exactly once). Set it with
 * {@code ClientOptions.builder().listener(...)} or a client builder's {@code listener(...)}.
 *
 * <p>Methods run on the thread that made the decision (the caller's for blocking calls, OkHttp's or
 * OrderKit's retry thread for async ones), so keep them quick and thread-safe. A listener that
 * throws is logged once and otherwise ignored: it never breaks a call. Every method does nothing
 * by default; implement the ones you need. Without a listener nothing is measured or allocated.
 */
public interface CallListener {
  /** A call is about to send its first attempt. */
  default void callStarted(CallStarted event) {}

  /** An attempt is about to be sent (the first, or a retry). */
  default void attemptStarted(AttemptStarted event) {}

  /** An attempt ended: with an HTTP status, or with an I/O failure. */
  default void attemptEnded(AttemptEnded event) {}

  /** The client decided to send the call again, after {@link RetryScheduled#delay()}. */
  default void retryScheduled(RetryScheduled event) {}

  /** The call ended: success, a typed error, or an unknown outcome. */
  default void callEnded(CallEnded event) {}
}
