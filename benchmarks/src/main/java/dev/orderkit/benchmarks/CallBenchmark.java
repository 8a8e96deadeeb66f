package dev.orderkit.benchmarks;

import dev.orderkit.partner.model.OrderDetail;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code call_overhead} and {@code alloc_per_call}: one partner order-detail call, one thread,
 * on loopback against the same in-process server: the SDK ({@code orders().detail(id)}) against
 * the same call hand-written with OkHttp + Moshi. Average time per call; with {@code -prof gc},
 * bytes allocated per call.
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
}
