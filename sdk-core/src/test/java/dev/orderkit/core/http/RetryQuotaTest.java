package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.RetryQuota;
import dev.orderkit.core.errors.ApiConnectionException;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The retry quota: retries draw from a bucket shared by the client's calls, successes refill it,
 * and an empty bucket makes a call fail after its attempt with the typed error saying so.
 */
class RetryQuotaTest {
  private static final ApiRequest<Object> GET =
      ApiRequest.builder("GET", "orders/1", ResponseParser.of(JsonTree.adapter())).build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private volatile int status = 503;

  private Transport transport(RetryQuota quota) {
    answerWithStatus();
    return Transport.builder(options(quota).build()).build();
  }

  /** Every request is answered with {@link #status} and a message. */
  private void answerWithStatus() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setResponseCode(status).setBody("{\"message\":\"m\"}");
      }
    });
  }

  private ClientOptions.Builder options(RetryQuota quota) {
    return ClientOptions.builder().baseUrl(server.url("/").toString()).apiKey("k")
        .maxRetries(2).retryQuota(quota)
        .initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(1));
  }

  private static ServerException failing(Transport transport) {
    Throwable thrown = catchThrowable(() -> transport.execute(GET, RequestOptions.none()));
    assertThat(thrown).isInstanceOf(ServerException.class);
    return (ServerException) thrown;
  }

  @Test
  void anEmptyQuotaStopsRetriesAndSuccessesRefillIt() {
    try (Transport transport = transport(RetryQuota.of(10, 5, 10))) {
      ServerException first = failing(transport); // draws 5 + 5: the bucket is empty
      assertThat(first.attempts()).isEqualTo(3);
      assertThat(first.getMessage()).doesNotContain("quota");

      ServerException second = failing(transport);
      assertThat(second.attempts()).isEqualTo(1);
      assertThat(second.status()).isEqualTo(503);
      assertThat(second.getMessage()).isEqualTo("HTTP 503: m (not retried: the client's retry"
          + " quota is exhausted by recent failures; it refills as calls succeed (see"
          + " RetryQuota))");
      assertThat(second.details().note()).hasValueSatisfying(n -> assertThat(n)
          .startsWith("not retried"));
      assertThat(server.getRequestCount()).isEqualTo(4);

      status = 200;
      for (int i = 0; i < 5; i++) { // each success gives back 1
        assertThat(transport.execute(GET, RequestOptions.none())).isEqualTo(Map.of("message", "m"));
      }
      status = 503;
      assertThat(failing(transport).attempts()).isEqualTo(2); // one retry's worth refilled
      assertThat(failing(transport).attempts()).isEqualTo(1);
      assertThat(server.getRequestCount()).isEqualTo(4 + 5 + 2 + 1);
    }
  }

  @Test
  void aRetriedSuccessGivesBackWhatItDrew() {
    try (Transport transport = transport(RetryQuota.of(10, 5, 10))) {
      server.setDispatcher(new Dispatcher() {
        private int calls;

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
          // each call: 503, 503, then 200 (the third attempt)
          return new MockResponse().setResponseCode(++calls % 3 == 0 ? 200 : 503).setBody("{}");
        }
      });
      for (int i = 0; i < 4; i++) { // would need 40 tokens without the refund
        assertThat(transport.executeRaw(GET, RequestOptions.none()).attempts()).isEqualTo(3);
      }
    }
  }

  @Test
  void aRetryNeverSentGivesItsTokensBack() throws Exception {
    try (Transport transport = transport(RetryQuota.of(10, 5, 10))) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse().setResponseCode(503).addHeader("Retry-After", "5")
              .setBody("{}");
        }
      });
      java.util.concurrent.CompletableFuture<Object> waiting =
          transport.executeAsync(GET, RequestOptions.none());
      server.takeRequest(5, TimeUnit.SECONDS); // answered 503: the retry (5 tokens) waits 5 s
      Thread.sleep(100);
      waiting.cancel(true);                    // ... and is never sent: its tokens come back

      answerWithStatus(); // plain 503s again, no Retry-After
      assertThat(failing(transport).attempts()).isEqualTo(3); // a full bucket: two retries
      assertThat(server.getRequestCount()).isEqualTo(1 + 3);
    }
  }

  @Test
  void unlimitedRetriesEveryCallInFull() {
    try (Transport transport = transport(RetryQuota.unlimited())) {
      for (int i = 0; i < 5; i++) {
        assertThat(failing(transport).attempts()).isEqualTo(3);
      }
      assertThat(server.getRequestCount()).isEqualTo(15);
    }
  }

  @Test
  void asyncCallsDrawFromTheSameQuota() throws Exception {
    try (Transport transport = transport(RetryQuota.of(10, 5, 10))) {
      assertThat(failing(transport).attempts()).isEqualTo(3);
      Throwable thrown = catchThrowable(() -> transport.executeAsync(GET, RequestOptions.none())
          .get(5, TimeUnit.SECONDS));
      assertThat(thrown).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(ServerException.class).hasMessageContaining("quota is exhausted");
      assertThat(server.getRequestCount()).isEqualTo(4);
    }
  }

  @Test
  void aDerivedClientSharesTheQuotaUnlessItNamesAnother() {
    try (Transport transport = transport(RetryQuota.of(10, 5, 10))) {
      Transport derived = transport.withOptions(o -> o.header("X-Derived", "1"));
      Transport own = transport.withOptions(o -> o.retryQuota(RetryQuota.of(20, 5, 10)));
      assertThat(failing(transport).attempts()).isEqualTo(3);

      assertThat(failing(derived).attempts()).isEqualTo(1);
      assertThat(failing(own).attempts()).isEqualTo(3);
    }
  }

  @Test
  void aConnectionFailureNotRetriedForTheQuotaSaysSo() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl("http://127.0.0.1:" + closedPort + "/").apiKey("k").maxRetries(2)
        .retryQuota(RetryQuota.of(5, 5, 5)).initialRetryDelay(Duration.ofMillis(1)).build())
        .build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(GET, RequestOptions.none()));
      assertThat(thrown).isInstanceOf(ApiConnectionException.class)
          .hasMessageContaining("before the request was sent")
          .hasMessageEndingWith("(not retried: the client's retry quota is exhausted by recent"
              + " failures; it refills as calls succeed (see RetryQuota))");
      assertThat(((ApiConnectionException) thrown).attempts()).isEqualTo(2);
    }
  }

  @Test
  void anInvalidQuotaFailsAtBuildNamingTheOption() {
    assertThatThrownBy(() -> options(RetryQuota.of(0, 1, 1)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("retryQuota")
        .hasMessageContaining("capacity must be between 1 and 1000000; got 0");
    assertThatThrownBy(() -> options(RetryQuota.of(10, 11, 1)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("retryQuota");
    assertThatThrownBy(() -> options(null).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("retryQuota")
        .hasMessageContaining("RetryQuota.unlimited()");
    assertThat(RetryQuota.standard()).isEqualTo(RetryQuota.of(500, 5, 10));
    assertThat(RetryQuota.unlimited()).isNotEqualTo(RetryQuota.of(0, 0, 0));
    assertThat(RetryQuota.unlimited().toString()).isEqualTo("unlimited");
  }
}
