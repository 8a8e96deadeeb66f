package dev.orderkit.testkit;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The base of every fake API: an in-JVM HTTP server on loopback that checks the bearer key,
 * injects planned {@link Fault}s, records every request as a {@link RecordedCall}, and hands the
 * rest to the API's own stateful handling, which reads requests and writes answers as JSON trees
 * checked against the API's documentation (never with OrderKit's SDK models). Paths under
 * {@code /__orderkit/} are the control endpoint ({@link ControlEndpoint}): faults, reset, seed and
 * the recorded requests over plain HTTP. Thread-safe; close it when done.
 */
public abstract class FakeApi implements Closeable {
  private final MockWebServer server = new MockWebServer();
  private final String apiKey;
  private final FaultPlan faults = new FaultPlan();
  /** Guarded by itself: a copy-on-write list would copy every recorded call on each request. */
  private final List<RecordedCall> requests = new ArrayList<>();
  /**
   * Whether {@link #start(int)} ran: this MockWebServer's {@code getPort()} would otherwise start
   * the server itself (on {@code localhost}) instead of failing.
   */
  private volatile boolean started;

  /** Creates a fake that accepts {@code Authorization: Bearer <apiKey>}; only the testkit's own. */
  FakeApi(String apiKey) {
    this.apiKey = apiKey;
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return FakeApi.this.dispatch(request);
      }
    });
  }

  /** Starts the fake on a free loopback port. */
  public FakeApi start() {
    return start(0);
  }

  /** Starts the fake on {@code port} of loopback (0 picks a free one). */
  public FakeApi start(int port) {
    return start("127.0.0.1", port);
  }

  /**
   * Starts the fake on {@code port} of {@code host} (an address or name; {@code 0.0.0.0} for
   * every interface, as in a container); the launcher's {@code --host}.
   */
  FakeApi start(String host, int port) {
    try {
      server.start(InetAddress.getByName(host), port);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + getClass().getSimpleName(), e);
    }
    started = true;
    return this;
  }

  /**
   * The base URL to point a client at, e.g. {@code http://127.0.0.1:54321/} (an address, not
   * {@code localhost}, which some clients resolve to {@code ::1} first).
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /** The port the fake listens on. */
  public int port() {
    if (!started) {
      throw new IllegalStateException("call start() first");
    }
    return server.getPort();
  }

  /** The API key (bearer token) the fake accepts. */
  public String apiKey() {
    return apiKey;
  }

  /** The faults to inject into coming requests. */
  public FaultPlan faults() {
    return faults;
  }

  /**
   * Every request received so far, in order (including refused and faulted ones, not the control
   * endpoint's).
   */
  public List<RecordedCall> requests() {
    synchronized (requests) {
      return new ArrayList<>(requests);
    }
  }

  /** Forgets recorded requests, planned faults and the API's state. */
  public void reset() {
    synchronized (requests) {
      requests.clear();
    }
    faults.clear();
    resetState();
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop " + getClass().getSimpleName(), e);
    }
  }

  /** Clears the API's own state (orders, balances...). */
  abstract void resetState();

  /** Answers an authorized request, changing the fake's state as the real API would. */
  abstract MockResponse serve(RecordedCall request);

  /** The answer to a request with a missing or wrong key (or tenant), in the API's format. */
  MockResponse unauthorized(RecordedCall request) {
    return errorResponse(401, "Unauthenticated.");
  }

  /** Whether the request carries the right credentials. */
  boolean authorized(RecordedCall request) {
    return ("Bearer " + apiKey).equals(request.header("Authorization"));
  }

  /**
   * An error answer with {@code status} in the API's own error format (its envelope); injected
   * faults use it too. Laravel's default {@code {"message": ...}} unless the API documents another.
   */
  MockResponse errorResponse(int status, String message) {
    return messageError(status, message, null);
  }

  /**
   * Laravel's error body, {@code {"message": ...}}, with its {@code errors} (field to messages)
   * when given: the one writer of that shape for every fake and the control endpoint.
   */
  static MockResponse messageError(int status, @Nullable String message,
      java.util.@Nullable Map<String, java.util.List<String>> errors) {
    Map<String, @Nullable Object> body = new java.util.LinkedHashMap<>();
    body.put("message", message);
    if (errors != null) {
      body.put("errors", errors);
    }
    return json(status, toJson(body));
  }

  /**
   * Adds orders (or what the API keeps) from a JSON tree sent to the control endpoint; returns
   * what was added as a JSON tree.
   *
   * @throws IllegalArgumentException when the tree is not what this fake seeds from
   */
  @Nullable Object seed(@Nullable Object tree) {
    throw new IllegalArgumentException(getClass().getSimpleName() + " has nothing to seed");
  }

  private MockResponse dispatch(RecordedRequest received) {
    RecordedCall request = RecordedCall.of(received);
    if (request.path().startsWith(ControlEndpoint.PREFIX)) {
      return ControlEndpoint.handle(this, request);
    }
    synchronized (requests) {
      requests.add(request);
    }
    Fault fault = faults.take(request.path());
    if (fault != null && !fault.processesRequest()) {
      return fault.apply(null, this);
    }
    MockResponse answer;
    try {
      answer = authorized(request) ? serve(request) : unauthorized(request);
    } catch (RuntimeException e) {
      answer = errorResponse(500, "fake error: " + e.getClass().getSimpleName());
    }
    return fault != null ? fault.apply(answer, this) : answer;
  }

  /** A JSON response with {@code status}. */
  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .addHeader("Content-Type", "application/json").setBody(body);
  }

  /** Writes a JSON tree (maps, lists, strings, numbers, booleans) as text, nulls included. */
  static String toJson(@Nullable Object tree) {
    return Json.write(tree);
  }

  /** The request body as a JSON object, or null if it is not one. */
  @SuppressWarnings("unchecked")
  static @Nullable Map<String, @Nullable Object> jsonObject(RecordedCall request) {
    Object body = request.json();
    return body instanceof Map ? (Map<String, @Nullable Object>) body : null;
  }

  /**
   * Server sockets whose accepted connections send small answers at once (TCP_NODELAY): without
   * it, Nagle's algorithm and delayed ACKs add ~40 ms to every exchange on loopback.
   */
  private static final class NoDelayServerSocketFactory extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws IOException {
      return new java.net.ServerSocket() {
        @Override
        public java.net.Socket accept() throws IOException {
          java.net.Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) throws IOException {
      java.net.ServerSocket socket = createServerSocket();
      socket.bind(new java.net.InetSocketAddress(port));
      return socket;
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
      java.net.ServerSocket socket = createServerSocket();
      socket.bind(new java.net.InetSocketAddress(port), backlog);
      return socket;
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog,
        @Nullable InetAddress address)
        throws IOException {
      java.net.ServerSocket socket = createServerSocket();
      socket.bind(new java.net.InetSocketAddress(address, port), backlog);
      return socket;
    }
  }
}
