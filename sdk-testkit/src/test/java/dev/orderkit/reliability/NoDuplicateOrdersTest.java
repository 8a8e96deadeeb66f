package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.reliability.OrderApi.Mode;
import dev.orderkit.testkit.FakeApi;
import dev.orderkit.testkit.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reliability: no duplicate orders (issue 8). Every order-creating call of the four APIs, blocking
 * and async, meets every fault a network or server can throw at it, against a fresh testkit fake.
 * Whatever happens, the fake must hold zero or one order, and the caller must have been told the
 * truth: the result (the order exists, exactly once), {@link OutcomeUnknownException} (it may
 * exist: look it up), or another typed failure only when nothing was created. Two or more orders
 * is a silent duplicate; a result with no order, or a plain failure with an order, is a silent
 * loss. The create must also never be sent again once an attempt may have been processed (a 5xx
 * of the fake processes nothing, so a replay would go unseen in its state; the request count sees
 * it).
 *
 * <p>Prints {@code RELIABILITY no-duplicate-orders cases=<n> duplicates=<d> losses=<l>} at the end
 * (one line on stdout; the per-case ledger goes to stderr).
 */
class NoDuplicateOrdersTest {
  /** A client timeout short enough to keep the suite fast, long enough for loopback. */
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
  /** How late a slow answer comes: well past {@link #SHORT_TIMEOUT}. */
  private static final Duration SLOW = Duration.ofSeconds(1);

  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger DUPLICATES = new AtomicInteger();
  private static final AtomicInteger LOSSES = new AtomicInteger();
  private static final List<String> LEDGER = Collections.synchronizedList(new ArrayList<>());

  /** What the caller was told, measured against what the fake holds. */
  enum Verdict {
    /** A result, and the fake holds the order once. */
    RESULT(true),
    /** {@link OutcomeUnknownException}, the fake holding zero or one order. */
    OUTCOME_UNKNOWN(true),
    /** Another typed failure, and nothing was created. */
    FAILED_NOTHING_CREATED(true),
    /** The fake holds two or more orders. */
    DUPLICATE(false),
    /** A result with no order, or a failure other than outcome-unknown with an order held. */
    LOSS(false),
    /** An exception outside OrderKit's hierarchy, nothing created. */
    UNTYPED(false);

    final boolean acceptable;

    Verdict(boolean acceptable) {
      this.acceptable = acceptable;
    }
  }

  /** How the client of one case is set up. */
  static final class Setup implements OrderApi.Settings {
    final String baseUrl;
    final Duration readTimeout;
    final RequestOptions options;

    Setup(String baseUrl, Duration readTimeout, RequestOptions options) {
      this.baseUrl = baseUrl;
      this.readTimeout = readTimeout;
      this.options = options;
    }

    static Setup plain() {
      return new Setup(null, null, RequestOptions.none());
    }

    /** Applies the case's settings over the fake's own client builder. */
    @Override
    public void applyTo(ClientBuilder<?> builder) {
      if (baseUrl != null) {
        builder.baseUrl(baseUrl);
      }
      if (readTimeout != null) {
        builder.readTimeout(readTimeout);
      }
    }
  }

  // ---- the faults ----

