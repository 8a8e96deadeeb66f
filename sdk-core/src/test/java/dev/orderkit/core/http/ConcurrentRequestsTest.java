package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How many async calls run at once: {@code maxConcurrentRequests} (default 64, not OkHttp's 5 per
 * host), the pool keeping as many idle connections, a caller's own OkHttp client keeping its
 * dispatcher's limits unless the option is set, and blocking calls never limited.
 */
class ConcurrentRequestsTest {
  private static final ApiRequest<Object> GET =
      ApiRequest.builder("GET", "orders/1", ResponseParser.of(JsonTree.adapter())).build();

  @StartStop private final MockWebServer server = new MockWebServer();
  /** Requests the server holds until released: how many arrived at once. */
  private final AtomicInteger inServer = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private volatile CountDownLatch release = new CountDownLatch(1);
  private final List<Integer> sequenceNumbers = new java.util.concurrent.CopyOnWriteArrayList<>();
  private OkHttpClient callers;

  ConcurrentRequestsTest() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        peak.accumulateAndGet(inServer.incrementAndGet(), Math::max);
        sequenceNumbers.add(request.getSequenceNumber());
        release.await(10, TimeUnit.SECONDS);
        inServer.decrementAndGet();
        return new MockResponse().setBody("{}");
      }
    });
  }

  @AfterEach
  void closeCallersClient() {
    if (callers != null) {
      callers.dispatcher().executorService().shutdown();
      callers.connectionPool().evictAll();
    }
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder().baseUrl(server.url("/").toString()).apiKey("k");
  }

  /**
   * Starts async calls on {@code transports} in turn, {@code calls} in all, waits until
   * {@code expected} are in the server (10 s at most), gives more 300 ms to arrive, then releases
   * them all: the peak. A slow machine can only make it wait longer, never pass a wrong limit.
   */
  private int peakOf(int calls, int expected, Transport... transports) throws Exception {
    peak.set(0);
    release = new CountDownLatch(1);
    List<CompletableFuture<Object>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(transports[i % transports.length].executeAsync(GET, RequestOptions.none()));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (inServer.get() < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(300); // any call beyond the limit would arrive now
    int seen = peak.get();
    release.countDown();
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
    return seen;
  }

  @Test
  void aDefaultClientRunsManyAsyncCallsAtOnceAndKeepsTheirConnections() throws Exception {
    try (Transport transport = Transport.builder(options().build()).build()) {
      assertThat(transport.options().maxConcurrentRequests()).isEqualTo(64);
      assertThat(peakOf(20, 20, transport)).isEqualTo(20); // OkHttp's default would be 5

      sequenceNumbers.clear();
      assertThat(peakOf(20, 20, transport)).isEqualTo(20);
      assertThat(sequenceNumbers).as("the second burst reuses the first one's 20 connections")
          .hasSize(20).allSatisfy(n -> assertThat(n).isPositive());
      assertThat(server.getRequestCount()).isEqualTo(40);
    }
  }

  @Test
  void theLimitIsOneOption() throws Exception {
    try (Transport transport = Transport.builder(options().maxConcurrentRequests(3).build())
        .build()) {
      assertThat(peakOf(12, 3, transport)).isEqualTo(3);
    }
  }

  @Test
  void aCallersClientKeepsItsLimitsUnlessTheOptionIsSet() throws Exception {
    callers = new OkHttpClient(); // OkHttp's defaults: 5 per host
    try (Transport theirs = Transport.builder(options().httpClient(callers).build()).build()) {
      assertThat(peakOf(12, 5, theirs)).isEqualTo(5);
    }
    try (Transport own = Transport.builder(options().httpClient(callers)
        .maxConcurrentRequests(10).build()).build()) {
      assertThat(peakOf(12, 10, own)).isEqualTo(10);
      assertThat(callers.dispatcher().getMaxRequestsPerHost()).as("the caller's dispatcher")
          .isEqualTo(5);
    }
    assertThat(callers.dispatcher().executorService().isShutdown())
        .as("closing OrderKit's clients leaves the caller's threads alone").isFalse();
  }

  @Test
  void derivedClientsShareTheLimitWhateverElseTheyChange() throws Exception {
    try (Transport transport = Transport.builder(options().maxConcurrentRequests(4).build())
        .build()) {
      Transport tenant = transport.withOptions(o -> o.tenantId("T-2"));
      Transport other = transport.withOptions(o -> o.tenantId("T-3")
          .readTimeout(Duration.ofSeconds(7)).logLevel(dev.orderkit.core.LogLevel.BASIC)
          .logger(line -> { }));
      assertThat(peakOf(12, 4, transport, tenant, other)).isEqualTo(4);
    }
  }

  @Test
  void derivedClientsOfACallersClientShareOrderKitsOwnLimit() throws Exception {
    callers = new OkHttpClient();
    try (Transport transport = Transport.builder(options().httpClient(callers)
        .maxConcurrentRequests(4).build()).build()) {
      Transport other = transport.withOptions(o -> o.tenantId("T-3")
          .logLevel(dev.orderkit.core.LogLevel.BASIC).logger(line -> { }));
      assertThat(peakOf(12, 4, transport, other)).isEqualTo(4);
    }
  }

  @Test
  void blockingCallsAreNotLimited() throws Exception {
    try (Transport transport = Transport.builder(options().maxConcurrentRequests(1).build())
        .build()) {
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Thread t = new Thread(() -> transport.execute(GET, RequestOptions.none()));
        t.start();
        threads.add(t);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (inServer.get() < 8 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(inServer.get()).isEqualTo(8);
      release.countDown();
      for (Thread t : threads) {
        t.join(10_000);
      }
    }
  }

  @Test
  void anInvalidLimitFailsAtBuildNamingTheOption() {
    assertThatThrownBy(() -> options().maxConcurrentRequests(0).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("maxConcurrentRequests")
        .hasMessageContaining("must be between 1 and 1024; got 0");
    assertThat(ClientOptions.CONNECTION_KEEP_ALIVE).isLessThan(Duration.ofSeconds(60));
  }
}
