package dev.orderkit.benchmarks;

import dev.orderkit.partner.model.OrderDetail;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code threads64_throughput}: 64 threads sharing one SDK client and 64 threads sharing one
 * OkHttp client (the hand-written OkHttp + Moshi call), calling order detail as fast as they can
 * against the loopback server, <em>at the same time</em>, in one JMH group: JMH reports each
 * side's throughput, and the ratio is SDK ÷ OkHttp.
 *
 * <p>Why side by side rather than one after the other: on this 2-core virtual machine the
 * throughput of either side alone drifted between ~26,000 and ~45,000 calls/s within one fork
 * and from fork to fork (kernel and host noise, not the clients), so separately measured forks
 * gave ratios from 0.76 to 1.15. Run together, both sides see the same machine at every moment;
 * the CPU is saturated and shared fairly between the 128 threads, so the ratio is the inverse
 * ratio of CPU per call. (Both sides also share GC pauses; the side that allocates more, the SDK,
 * imposes some of its GC time on the other.)
 *
 * <p>Both clients start from the same OkHttp configuration, each with its own pool keeping 64
 * idle connections (the SDK gets it through {@code httpClient(..)}), as a 64-thread service
 * would configure it. With OkHttp's default of 5, both sides opened ~3,500 connections per trial
 * against a server with one thread per connection, and TCP set-up, not the clients, decided the
 * figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Threads64Benchmark {
  /** Threads per side, and the idle connections each client's pool keeps. */
  static final int THREADS = 64;
  /** Single-threaded calls per side before anything else. */
  static final int PREWARM_CALLS = 20_000;
  /** Then this long with all threads of both sides calling, to reach the contended paths. */
  static final long PREWARM_CONCURRENT_MILLIS = 3_000;

  private Loopback loopback;

  /**
   * Starts the server and clients, then pre-warms: {@value #PREWARM_CALLS} calls per side on one
   * thread, {@value #PREWARM_CONCURRENT_MILLIS} ms on all threads, then a pause until the JIT
   * has finished compiling. With 128 busy threads on 2 cores the JIT's compiler threads get
   * little CPU: without this, compilations went on until about the 20th warmup iteration.
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    loopback = Loopback.withConnections(THREADS);
    for (int i = 0; i < PREWARM_CALLS; i++) {
      sdkDetail64();
      okHttpDetail64();
    }
    ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS);
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PREWARM_CONCURRENT_MILLIS);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < 2 * THREADS; t++) {
      Callable<Object> call = t % 2 == 0 ? this::sdkDetail64 : this::okHttpDetail64;
      running.add(threads.submit(() -> {
        while (System.nanoTime() < end) {
          call.call();
        }
        return null;
      }));
    }
    for (Future<?> thread : running) {
      thread.get();
    }
    threads.shutdown();
    JitQuiet.await();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    System.out.println("(server connections accepted: " + loopback.server.accepted() + ")");
    loopback.close();
  }

  /** 64 threads on one {@code PartnerClient}. */
  @Benchmark
  @Group("sideBySide64")
  @GroupThreads(64) // = THREADS (the annotation processor needs the literal)
  public OrderDetail sdkDetail64() {
    return loopback.sdk.orders().detail(Loopback.ORDER_ID);
  }

  /** 64 threads on one {@code OkHttpClient}, decoding with Moshi as the hand-written client does. */
  @Benchmark
  @Group("sideBySide64")
  @GroupThreads(64)
  public Plain.OrderDetail okHttpDetail64() throws IOException {
    return loopback.hand.detail(Loopback.ORDER_ID);
  }
}
