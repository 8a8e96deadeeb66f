package dev.orderkit.testkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A failure a fake injects into one request, so a system under test can prove its resilience:
 * latency, 429 with {@code Retry-After}, a 5xx, a connection dropped before or after the fake
 * processed the request (the order then exists, but the client never hears so), or closed right
 * after the answer (a keep-alive connection the server ends).
 */
public final class Fault {
  private final String name;
  private final boolean processes;
  private final long delayMillis;
  private final int status;
  private final @Nullable String retryAfter;
  private final boolean drop;
  private final boolean closeAfterAnswer;

  private Fault(String name, boolean processes, long delayMillis, int status,
      @Nullable String retryAfter, boolean drop) {
    this(name, processes, delayMillis, status, retryAfter, drop, false);
  }

  private Fault(String name, boolean processes, long delayMillis, int status,
      @Nullable String retryAfter, boolean drop, boolean closeAfterAnswer) {
    this.name = name;
    this.processes = processes;
    this.delayMillis = delayMillis;
    this.status = status;
    this.retryAfter = retryAfter;
    this.drop = drop;
    this.closeAfterAnswer = closeAfterAnswer;
  }

  /** Answers normally, after {@code delay} (the request is processed). */
  public static Fault latency(Duration delay) {
    return new Fault("latency " + delay, true, delay.toMillis(), 0, null, false);
  }

  /**
   * Answers 429 with {@code Retry-After} in whole seconds (rounded up, so a client never retries
   * earlier than asked) and the API's own error body ({@code Too Many Attempts.}, as Laravel's
   * throttle says); the request is not processed.
   */
  public static Fault rateLimited(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    long seconds = (retryAfter.toMillis() + 999) / 1000;
    return new Fault("429 Retry-After " + seconds, false, 0, 429, Long.toString(seconds), false);
  }

  /**
   * Answers {@code status} (500 to 599) with the API's own error body (its envelope, with a
   * message such as {@code Service Unavailable}); the request is not processed.
   */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("serverError needs a 5xx status, not " + status);
    }
    return new Fault("HTTP " + status, false, 0, status, null, false);
  }

  /** Drops the connection without processing the request (nothing is created). */
  public static Fault dropBeforeProcessing() {
    return new Fault("drop before processing", false, 0, 0, null, true);
  }

  /** Processes the request (an order is created), then drops the connection before answering. */
  public static Fault dropAfterProcessing() {
    return new Fault("drop after processing", true, 0, 0, null, true);
  }

  /**
   * Processes the request, then holds the answer for {@code delay}: longer than the client's read
   * timeout, this is a timeout after the order was created.
   */
  public static Fault slowAfterProcessing(Duration delay) {
    return new Fault("slow answer " + delay, true, delay.toMillis(), 0, null, false);
  }

  /**
   * Answers normally (the request is processed), then closes the connection, without a
   * {@code Connection: close} header: as a server or load balancer does when it ends an idle
   * keep-alive connection, the client learns of it only from the closed socket. Planned with
   * {@link FaultPlan#always(Fault)}, every connection ends after one answer, so a client's next
   * request finds its pooled connection closed.
   */
  public static Fault closeAfterAnswer() {
    return new Fault("close after answer", true, 0, 0, null, false, true);
  }

  /** Whether the fake handles the request (changes its state) before the fault takes effect. */
  public boolean processesRequest() {
    return processes;
  }

  /**
   * The response to send instead of, or around, the fake's own answer {@code normal}; an error
   * status gets {@code fake}'s error body.
   */
  MockResponse apply(@Nullable MockResponse normal, FakeApi fake) {
    if (drop) {
      // The request was read (and, for dropAfterProcessing, handled); no answer follows.
      return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }
    if (status != 0) {
      MockResponse response = fake.errorResponse(status, status == 429 ? "Too Many Attempts."
          : status == 503 ? "Service Unavailable" : "Server Error");
      if (retryAfter != null) {
        response.addHeader("Retry-After", retryAfter);
      }
      return response;
    }
    // A copy, as the fake's own answer is not this method's to change.
    MockResponse answer = normal.clone();
    if (closeAfterAnswer) {
      return answer.setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
    }
    return answer.setHeadersDelay(delayMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public String toString() {
    return "Fault{" + name + "}";
  }
}
