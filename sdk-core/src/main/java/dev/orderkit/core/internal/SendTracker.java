package dev.orderkit.core.internal;

import java.io.IOException;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Records whether an attempt got as far as writing the request on a connection. OkHttp runs
 * network interceptors only once a connection is open, just before the request is written, so a
 * failure before {@link #INTERCEPTOR} ran (connection refused, DNS, TLS, connect timeout) proves
 * the server never saw the request.
 */
public final class SendTracker {
  /**
   * OrderKit's one network interceptor, installed once per client: for a request not safe to
   * repeat, refuses a connection the server closed while it was idle
   * ({@link StaleConnections}, before anything is written), marks the attempt's tracker (a
   * request tag) as sent, and hides a 503's {@code Retry-After} from OkHttp's own replay logic
   * ({@link RetryAfterShield}). One interceptor rather than three: each costs a chain step on
   * every call.
   */
  public static final Interceptor INTERCEPTOR = new Interceptor() { // not a lambda: cold start
    @Override
    public Response intercept(Chain chain) throws IOException {
      SendTracker tracker = chain.request().tag(SendTracker.class);
      Connection connection = chain.connection();
      if (connection != null && tracker != null && tracker.checkConnection
          && StaleConnections.isHttp1(connection)) {
        StaleConnections.checkNotStale(connection); // throws before the tracker says "sent"
      }
      if (tracker != null) {
        tracker.sent = true;
      }
      return RetryAfterShield.hide(chain.proceed(chain.request()));
    }
  };

  private final boolean checkConnection;
  private volatile boolean sent;

  /**
   * A tracker for one attempt (of a request not safe to repeat: reads need none);
   * {@code checkConnection}: its connection is checked for a close by the server before the
   * request is written on it.
   */
  public SendTracker(boolean checkConnection) {
    this.checkConnection = checkConnection;
  }

  /** Whether the request may have reached the server. */
  public boolean mayHaveBeenSent() {
    return sent;
  }
}
