package dev.orderkit.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * The listener sees one event per decision, in order, the same for blocking and async calls; a
 * call ends exactly once with its outcome; no event carries a secret or a body; a throwing
 * listener never breaks a call.
 */
class CallListenerTest {
  private static final String KEY = "sk_live_LISTENER_SECRET_KEY";
  private static final String BODY_MARKER = "BODY-MARKER-PERSONAL-DATA";
  private static final ApiRequest<Object> DETAIL = ApiRequest.builder("GET", "orders/{id}",
      ResponseParser.of(JsonTree.adapter())).pathParam("id", "42").build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private final Recorder recorder = new Recorder();

  /** Writes every event as one line, with the fields a dashboard would use. */
  static final class Recorder implements CallListener {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    /** Attempt and call durations, checked after the call (an assertion here would be ignored). */
    final List<Duration> durations = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void callStarted(CallStarted e) {
      events.add(e);
      lines.add("callStarted " + e.call().endpoint() + " " + e.call().method() + " "
          + e.call().pathTemplate());
    }

    @Override
    public void attemptStarted(AttemptStarted e) {
      events.add(e);
      lines.add("attemptStarted " + e.attempt());
    }

    @Override
    public void attemptEnded(AttemptEnded e) {
      events.add(e);
      lines.add("attemptEnded " + e.attempt() + " status=" + e.statusCode() + " failure="
          + e.failure().orElse("-") + " requestId=" + e.requestId().orElse("-") + " sent="
          + e.mayHaveBeenSent());
      durations.add(e.duration());
    }

    @Override
    public void retryScheduled(RetryScheduled e) {
      events.add(e);
      lines.add("retryScheduled " + e.attempt() + " " + e.reason() + " status=" + e.statusCode());
    }

    @Override
    public void callEnded(CallEnded e) {
      events.add(e);
      lines.add("callEnded " + e.outcome() + " status=" + e.statusCode() + " error="
          + e.errorType().orElse("-") + " attempts=" + e.attempts() + " requestId="
          + e.requestId().orElse("-"));
      durations.add(e.duration());
    }
  }

