package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.reliability.OrderApi.Mode;
import dev.orderkit.testkit.FakeApi;
import dev.orderkit.testkit.Fault;
import dev.orderkit.testkit.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reliability: no spurious "outcome unknown" from a stale connection (issue 15). The fake closes
 * every connection right after answering, without a {@code Connection: close} header, as a server
 * or load balancer ending idle keep-alive connections does. Every order-creating call of the four
 * APIs, blocking and async, is sent 0.1 s to 2 s after a read on the same client, so the pooled
 * connection the read left is one the server has closed. The create must succeed, be received
 * once, and the fake must hold exactly one order: no {@link OutcomeUnknownException} (the server
 * never saw the create on the closed connection), no duplicate.
 *
 * <p>Cases run side by side (each with its own fake and client), so the suite takes about as long
 * as the longest pause. Prints {@code RELIABILITY stale-connections cases=<n>
 * spurious_outcome_unknown=<s> duplicates=<d>} (the per-case ledger goes to stderr).
 */
class StaleConnectionsTest {
  /** Pauses between the read and the create: from 0.1 s up to 2 s. */
  private static final long[] PAUSES_MILLIS = {100, 400, 1000, 2000};
  private static final long CASE_LIMIT_SECONDS = 20;

  /** What one case saw. */
  static final class Case {
    final OrderApi target;
    final Mode mode;
    final long pauseMillis;
    Object result;
    Throwable error;
    int held;
    int received;
    int reusedConnections;
    long millis;

    Case(OrderApi target, Mode mode, long pauseMillis) {
      this.target = target;
      this.mode = mode;
      this.pauseMillis = pauseMillis;
    }

    Case run() {
      try (FakeApi fake = target.startFake()) {
        fake.faults().always(Fault.closeAfterAnswer());
        long started = System.nanoTime();
        try {
          result = readThenCreate(fake);
        } catch (Throwable t) {
          error = t;
        }
        millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        held = target.held(fake);
        List<RecordedCall> requests = fake.requests();
        received = requests.size();
        for (RecordedCall request : requests) {
          if (request.sequenceOnConnection() != 0) {
            reusedConnections++; // the fault did not close the connection after the answer
          }
        }
      }
      return this;
    }

    /** Reads, waits {@code pauseMillis}, then creates once, all on one client. */
    private Object readThenCreate(FakeApi fake) throws Exception {
      try (OrderApi.Session client = target.open(fake, OrderApi.Settings.NONE, "REL-STALE-1")) {
        client.read(mode);
        Thread.sleep(pauseMillis);
        return client.create(mode, RequestOptions.none());
      }
    }

    String line() {
      String outcome = error == null ? "result " + result.getClass().getSimpleName()
          : error.getClass().getSimpleName()
              + (error.getCause() != null ? " (cause " + error.getCause() + ")" : "");
      return String.format("%-9s %-8s pause=%4d ms held=%d requests=%d %5d ms  %s",
          target.name(), mode, pauseMillis, held, received, millis, outcome);
    }
  }

  @Test
  void aCreateAfterTheServerClosedTheIdleConnectionIsSentOnceAndSucceeds() throws Exception {
    List<Case> cases = new ArrayList<>();
    for (OrderApi target : OrderApi.values()) {
      for (Mode mode : Mode.values()) {
        for (long pause : PAUSES_MILLIS) {
          cases.add(new Case(target, mode, pause));
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(cases.size());
    List<Future<Case>> running = new ArrayList<>();
    try {
      for (Case c : cases) {
        running.add(pool.submit(c::run));
      }
      for (Future<Case> f : running) {
        f.get(CASE_LIMIT_SECONDS, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    int spurious = 0;
    int duplicates = 0;
    for (Case c : cases) {
      System.err.println("case " + c.line());
      if (c.error instanceof OutcomeUnknownException) {
        spurious++;
        c.error.printStackTrace();
      }
      if (c.held >= 2) {
        duplicates++;
      }
    }
    System.out.println("RELIABILITY stale-connections cases=" + cases.size()
        + " spurious_outcome_unknown=" + spurious + " duplicates=" + duplicates);
    System.out.flush();

    for (Case c : cases) {
      String context = c.line();
      assertThat(c.error).as("what the create threw; %s", context).isNull();
      assertThat(c.result).as("the create's result; %s", context).isNotNull();
      assertThat(c.held).as("orders the fake holds; %s", context).isEqualTo(1);
      assertThat(c.received).as("requests received: the read and the create, once; %s",
          context).isEqualTo(2);
      assertThat(c.reusedConnections).as("requests on a connection that had answered before"
          + " (the fake closes each after one answer); %s", context).isZero();
    }
    assertThat(spurious).as("spurious OutcomeUnknownException").isZero();
    assertThat(duplicates).as("duplicates").isZero();
  }
}
