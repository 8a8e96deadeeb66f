package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonAdapter;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiConnectionException;
import dev.orderkit.core.errors.ApiTimeoutException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.RateLimitException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.UnexpectedStatusException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order rule, as a table: (GET / POST safe to repeat / POST that creates) × every fault.
 * With two retries allowed, a replayed fault makes 3 attempts and a refused replay makes 1. A
 * create that may have been processed ends in {@link OutcomeUnknownException}.
 */
class RetryMatrixTest {
  private static final JsonAdapter<Object> TREE = JsonTree.adapter();

  enum Kind { GET, POST_SAFE, POST_CREATE }

  enum Fault {
    CONNECT_REFUSED, TIMEOUT_BEFORE_SEND, TIMEOUT_AFTER_SEND, RESET_AFTER_SEND,
    S408, S429, S500, S502, S503_WITH_BODY, S503_NO_BODY, S504
  }

  @StartStop private final MockWebServer server = new MockWebServer();

  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (Fault fault : Fault.values()) {
        rows.add(Arguments.of(kind, fault, replayed(kind, fault), expected(kind, fault)));
      }
    }
    return rows.stream();
  }

  /** The rule under test, written out. */
  private static boolean replayed(Kind kind, Fault fault) {
    switch (fault) {
      case CONNECT_REFUSED:
      case TIMEOUT_BEFORE_SEND:
      case S408:
      case S429:
        return true; // provably not processed: safe for every request
      default:
        return kind != Kind.POST_CREATE; // may have been processed: only what is safe to repeat
    }
  }

  private static Class<? extends OrderKitException> expected(Kind kind, Fault fault) {
    boolean create = kind == Kind.POST_CREATE;
    switch (fault) {
      case CONNECT_REFUSED:
        return ApiConnectionException.class;
      case TIMEOUT_BEFORE_SEND:
        return ApiTimeoutException.class;
      case TIMEOUT_AFTER_SEND:
        return create ? OutcomeUnknownException.class : ApiTimeoutException.class;
      case RESET_AFTER_SEND:
        return create ? OutcomeUnknownException.class : ApiConnectionException.class;
      case S408:
        return UnexpectedStatusException.class;
      case S429:
        return RateLimitException.class;
      default:
        return create ? OutcomeUnknownException.class : ServerException.class;
    }
  }

  @ParameterizedTest(name = "{0} × {1} → replayed={2}, {3}")
  @MethodSource("table")
  void theOrderRule(Kind kind, Fault fault, boolean replayed,
      Class<? extends OrderKitException> expected) throws Exception {
    ClientOptions.Builder options = ClientOptions.builder()
        .apiKey("test-key")
        .maxRetries(2)
        .initialRetryDelay(Duration.ofMillis(1))
        .maxRetryDelay(Duration.ofMillis(5))
        .readTimeout(Duration.ofMillis(300));
    switch (fault) {
      case CONNECT_REFUSED:
        options.baseUrl(closedPortUrl());
        break;
      case TIMEOUT_BEFORE_SEND:
        options.baseUrl(server.url("/").toString())
            .httpClient(new OkHttpClient.Builder().socketFactory(new TimingOutSocketFactory())
                .build());
        break;
      default:
        options.baseUrl(server.url("/").toString());
        server.setDispatcher(always(response(fault)));
    }
    try (Transport transport = Transport.builder(options.build()).module("test").build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(request(kind), RequestOptions.none()));

      assertThat(thrown).isInstanceOf(expected);
      OrderKitException error = (OrderKitException) thrown;
      int attempts = replayed ? 3 : 1;
      assertThat(error.attempts()).as("attempts").isEqualTo(attempts);
      if (fault != Fault.CONNECT_REFUSED && fault != Fault.TIMEOUT_BEFORE_SEND) {
        assertThat(server.getRequestCount()).as("requests the server received").isEqualTo(attempts);
      }
      if (error instanceof OutcomeUnknownException) {
        assertThat(error.getMessage()).contains("may have been processed", "create order");
        assertThat(error.getCause()).isNotNull();
      }
    }
  }

  private static ApiRequest<Object> request(Kind kind) {
    switch (kind) {
      case GET:
        return ApiRequest.builder("GET", "orders/1", ResponseParser.of(TREE)).build();
      case POST_SAFE:
        return ApiRequest.builder("POST", "orders", ResponseParser.of(TREE))
            .body(RequestBodyWriter.ofTree(java.util.Collections.singletonMap("page", 1)))
            .safeToRepeat(true).description("list orders").build();
      default:
        return ApiRequest.builder("POST", "orders/create", ResponseParser.of(TREE))
            .body(RequestBodyWriter.ofTree(java.util.Collections.singletonMap("code", "A")))
            .description("create order").build();
    }
  }

  private static MockResponse response(Fault fault) {
    MockResponse b = new MockResponse();
    switch (fault) {
      case TIMEOUT_AFTER_SEND:
        return b.setResponseCode(200).setBody("{}").setHeadersDelay(3, TimeUnit.SECONDS);
      case RESET_AFTER_SEND:
        return b.setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case S408:
        return b.setResponseCode(408);
      case S429:
        return b.setResponseCode(429).setBody("{\"message\":\"slow down\"}");
      case S500:
        return b.setResponseCode(500).setBody("{\"message\":\"boom\"}");
      case S502:
        return b.setResponseCode(502).setBody("<html>bad gateway</html>");
      case S503_WITH_BODY:
        return b.setResponseCode(503).setBody("{\"message\":\"unavailable\"}");
      case S503_NO_BODY:
        return b.setResponseCode(503);
      case S504:
        return b.setResponseCode(504);
      default:
        throw new IllegalArgumentException(fault.name());
    }
  }

  static Dispatcher always(MockResponse response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    };
  }

  static String closedPortUrl() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/").toString();
    closed.shutdown();
    return url;
  }

  /** Fails every connect with a connect timeout, as an unreachable host would. */
  static final class TimingOutSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          throw new SocketTimeoutException("connect timed out");
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      throw new SocketTimeoutException("connect timed out");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      throw new SocketTimeoutException("connect timed out");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      throw new SocketTimeoutException("connect timed out");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort)
        throws IOException {
      throw new SocketTimeoutException("connect timed out");
    }
  }
}