  private Transport transport(CallListener listener) {
    return Transport.builder(ClientOptions.builder().baseUrl(server.url("/").toString())
        .apiKey(KEY).tenantId("TENANT-SECRET-7").listener(listener)
        .initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2)).build())
        .module("shop").build();
  }

  private static MockResponse ok() {
    return new MockResponse().setBody("{\"note\":\"" + BODY_MARKER + "\"}")
        .addHeader("X-Request-Id", "req-ok");
  }

  @Test
  void aSuccessfulCallIsStartAttemptAndEnd() {
    server.enqueue(ok());
    try (Transport transport = transport(recorder)) {
      assertThat(transport.execute("shop.orders.detail", DETAIL, RequestOptions.none()))
          .isEqualTo(Map.of("note", BODY_MARKER));
    }
    assertThat(recorder.lines).containsExactly(
        "callStarted shop.orders.detail GET orders/{id}",
        "attemptStarted 1",
        "attemptEnded 1 status=200 failure=- requestId=req-ok sent=true",
        "callEnded SUCCESS status=200 error=- attempts=1 requestId=req-ok");
    CallInfo call = ((CallStarted) recorder.events.get(0)).call();
    assertThat(call.async()).isFalse();
    assertThat(recorder.durations).hasSize(2).allSatisfy(d -> assertThat(d).isPositive());
    assertThat(recorder.durations.get(1)).isGreaterThanOrEqualTo(recorder.durations.get(0));
    assertThat(recorder.events).allSatisfy(e -> assertThat(callOf(e)).isSameAs(call));
  }

  @Test
  void aRetriedCallShowsEachAttemptAndTheRetryBetween() {
    server.enqueue(new MockResponse().setResponseCode(503).addHeader("X-Request-Id", "req-503")
        .setBody("{\"message\":\"down\"}"));
    server.enqueue(ok());
    try (Transport transport = transport(recorder)) {
      transport.execute("shop.orders.detail", DETAIL, RequestOptions.none());
    }
    assertThat(recorder.lines).containsExactly(
        "callStarted shop.orders.detail GET orders/{id}",
        "attemptStarted 1",
        "attemptEnded 1 status=503 failure=- requestId=req-503 sent=true",
        "retryScheduled 1 SERVER_ERROR status=503",
        "attemptStarted 2",
        "attemptEnded 2 status=200 failure=- requestId=req-ok sent=true",
        "callEnded SUCCESS status=200 error=- attempts=2 requestId=req-ok");
    RetryScheduled retry = (RetryScheduled) recorder.events.get(3);
    assertThat(retry.delay()).isBetween(Duration.ZERO, Duration.ofMillis(2));
  }

  @Test
  void asyncCallsEmitTheSameEvents() throws Exception {
    Recorder blocking = new Recorder();
    for (Recorder r : Arrays.asList(blocking, recorder)) {
      server.enqueue(new MockResponse().setResponseCode(429).setBody("{}"));
      server.enqueue(ok());
      try (Transport transport = transport(r)) {
        if (r == blocking) {
          transport.execute("shop.orders.detail", DETAIL, RequestOptions.none());
        } else {
          transport.executeAsync("shop.orders.detail", DETAIL, RequestOptions.none())
              .get(5, TimeUnit.SECONDS);
        }
      }
    }
    awaitEnded(recorder);
    assertThat(recorder.lines).isEqualTo(blocking.lines).hasSize(7)
        .contains("retryScheduled 1 SERVER_DECLINED status=429");
    assertThat(((CallStarted) recorder.events.get(0)).call().async()).isTrue();
  }

  @Test
  void anErrorEndsTheCallWithItsTypeStatusAndTheBodysRequestId() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"message\":\"no\",\"request_id\":\"req-from-body\"}"));
    try (Transport transport = transport(recorder)) {
      assertThat(catchThrowable(() -> transport.execute("shop.orders.detail", DETAIL,
          RequestOptions.none()))).isInstanceOf(NotFoundException.class);
    }
    assertThat(recorder.lines).last()
        .isEqualTo("callEnded ERROR status=404 error=NotFoundException attempts=1"
            + " requestId=req-from-body");
  }

  @Test
  void aCreateThatMayHaveBeenProcessedEndsAsOutcomeUnknown() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"message\":\"boom\"}"));
    ApiRequest<Object> create = ApiRequest.builder("POST", "orders",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.of(Map.of("item", BODY_MARKER), JsonTree.adapter())).build();
    try (Transport transport = transport(recorder)) {
      assertThat(catchThrowable(() -> transport.execute("shop.orders.create", create,
          RequestOptions.none()))).isInstanceOf(OutcomeUnknownException.class);
    }
    assertThat(recorder.lines).containsExactly(
        "callStarted shop.orders.create POST orders",
        "attemptStarted 1",
        "attemptEnded 1 status=500 failure=- requestId=- sent=true",
        "callEnded OUTCOME_UNKNOWN status=500 error=OutcomeUnknownException attempts=1"
            + " requestId=-");
  }

  @Test
  void aConnectionRefusedIsAnAttemptNotSentThenRetried() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl("http://127.0.0.1:" + closedPort + "/").apiKey(KEY).listener(recorder)
        .maxRetries(1).initialRetryDelay(Duration.ofMillis(1)).build()).build()) {
      catchThrowable(() -> transport.execute(DETAIL, RequestOptions.none()));
    }
    assertThat(recorder.lines).containsExactly(
        "callStarted core.request GET (untyped)",
        "attemptStarted 1",
        "attemptEnded 1 status=0 failure=ConnectException requestId=- sent=false",
        "retryScheduled 1 CONNECTION_FAILURE status=0",
        "attemptStarted 2",
        "attemptEnded 2 status=0 failure=ConnectException requestId=- sent=false",
        "callEnded ERROR status=0 error=ApiConnectionException attempts=2 requestId=-");
  }

  @Test
  void aBodyThatCannotBeParsedEndsTheTypedCallAsAnError() {
    server.enqueue(new MockResponse().setBody("{\"broken\":"));
    try (Transport transport = transport(recorder)) {
      assertThat(catchThrowable(() -> transport.execute("shop.orders.detail", DETAIL,
          RequestOptions.none()))).isInstanceOf(ResponseDecodingException.class);
    }
    assertThat(recorder.lines).last().isEqualTo(
        "callEnded ERROR status=200 error=ResponseDecodingException attempts=1 requestId=-");
  }

  @Test
  void aCancelledFutureEndsTheCallOnceAndNothingFollows() throws Exception {
    server.enqueue(ok().setHeadersDelay(1, TimeUnit.SECONDS));
    try (Transport transport = transport(recorder)) {
      CompletableFuture<Object> future =
          transport.executeAsync("shop.orders.detail", DETAIL, RequestOptions.none());
      server.takeRequest(5, TimeUnit.SECONDS);
      future.cancel(true);
      awaitEnded(recorder);
      Thread.sleep(100); // the cancelled attempt's own failure must not add events
    }
    assertThat(recorder.lines).containsExactly(
        "callStarted shop.orders.detail GET orders/{id}",
        "attemptStarted 1",
        "callEnded ERROR status=0 error=OrderKitException attempts=1 requestId=-");
  }

  @Test
  void aWriteCancelledWhileWaitingToRetryA429WasNotProcessed() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).addHeader("Retry-After", "2")
        .setBody("{\"message\":\"slow down\"}"));
    ApiRequest<Object> create = ApiRequest.builder("POST", "orders",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.of(Map.of("item", "x"), JsonTree.adapter())).build();
    try (Transport transport = transport(recorder)) {
      CompletableFuture<Object> future =
          transport.executeAsync("shop.orders.create", create, RequestOptions.none());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (recorder.lines.size() < 4 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      future.cancel(true); // during the 2 s wait: the 429 said it was not processed
      awaitEnded(recorder);
    }
    assertThat(recorder.lines).containsExactly(
        "callStarted shop.orders.create POST orders",
        "attemptStarted 1",
        "attemptEnded 1 status=429 failure=- requestId=- sent=true",
        "retryScheduled 1 SERVER_DECLINED status=429",
        "callEnded ERROR status=429 error=OrderKitException attempts=1 requestId=-");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void noEventCarriesTheKeyTheTenantTheBodyOrAnUntypedPath() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"message\":\""
        + BODY_MARKER + "\",\"request_id\":\"req-1\"}"));
    server.enqueue(ok());
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"message\":\""
        + BODY_MARKER + "\"}"));
    try (Transport transport = transport(recorder)) {
      transport.execute("shop.orders.detail", DETAIL, RequestOptions.none());
      catchThrowable(() -> transport.request("GET", "customers/PERSON-ID-123").execute());
    }
    assertThat(recorder.lines).contains("callStarted shop.request GET (untyped)",
        "callEnded ERROR status=404 error=NotFoundException attempts=1 requestId=-");
    assertThat(recorder.events).hasSize(11);
    for (Object event : recorder.events) {
      assertThat(event.toString() + " " + fields(event))
          .doesNotContain(KEY, "TENANT-SECRET-7", BODY_MARKER, "PERSON-ID-123");
    }
  }

  @Test
  void failingCredentialsEndTheCallWithNoAttemptAndNoSecret() {
    try (Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl(server.url("/").toString()).listener(recorder)
        .credentials(dev.orderkit.core.Credentials.refreshing(() -> {
          throw new IllegalStateException("vault said no to " + KEY);
        })).build()).build()) {
      assertThat(catchThrowable(() -> transport.execute("shop.orders.detail", DETAIL,
          RequestOptions.none()))).isInstanceOf(dev.orderkit.core.errors.OrderKitException.class);
    }
    assertThat(recorder.lines).containsExactly(
        "callStarted shop.orders.detail GET orders/{id}",
        "callEnded ERROR status=0 error=OrderKitException attempts=0 requestId=-");
    assertThat(fields(recorder.events.get(1))).doesNotContain(KEY);
    assertThat(server.getRequestCount()).isZero();
  }

  /** Every accessor's value of an event, as text. */
  private static String fields(Object event) {
    StringBuilder text = new StringBuilder();
    for (java.lang.reflect.Method m : event.getClass().getMethods()) {
      if (m.getParameterCount() == 0 && m.getDeclaringClass() == event.getClass()) {
        try {
          text.append(m.getName()).append('=').append(m.invoke(event)).append(' ');
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return text.toString();
  }

  @Test
  void aListenerThatThrowsNeverBreaksACallAndIsLoggedOnce() throws Exception {
    CallListener throwing = new CallListener() {
      @Override
      public void callStarted(CallStarted e) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void attemptEnded(AttemptEnded e) {
        throw new NoClassDefFoundError("io/micrometer/Missing");
      }

      @Override
      public void retryScheduled(RetryScheduled e) {
        throw new StackOverflowError();
      }

      @Override
      public void callEnded(CallEnded e) {
        throw new AssertionError("listener bug");
      }
    };
    List<String> logged = Collections.synchronizedList(new ArrayList<>());
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(ok());
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(ok());
    try (Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl(server.url("/").toString()).apiKey(KEY).listener(throwing)
        .initialRetryDelay(Duration.ofMillis(1)).logger(logged::add).build()).build()) {
      assertThat(transport.execute(DETAIL, RequestOptions.none()))
          .isEqualTo(Map.of("note", BODY_MARKER));
      assertThat(transport.executeAsync(DETAIL, RequestOptions.none()).get(5, TimeUnit.SECONDS))
          .isEqualTo(Map.of("note", BODY_MARKER));
    }
    assertThat(logged).containsExactly("OrderKit: the call listener threw"
        + " java.lang.IllegalStateException in callStarted; ignored (the call goes on; later"
        + " listener failures are not logged)");
  }

  @Test
  void withoutAListenerNothingIsEmittedAndOptionsShowNone() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://api.example").build();
    assertThat(options.listener()).isNull();
    assertThat(options.toString()).contains("listener=none");
    assertThat(options.toBuilder().listener(recorder).build().toString())
        .contains("listener=custom");
  }

  private static CallInfo callOf(Object event) {
    Function<Object, CallInfo> f = e -> e instanceof CallStarted ? ((CallStarted) e).call()
        : e instanceof AttemptStarted ? ((AttemptStarted) e).call()
        : e instanceof AttemptEnded ? ((AttemptEnded) e).call()
        : e instanceof RetryScheduled ? ((RetryScheduled) e).call()
        : ((CallEnded) e).call();
    return f.apply(event);
  }

  /** Async calls end on OkHttp's thread, just after the future completes. */
  private static void awaitEnded(Recorder r) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (r.lines.stream().noneMatch(l -> l.startsWith("callEnded"))
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
