package dev.orderkit.core.internal;

import okhttp3.Interceptor;

/**
 * Records whether an attempt got as far as writing the request on a connection. OkHttp runs
 * network interceptors only once a connection is open, just before the request is written, so a
 * failure before {@link #INTERCEPTOR} ran (connection refused, DNS, TLS, connect timeout) proves
 * the server never saw the request.
 */
public final class SendTracker {
  /** Marks the attempt's tracker (a request tag) as sent. Installed once per client. */
  public static final Interceptor INTERCEPTOR = chain -> {
    SendTracker tracker = chain.request().tag(SendTracker.class);
    if (tracker != null) {
      tracker.sent = true;
    }
    return chain.proceed(chain.request());
  };

  private volatile boolean sent;

  /** Whether the request may have reached the server. */
  public boolean mayHaveBeenSent() {
    return sent;
  }
}
