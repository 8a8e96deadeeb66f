package dev.orderkit.core.internal;

import java.io.IOException;

/**
 * A pooled HTTP/1 connection turned out to be closed by the server (or to hold bytes nobody asked
 * for) before the request was written on it: the request provably did not reach the server.
 * Thrown by {@link SendTracker#INTERCEPTOR}; the exchange then sends the request again at once on
 * another connection.
 */
public final class StaleConnectionException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Names the connection's host; the request was not sent. */
  StaleConnectionException(String host) {
    super("the pooled connection to " + host + " was closed by the server while idle; the"
        + " request was not sent on it");
  }
}
