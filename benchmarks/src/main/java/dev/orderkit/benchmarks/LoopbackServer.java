package dev.orderkit.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 that answers every request with one fixed 200 response
 * (kept alive, {@code TCP_NODELAY} on every accepted socket). One thread per connection, no
 * allocation per request beyond what the JDK's socket streams do: both clients under test pay
 * exactly the same server cost, so the ratios show the client side.
 */
final class LoopbackServer implements Closeable {
  private final ServerSocket server;
  private final byte[] response;
  /** How long each answer is held back (0: at once), as a server doing real work would. */
  private final long delayMillis;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private final java.util.concurrent.atomic.AtomicInteger accepted =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean closed;

  /** Starts a server on a free loopback port answering every request with {@code body}. */
  LoopbackServer(byte[] body) throws IOException {
    this(body, 0);
  }

  /** As {@link #LoopbackServer(byte[])}, each answer sent {@code delayMillis} after its request. */
  LoopbackServer(byte[] body, long delayMillis) throws IOException {
    this.delayMillis = delayMillis;
    byte[] head = ("HTTP/1.1 200 OK\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "X-Request-Id: bench-request\r\n"
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    this.response = new byte[head.length + body.length];
    System.arraycopy(head, 0, response, 0, head.length);
    System.arraycopy(body, 0, response, head.length, body.length);
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 256);
    this.acceptor = new Thread(this::acceptLoop, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:43210/}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  /** How many connections were accepted (a pool that churns shows here). */
  int accepted() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        accepted.incrementAndGet();
        sockets.add(socket);
        Thread t = new Thread(() -> serve(socket), "loopback-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
      }
    }
  }

  /** Reads requests (headers, then a Content-Length body if any) and answers each. */
  private void serve(Socket socket) {
    byte[] buf = new byte[16 * 1024];
    try (Socket s = socket) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      int start = 0;
      int end = 0;
      while (true) {
        int headerEnd = indexOfBlankLine(buf, start, end);
        while (headerEnd < 0) {
          if (start > 0) { // compact
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
          }
          if (end == buf.length) {
            throw new IOException("request head too large");
          }
          int n = in.read(buf, end, buf.length - end);
          if (n < 0) {
            return; // the client closed the connection
          }
          end += n;
          headerEnd = indexOfBlankLine(buf, start, end);
        }
        long bodyLength = contentLength(buf, start, headerEnd);
        start = headerEnd;
        long available = end - start;
        if (bodyLength <= available) {
          start += (int) bodyLength;
        } else {
          long toSkip = bodyLength - available;
          start = end = 0;
          while (toSkip > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, toSkip));
            if (n < 0) {
              return;
            }
            toSkip -= n;
          }
        }
        if (delayMillis > 0) {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            return;
          }
        }
        out.write(response);
        out.flush();
        if (start == end) {
          start = end = 0;
        }
      }
    } catch (IOException e) {
      // connection reset on close: nothing to do
    } finally {
      sockets.remove(socket);
    }
  }

  /** Index just past the first CRLFCRLF in buf[from, to), or -1. */
  private static int indexOfBlankLine(byte[] buf, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i + 4;
      }
    }
    return -1;
  }

  private static final byte[] CONTENT_LENGTH =
      "\r\ncontent-length:".getBytes(StandardCharsets.US_ASCII);

  /** The Content-Length of the request head in buf[from, to), or 0. */
  private static long contentLength(byte[] buf, int from, int to) {
    outer:
    for (int i = from; i + CONTENT_LENGTH.length < to; i++) {
      for (int j = 0; j < CONTENT_LENGTH.length; j++) {
        byte b = buf[i + j];
        if (b >= 'A' && b <= 'Z') {
          b = (byte) (b + 32);
        }
        if (b != CONTENT_LENGTH[j]) {
          continue outer;
        }
      }
      long value = 0;
      for (int k = i + CONTENT_LENGTH.length; k < to; k++) {
        byte b = buf[k];
        if (b >= '0' && b <= '9') {
          value = value * 10 + (b - '0');
        } else if (b != ' ' && b != '\t') {
          break;
        }
      }
      return value;
    }
    return 0;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
