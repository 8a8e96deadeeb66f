package dev.orderkit.benchmarks;

import dev.orderkit.partner.model.OrderDetail;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One partner order-detail call, one thread, on loopback against the same in-process server:
 * the SDK ({@code orders().detail(id)}) against the same call hand-written with OkHttp + Moshi.
 * {@code alloc_per_call}: {@link #sdkDetail} and {@link #handDetail}, each in its own fork, with
 * {@code -prof gc} (bytes allocated per call; their average times are printed for reference).
 * {@code call_overhead}: {@link #pairedDetail}, both calls timed side by side in one fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class CallBenchmark {
  private Loopback loopback;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    loopback = new Loopback();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    loopback.close();
  }

  /** The SDK: {@code partner.orders().detail(5)}. */
  @Benchmark
  public OrderDetail sdkDetail() {
    return loopback.sdk.orders().detail(Loopback.ORDER_ID);
  }

  /** The baseline: OkHttp + Moshi reflection over plain classes. */
  @Benchmark
  public Plain.OrderDetail handDetail() throws IOException {
    return loopback.hand.detail(Loopback.ORDER_ID);
  }

  /**
   * {@code call_overhead}: one SDK call and one hand-written call per invocation, each timed on
   * its own, in alternating order, on one thread. Summed over an iteration they give the two
   * average times measured at the same moments of the same JVM: on this small virtual machine
   * the latency of either call alone drifted by ±15% from fork to fork, more than the difference
   * to be measured.
   */
  @Benchmark
  public void pairedDetail(PairTimes times) throws IOException {
    boolean sdkFirst = (times.pairs & 1) == 0;
    long start = System.nanoTime();
    if (sdkFirst) {
      sdkDetail();
    } else {
      handDetail();
    }
    long middle = System.nanoTime();
    if (sdkFirst) {
      handDetail();
    } else {
      sdkDetail();
    }
    long end = System.nanoTime();
    times.sdkNanos += sdkFirst ? middle - start : end - middle;
    times.handNanos += sdkFirst ? end - middle : middle - start;
    times.pairs++;
  }

  /** The time each side of {@link #pairedDetail} took, summed over one iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class PairTimes {
    /** Nanoseconds in SDK calls. */
    public long sdkNanos;
    /** Nanoseconds in hand-written calls. */
    public long handNanos;
    /** Pairs of calls made. */
    public long pairs;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      sdkNanos = 0;
      handNanos = 0;
      pairs = 0;
    }
  }
}
