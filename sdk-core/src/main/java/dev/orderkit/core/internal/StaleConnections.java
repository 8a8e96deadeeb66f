package dev.orderkit.core.internal;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import okhttp3.Connection;
import okhttp3.Protocol;

/**
 * Finds pooled HTTP/1 connections that the server closed while they sat idle (a keep-alive
 * timeout), before a request that is not safe to repeat is written on one. OkHttp checks a pooled
 * connection before a non-GET only after 10 s idle, and OrderKit switched its silent replays off;
 * without this check a create on such a connection fails with "unexpected end of stream" and an
 * unknown outcome, although the server never saw it.
 *
 * <p>The check is OkHttp's own {@code isHealthy} probe: a read of one byte with a 1 ms timeout. A
 * timeout means healthy (nothing is consumed); end of stream, an error or a byte nobody asked for
 * means stale: the socket is closed, so OkHttp's pool evicts the connection, and
 * {@link StaleConnectionException} is thrown before anything is written. It costs at most 1 ms,
 * paid only by a request not safe to repeat (an order's create or action), never by a read. Every
 * such request is probed, whatever used the connection before (a pool shared with the app's own
 * calls included): no registry of connections, no lock on the path every call takes.
 */
final class StaleConnections {
  private StaleConnections() {}

  /**
   * Whether {@code connection} should be probed: HTTP/1 only. HTTP/2 connections are never
   * probed: their socket is read by OkHttp's own reader thread, which sees a close itself.
   */
  static boolean isHttp1(Connection connection) {
    Protocol protocol = connection.protocol();
    return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
  }

  /** Throws, after closing its socket, if the server has closed {@code connection}. */
  static void checkNotStale(Connection connection) throws StaleConnectionException {
    Socket socket = connection.socket();
    if (isStale(socket)) {
      try {
        socket.close(); // OkHttp's pool sees the closed socket and evicts the connection
      } catch (IOException ignored) {
        // closing a connection the server already closed: nothing more to do
      }
      throw new StaleConnectionException(connection.route().address().url().host());
    }
  }

  private static boolean isStale(Socket socket) {
    if (socket.isClosed() || socket.isInputShutdown() || socket.isOutputShutdown()) {
      return true;
    }
    boolean stale;
    try {
      int timeout = socket.getSoTimeout();
      try {
        socket.setSoTimeout(1);
        socket.getInputStream().read();
        stale = true; // end of stream (-1), or a byte no request asked for: unusable either way
      } catch (SocketTimeoutException e) {
        stale = false; // nothing to read: the server still holds the connection open
      }
      socket.setSoTimeout(timeout); // a failure here leaves the 1 ms timeout: then stale
    } catch (IOException e) {
      stale = true; // reset, a TLS alert, or a socket that broke meanwhile: the connection is gone
    }
    return stale;
  }
}
