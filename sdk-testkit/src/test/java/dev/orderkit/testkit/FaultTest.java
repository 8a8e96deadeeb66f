package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault does what its name says, seen by a plain HTTP client (no SDK retries in between).
 * {@link Fault#closeAfterAnswer()} too: the answer is whole and says nothing of a close, and the
 * next request on the pooled connection finds it closed, as after a server's keep-alive timeout.
 */
class FaultTest {
  private final FakeCekatApi fake = new FakeCekatApi().start();
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
      .readTimeout(2, TimeUnit.SECONDS).build();

  @AfterEach
  void close() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Request listOrders() {
    return new Request.Builder().url(fake.baseUrl() + "api/orders?limit=1&page=1")
        .header("Authorization", "Bearer " + fake.apiKey()).build();
  }

  private Response get() throws IOException {
    return http.newCall(listOrders()).execute();
  }

  @Test
  void latencyDelaysTheAnswer() throws IOException {
    fake.faults().next(Fault.latency(Duration.ofMillis(300)));
    long start = System.nanoTime();
    try (Response response = get()) {
      assertThat(response.code()).isEqualTo(200);
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .as("the answer waited for the injected latency").isGreaterThanOrEqualTo(300);
  }

  @Test
  void rateLimitedAnswers429WithRetryAfterRoundedUp() throws IOException {
    fake.faults().next(Fault.rateLimited(Duration.ofMillis(1500)))
        .next(Fault.rateLimited(Duration.ZERO));
    try (Response first = get(); Response second = get()) {
      assertThat(first.code()).isEqualTo(429);
      assertThat(first.header("Retry-After")).isEqualTo("2");
      assertThat(second.header("Retry-After")).isEqualTo("0");
    }
    assertThat(catchThrowable(() -> Fault.rateLimited(Duration.ofSeconds(-1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serverErrorIsA5xxAndAlwaysRepeatsUntilCleared() throws IOException {
    fake.faults().always(Fault.serverError(503));
    try (Response a = get(); Response b = get()) {
      assertThat(a.code()).isEqualTo(503);
      assertThat(b.code()).isEqualTo(503);
    }
    fake.faults().clear();
    try (Response ok = get()) {
      assertThat(ok.code()).isEqualTo(200);
    }
    assertThat(catchThrowable(() -> Fault.serverError(404)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void slowAfterProcessingTimesOutTheClientAfterTheRequestWasHandled() {
    fake.faults().next(Fault.slowAfterProcessing(Duration.ofSeconds(3)));
    Throwable thrown = catchThrowable(this::get);
    assertThat(thrown).isInstanceOf(SocketTimeoutException.class);
    assertThat(fake.requests()).hasSize(1);
  }

  @Test
  void dropsCloseTheConnectionBeforeAnyAnswer() {
    fake.faults().next(Fault.dropBeforeProcessing()).next(Fault.dropAfterProcessing());
    assertThat(catchThrowable(this::get)).isInstanceOf(IOException.class);
    assertThat(catchThrowable(this::get)).isInstanceOf(IOException.class);
    assertThat(fake.requests()).hasSize(2);
  }

  @Test
  void theAnswerIsWholeThenTheIdleConnectionIsFoundClosed() throws Exception {
    fake.faults().always(Fault.closeAfterAnswer());
    try (Response first = get()) {
      assertThat(first.code()).isEqualTo(200);
      assertThat(first.header("Connection")).as("no Connection: close header").isNull();
      assertThat(first.body().string()).contains("\"data\"");
    }
    assertThat(http.connectionPool().idleConnectionCount()).as("kept for reuse").isEqualTo(1);
    Thread.sleep(100);

    Throwable thrown = catchThrowable(this::get);

    assertThat(thrown).as("the pooled connection was closed by the fake")
        .isInstanceOf(IOException.class);
    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.requests().get(0).sequenceOnConnection()).isZero();
  }

  @Test
  void theRequestIsProcessedAndEachConnectionCarriesOneAnswer() throws Exception {
    fake.faults().always(Fault.closeAfterAnswer());
    OkHttpClient replaying = http.newBuilder().retryOnConnectionFailure(true).build();
    for (int i = 0; i < 3; i++) {
      try (Response r = replaying.newCall(listOrders()).execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
      Thread.sleep(50);
    }
    assertThat(fake.requests()).hasSize(3)
        .allSatisfy(r -> assertThat(r.sequenceOnConnection()).as("a fresh connection").isZero());
    assertThat(Fault.closeAfterAnswer().processesRequest()).isTrue();
    assertThat(Fault.closeAfterAnswer()).hasToString("Fault{close after answer}");
  }
}