  /** A fault, planned on the fake, and the client setup that makes it bite. */
  enum FaultCase {
    DROP_AFTER_PROCESSING("connection dropped after the server processed the request", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.dropAfterProcessing());
        return Setup.plain();
      }
    },
    DROP_BEFORE_PROCESSING("connection dropped before the server processed the request", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.dropBeforeProcessing());
        return Setup.plain();
      }
    },
    TIMEOUT_AFTER_PROCESSING("read timeout 300 ms, answer held 1 s after processing", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.slowAfterProcessing(SLOW));
        return new Setup(null, SHORT_TIMEOUT, RequestOptions.none());
      }
    },
    SLOW_PAST_CALL_TIMEOUT("answer 1 s late, per-call timeout 300 ms (RequestOptions)", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.latency(SLOW));
        return new Setup(null, null, RequestOptions.builder().timeout(SHORT_TIMEOUT).build());
      }
    },
    SERVER_ERROR_503("503, empty body", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.serverError(503));
        return Setup.plain();
      }
    },
    SERVER_ERROR_500("500, empty body", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.serverError(500));
        return Setup.plain();
      }
    },
    SERVER_ERROR_502("502, empty body", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.serverError(502));
        return Setup.plain();
      }
    },
    SERVER_ERROR_504("504, empty body", 1) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.serverError(504));
        return Setup.plain();
      }
    },
    RATE_LIMITED_RETRY_AFTER_0("429 Retry-After: 0, then answered", 2) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.rateLimited(Duration.ZERO));
        return Setup.plain();
      }
    },
    RATE_LIMITED_RETRY_AFTER_1("429 Retry-After: 1, then answered", 2) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().next(Fault.rateLimited(Duration.ofSeconds(1)));
        return Setup.plain();
      }
    },
    RATE_LIMITED_EVERY_TIME("429 Retry-After: 0 on every attempt (retries run out)", 3) {
      @Override
      Setup arm(FakeApi fake) {
        fake.faults().always(Fault.rateLimited(Duration.ZERO)); // default maxRetries 2: 3 tries
        return Setup.plain();
      }
    },
    CONNECTION_REFUSED("connection refused (client pointed at a closed port)", 0) {
      @Override
      Setup arm(FakeApi fake) {
        return new Setup("http://127.0.0.1:" + closedPort() + "/", null, RequestOptions.none());
      }
    };

    final String description;
    /**
     * The most requests the fake may receive: the declined ones (429) plus one. Any more means
     * the create was replayed after an attempt that may have been processed.
     */
    final int maxRequests;

    FaultCase(String description, int maxRequests) {
      this.description = description;
      this.maxRequests = maxRequests;
    }

    /** Plans the fault on {@code fake} and says how to set the client up. */
    abstract Setup arm(FakeApi fake);

    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    for (OrderApi target : OrderApi.values()) {
      for (FaultCase fault : FaultCase.values()) {
        for (Mode mode : Mode.values()) {
          rows.add(Arguments.of(target, fault, mode));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "[{index}] {0} × {1} ({2})")
  @MethodSource("table")
  void anOrderIsNeverDuplicatedNorSilentlyLost(OrderApi target, FaultCase fault, Mode mode) {
    try (FakeApi fake = target.startFake()) {
      Setup setup = fault.arm(fake);

      Object result = null;
      Throwable error = null;
      long started = System.nanoTime();
      try {
        result = create(target, fake, setup, mode);
      } catch (Throwable t) {
        error = t;
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

      int held = target.held(fake);
      int received = fake.requests().size();
      Verdict verdict = judge(result, error, held);

      CASES.incrementAndGet();
      if (verdict == Verdict.DUPLICATE) {
        DUPLICATES.incrementAndGet();
      } else if (verdict == Verdict.LOSS) {
        LOSSES.incrementAndGet();
      }
      String outcome = error == null ? "result " + result.getClass().getSimpleName()
          : error.getClass().getSimpleName() + describeCause(error);
      String line = String.format("%-9s %-27s %-8s -> %-22s held=%d requests=%d %5d ms  %s",
          target.name(), fault.name(), mode, verdict, held, received, millis, outcome);
      LEDGER.add(line);
      System.err.println("case " + line);

      String context = target + " × " + fault + " (" + mode + "): caller got " + outcome
          + ", fake holds " + held + ", received " + received + " request(s)";
      if (error != null && !verdict.acceptable) {
        // keep the stack: it is the evidence
        System.err.println("  " + context);
        error.printStackTrace();
      }
      assertThat(held).as("orders held; %s", context).isBetween(0, 1);
      assertThat(verdict).as("verdict; %s", context).matches(v -> v.acceptable,
          "result with the order held once, OutcomeUnknownException, "
              + "or a typed failure with nothing created");
      assertThat(received).as("requests received (a create is never replayed once it may have "
          + "been processed); %s", context).isLessThanOrEqualTo(fault.maxRequests);
    }
  }

  /** Judges what the caller was told against what the fake holds. */
  static Verdict judge(Object result, Throwable error, int held) {
    if (held >= 2) {
      return Verdict.DUPLICATE;
    }
    if (error == null) {
      return held == 1 ? Verdict.RESULT : Verdict.LOSS;
    }
    if (error instanceof OutcomeUnknownException) {
      return Verdict.OUTCOME_UNKNOWN;
    }
    if (held == 1) {
      return Verdict.LOSS; // told "failed" (not "unknown") while the order exists
    }
    return error instanceof OrderKitException ? Verdict.FAILED_NOTHING_CREATED : Verdict.UNTYPED;
  }

  @AfterAll
  static void report() {
    synchronized (LEDGER) {
      for (String line : LEDGER) {
        System.err.println("ledger " + line);
      }
    }
    System.out.println("RELIABILITY no-duplicate-orders cases=" + CASES.get()
        + " duplicates=" + DUPLICATES.get() + " losses=" + LOSSES.get());
    System.out.flush();
    assertThat(DUPLICATES.get()).as("silent duplicates").isZero();
    assertThat(LOSSES.get()).as("silent losses").isZero();
  }

  // ---- helpers ----

  /** Makes the call once with a client set up for the case; the result, or what it threw. */
  static Object create(OrderApi target, FakeApi fake, Setup setup, Mode mode) throws Exception {
    try (OrderApi.Session client = target.open(fake, setup, "REL-DUP-1")) {
      return client.create(mode, setup.options);
    }
  }

  /** A loopback port nothing listens on: bound, then released. */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describeCause(Throwable error) {
    Throwable cause = error.getCause();
    return cause == null || cause == error ? "" : " (cause " + cause.getClass().getSimpleName()
        + ")";
  }
}
