package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.RateLimitException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.internal.Backoff;
import dev.orderkit.core.internal.RetryAfter;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Backoff, Retry-After, attempt counts, interrupts and async retries and cancellation. */
class RetryBehaviourTest {
  private static final ApiRequest<Object> GET =
      ApiRequest.builder("GET", "orders/1", ResponseParser.of(JsonTree.adapter())).build();

  @StartStop private final MockWebServer server = new MockWebServer();

  private ClientOptions.Builder options() {
    return ClientOptions.builder().baseUrl(server.url("/").toString()).apiKey("k")
        .initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2));
  }

  @Test
  void backoffDoublesFromHalfASecondUpToTheCapWithJitterBelowTheBase() {
    Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));
    assertThat(backoff.baseMillis(1)).isEqualTo(500);
    assertThat(backoff.baseMillis(2)).isEqualTo(1000);
    assertThat(backoff.baseMillis(3)).isEqualTo(2000);
    assertThat(backoff.baseMillis(5)).isEqualTo(8000);
    assertThat(backoff.baseMillis(6)).isEqualTo(8000);
    assertThat(backoff.baseMillis(64)).isEqualTo(8000);
    for (int retry = 1; retry <= 8; retry++) {
      for (int i = 0; i < 200; i++) {
        long delay = backoff.delayMillis(retry);
        assertThat(delay).isBetween((long) (backoff.baseMillis(retry) * 0.75),
            backoff.baseMillis(retry));
      }
    }
  }

  @Test
  void retryAfterReadsSecondsHttpDatesAndMilliseconds() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    assertThat(RetryAfter.parse(Headers.of("Retry-After", "3"), clock))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(RetryAfter.parse(Headers.of("Retry-After", "Wed, 25 Nov 2026 10:00:07 GMT"), clock))
        .isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(Headers.of("Retry-After", "Wed, 25 Nov 2026 09:00:00 GMT"), clock))
        .isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse(Headers.of("retry-after-ms", "250"), clock))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(RetryAfter.parse(Headers.of("Retry-After", "soon"), clock)).isNull();
    assertThat(RetryAfter.parse(Headers.of(), clock)).isNull();
  }

  @Test
  void retryAfterIsHonouredAndTheAttemptCountIsOnTheResult() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).addHeader("retry-after-ms", "20"));
    server.enqueue(new MockResponse().setResponseCode(503).addHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"ok\":true}"));
    try (Transport transport = Transport.builder(options().build()).build()) {
      HttpResponseFor<Object> response = transport.executeRaw(GET, RequestOptions.none());

      assertThat(response.attempts()).isEqualTo(3);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.parse()).isEqualTo(Map.of("ok", true));
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  void aRetryAfterLongerThanTheCapIsNotWaitedFor() {
    server.enqueue(new MockResponse().setResponseCode(429).addHeader("Retry-After", "120")
        .setBody("{\"message\":\"slow down\"}"));
    try (Transport transport = Transport.builder(options()
        .maxRetryAfter(Duration.ofSeconds(30)).build()).build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(GET, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(RateLimitException.class);
      RateLimitException e = (RateLimitException) thrown;
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void theAttemptCountIsOnTheExceptionAfterTheRetriesAreSpent() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"message\":\"boom\"}"));
    }
    try (Transport transport = Transport.builder(options().maxRetries(3).build()).build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(GET, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(ServerException.class);
      assertThat(((ServerException) thrown).attempts()).isEqualTo(4);
      assertThat(thrown).hasMessageContaining("after 4 attempts");
    }
  }

  @Test
  void anInterruptStopsTheBackoffWaitAtOnce() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    ClientOptions slow = options().initialRetryDelay(Duration.ofMinutes(5))
        .maxRetryDelay(Duration.ofMinutes(5)).build();
    try (Transport transport = Transport.builder(slow).build()) {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      AtomicReference<Boolean> interruptFlag = new AtomicReference<>();
      Thread caller = new Thread(() -> {
        try {
          transport.execute(GET, RequestOptions.none());
        } catch (Throwable t) {
          thrown.set(t);
        }
        interruptFlag.set(Thread.currentThread().isInterrupted());
      });
      caller.start();
      assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
      while (caller.getState() != Thread.State.TIMED_WAITING && caller.isAlive()) {
        Thread.onSpinWait(); // wait until the caller sleeps in the backoff
      }
      caller.interrupt();
      caller.join(10_000);

      assertThat(caller.isAlive()).as("caller still waiting").isFalse();
      assertThat(thrown.get()).isExactlyInstanceOf(OrderKitException.class)
          .hasMessageContaining("Interrupted while waiting to retry")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(interruptFlag.get()).as("interrupt flag kept").isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void asyncCallsRetryWithoutBlockingAndCountAttempts() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(502));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"id\":5}"));
    try (Transport transport = Transport.builder(options().build()).build()) {
      CompletableFuture<HttpResponseFor<Object>> future =
          transport.executeRawAsync(GET, RequestOptions.none());

      HttpResponseFor<Object> response = future.get(10, TimeUnit.SECONDS);
      assertThat(response.attempts()).isEqualTo(2);
      assertThat(response.parse()).isEqualTo(Map.of("id", new java.math.BigDecimal("5")));
    }
  }

  @Test
  void asyncFailuresCompleteTheFutureWithTheTypedException() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"message\":\"no order\"}"));
    try (Transport transport = Transport.builder(options().build()).build()) {
      CompletableFuture<Object> future = transport.executeAsync(GET, RequestOptions.none());

      Throwable thrown = catchThrowable(() -> future.get(10, TimeUnit.SECONDS));
      assertThat(thrown).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(dev.orderkit.core.errors.NotFoundException.class)
          .hasMessageContaining("no order");
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    // Never answers, so the call stays in flight until cancelled. (The original 30 s headersDelay
    // blocks OkHttp 4.12 MockWebServer.shutdown(), which gives up after 5 s on a sleeping server.)
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    okhttp3.OkHttpClient shared = new okhttp3.OkHttpClient();
    try (Transport transport = Transport.builder(options().httpClient(shared).build()).build()) {
      CompletableFuture<HttpResponseFor<Object>> future =
          transport.executeRawAsync(GET, RequestOptions.none());
      assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();

      assertThat(future.cancel(true)).isTrue();

      assertThat(future).isCancelled();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (shared.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(shared.dispatcher().runningCallsCount()).as("calls still running").isZero();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void cancellingDuringTheBackoffStopsFurtherAttempts() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));
    ClientOptions slow = options().initialRetryDelay(Duration.ofMillis(300))
        .maxRetryDelay(Duration.ofMillis(300)).build();
    try (Transport transport = Transport.builder(slow).build()) {
      CompletableFuture<HttpResponseFor<Object>> future =
          transport.executeRawAsync(GET, RequestOptions.none());
      assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
      future.cancel(true);

      assertThat(server.takeRequest(1, TimeUnit.SECONDS)).as("a replay after cancel").isNull();
      assertThat(future).isCancelled();
    }
  }

  @Test
  void okHttpDoesNotSilentlyReplayACreateOn503WithRetryAfterZero() {
    server.enqueue(new MockResponse().setResponseCode(503).addHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));
    ApiRequest<Object> create = ApiRequest.builder("POST", "orders/create",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("code", "A"))).description("create order").build();
    try (Transport transport = Transport.builder(options().build()).build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(create, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(dev.orderkit.core.errors.OutcomeUnknownException.class);
      assertThat(((dev.orderkit.core.errors.OutcomeUnknownException) thrown).status()).contains(503);
      ServerException cause = (ServerException) thrown.getCause();
      assertThat(cause.headers().get("Retry-After")).as("restored for the caller").isEqualTo("0");
      assertThat(cause.headers().names()).doesNotContain("OrderKit-Hidden-Retry-After");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aLinkageErrorAfterAWriteWasSentIsAnUnknownOutcomeNotJustAnIncompatibility()
      throws Exception {
    // an app library that breaks under OrderKit after the request went out (a NoSuchMethodError
    // in the app's own interceptor stands for an Okio too old to read the answer)
    okhttp3.OkHttpClient breaking = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
      chain.proceed(chain.request()).close();
      throw new NoSuchMethodError("'okio.Buffer okio.Buffer.readSomething()'");
    }).build();
    ApiRequest<Object> create = ApiRequest.builder("POST", "orders/create",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("code", "A"))).description("create order").build();
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setBody("{}"));
    }
    try (Transport transport = Transport.builder(options().httpClient(breaking).build()).build()) {
      Throwable blocking = catchThrowable(() -> transport.execute(create, RequestOptions.none()));
      Throwable async = catchThrowable(
          () -> transport.executeAsync(create, RequestOptions.none()).join());
      Throwable read = catchThrowable(() -> transport.execute(GET, RequestOptions.none()));

      assertThat(blocking).isInstanceOf(dev.orderkit.core.errors.OutcomeUnknownException.class)
          .hasCauseInstanceOf(dev.orderkit.core.errors.IncompatibleDependencyException.class);
      // async: OkHttp turns an Error in the chain into a failed call (IOException "canceled due
      // to ...", the error suppressed in it): still an unknown outcome, never a bare Error
      assertThat(async.getCause())
          .isInstanceOf(dev.orderkit.core.errors.OutcomeUnknownException.class);
      assertThat(read).isInstanceOf(dev.orderkit.core.errors.IncompatibleDependencyException.class)
          .hasMessageContaining("okio.Buffer.readSomething");
      assertThat(server.getRequestCount()).isEqualTo(3); // nothing replayed
    }
  }

  @Test
  void theCallersOwnInterceptorsSeeRetryAfterAsSent() {
    server.enqueue(new MockResponse().setResponseCode(503).addHeader("Retry-After", "0"));
    java.util.List<String> seen = new java.util.ArrayList<>();
    okhttp3.OkHttpClient own = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      seen.add(response.code() + " " + response.headers().names());
      return response;
    }).build();
    ApiRequest<Object> create = ApiRequest.builder("POST", "orders/create",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("code", "A"))).description("create order").build();
    try (Transport transport = Transport.builder(options().httpClient(own).build()).build()) {
      catchThrowable(() -> transport.execute(create, RequestOptions.none()));

      assertThat(seen).hasSize(1);
      assertThat(seen.get(0)).startsWith("503").contains("Retry-After")
          .doesNotContain("OrderKit-Hidden-Retry-After");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aResultStatusWithABodyIsParsedAndNeverRetried() {
    server.enqueue(new MockResponse().setResponseCode(503)
        .setBody("{\"status\":\"failed\",\"refunded_amount\":1500}"));
    ApiRequest<Object> order = ApiRequest.builder("POST", "api/order",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("code", "cek_imei"))).resultStatus(503).build();
    try (Transport transport = Transport.builder(options().build()).build()) {
      HttpResponseFor<Object> response = transport.executeRaw(order, RequestOptions.none());

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.attempts()).isEqualTo(1);
      assertThat(response.bodyText()).contains("refunded_amount");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aResultStatusWithoutABodyIsStillAnError() {
    server.enqueue(new MockResponse().setResponseCode(503));
    ApiRequest<Object> order = ApiRequest.builder("POST", "api/order",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("code", "cek_imei"))).resultStatus(503).build();
    try (Transport transport = Transport.builder(options().build()).build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(order, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(dev.orderkit.core.errors.OutcomeUnknownException.class)
          .cause().isInstanceOf(ServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
