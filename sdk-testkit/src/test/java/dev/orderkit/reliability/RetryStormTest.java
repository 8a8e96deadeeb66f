package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.testkit.FakePartnerApi;
import dev.orderkit.testkit.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: an outage is not multiplied by retries. 64 threads share one partner client with the
 * default options (two retries, backoff from 0.5 s, the standard retry quota) and read an order in
 * a loop; the fake answers 503 to everything for 10 s, then is healthy again. Once the quota is
 * drained, each call makes about one request (without the quota: three), and every call succeeds
 * within a second of recovery.
 */
class RetryStormTest {
  private static final int THREADS = 64;
  private static final long OUTAGE_MILLIS =
      Long.getLong("orderkit.reliability.outageMillis", 10_000);
  private static final long HEALTHY_MILLIS = 2_000;
  /** Each thread's pause between calls, as an app's own work would make. */
  private static final long THINK_MILLIS = 20;

  /** One call: when it started and ended, and how. */
  static final class Call {
    final long start;
    final long end;
    final boolean ok;
    final boolean quotaRefused;

    Call(long start, long end, boolean ok, boolean quotaRefused) {
      this.start = start;
      this.end = end;
      this.ok = ok;
      this.quotaRefused = quotaRefused;
    }
  }

  /** The fake's request count at a moment. */
  static final class Sample {
    final long at;
    final int requests;

    Sample(long at, int requests) {
      this.at = at;
      this.requests = requests;
    }
  }

  @Test
  void anOutageIsNotMultipliedByRetriesAndRecoveryIsImmediate() throws Exception {
    try (FakePartnerApi fake = new FakePartnerApi().start();
        PartnerClient partner = PartnerClient.builder().baseUrl(fake.baseUrl())
            .apiKey(fake.apiKey()).tenantId(fake.tenantId()).build()) {
      partner.orders().create(SampleOrders.partner("STORM-1"));
      long orderId = fake.orders().get(0).id();
      ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
      List<Sample> samples = new ArrayList<>();
      AtomicBoolean running = new AtomicBoolean(true);

      fake.faults().always(Fault.serverError(503));
      long outageStart = System.nanoTime();
      samples.add(new Sample(outageStart, fake.requests().size()));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      for (int t = 0; t < THREADS; t++) {
        pool.execute(() -> {
          while (running.get()) {
            long start = System.nanoTime();
            try {
              partner.orders().detail(orderId);
              calls.add(new Call(start, System.nanoTime(), true, false));
            } catch (OrderKitException e) {
              calls.add(new Call(start, System.nanoTime(), false,
                  String.valueOf(e.getMessage()).contains("retry quota is exhausted")));
            } catch (Throwable e) { // anything else fails the test, not just this worker
              unexpected.add(e);
            }
            try {
              Thread.sleep(THINK_MILLIS);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
      }
      long outageEnd = outageStart + TimeUnit.MILLISECONDS.toNanos(OUTAGE_MILLIS);
      while (System.nanoTime() < outageEnd) {
        Thread.sleep(100);
        samples.add(new Sample(System.nanoTime(), fake.requests().size()));
      }
      fake.faults().clear();
      long recovered = System.nanoTime();
      int requestsAtRecovery = fake.requests().size();
      Thread.sleep(HEALTHY_MILLIS);
      running.set(false);
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(unexpected).isEmpty();

      long drained = calls.stream().filter(c -> c.quotaRefused).mapToLong(c -> c.end).min()
          .orElseThrow(() -> new AssertionError("the quota was never drained"));
      Sample atDrain = samples.stream().filter(s -> s.at >= drained).findFirst()
          .orElseThrow(IllegalStateException::new);
      long callsAfterDrain = calls.stream()
          .filter(c -> c.start >= atDrain.at && c.start < recovered).count();
      int requestsAfterDrain = requestsAtRecovery - atDrain.requests;
      long callsInOutage = calls.stream().filter(c -> c.start < recovered).count();
      int requestsInOutage = requestsAtRecovery - samples.get(0).requests;
      double ratio = (double) requestsAfterDrain / callsAfterDrain;
      double wholeOutageRatio = (double) requestsInOutage / callsInOutage;

      long lastFailure = calls.stream().filter(c -> !c.ok).mapToLong(c -> c.end).max()
          .orElse(recovered);
      long failedAfterRecovery = calls.stream().filter(c -> c.start >= recovered && !c.ok)
          .count();
      long succeededAfterRecovery = calls.stream().filter(c -> c.start >= recovered && c.ok)
          .count();
      double lastFailureAfterRecovery = (lastFailure - recovered) / 1e9;

      System.out.println(String.format(Locale.ROOT,
          "RELIABILITY retry-amplification ratio=%.3f", ratio));
      System.out.println(String.format(Locale.ROOT,
          "RELIABILITY retry-storm threads=%d outage_s=%.1f drained_after_s=%.2f"
              + " calls_after_drain=%d requests_after_drain=%d whole_outage_calls=%d"
              + " whole_outage_requests=%d whole_outage_ratio=%.3f (without a quota: ~3)"
              + " last_failure_after_recovery_s=%.2f calls_after_recovery=%d failed=%d",
          THREADS, OUTAGE_MILLIS / 1e3, (drained - outageStart) / 1e9, callsAfterDrain,
          requestsAfterDrain, callsInOutage, requestsInOutage, wholeOutageRatio,
          lastFailureAfterRecovery, succeededAfterRecovery + failedAfterRecovery,
          failedAfterRecovery));

      assertThat(callsAfterDrain).as("calls after the quota drained").isGreaterThan(1_000);
      assertThat(ratio).as("requests per call once the quota is drained").isLessThanOrEqualTo(1.1);
      assertThat(failedAfterRecovery).as("calls started after recovery that failed").isZero();
      assertThat(succeededAfterRecovery).isGreaterThan(THREADS);
      assertThat(lastFailureAfterRecovery).as("seconds from recovery to the last failure")
          .isLessThanOrEqualTo(1.0);
    }
  }
}
