package dev.orderkit.core.internal;

import okhttp3.Interceptor;

/**
 * Records whether an attempt got as far as writing the request on a connection. OkHttp runs
 * network interceptors only once a connection is open, just before the request is written, so a
 * failure before {@link #INTERCEPTOR} ran (connection refused, DNS, TLS, connect timeout) proves
 * the server never saw the request.
 */
public final class SendTracker {
  /**
   * OrderKit's one network interceptor, installed once per client: marks the attempt's tracker
   * (a request tag) as sent, and hides a 503's {@code Retry-After} from OkHttp's own replay logic
   * ({@link RetryAfterShield}). One interceptor rather than two: each costs a chain step on
   * every call.
   */
  public static final Interceptor INTERCEPTOR = chain -> {
    SendTracker tracker = chain.request().tag(SendTracker.class);
    if (tracker != null) {
      tracker.sent = true;
    }
    return RetryAfterShield.hide(chain.proceed(chain.request()));
  };

  private volatile boolean sent;

  /** Whether the request may have reached the server. */
  public boolean mayHaveBeenSent() {
    return sent;
  }
}
