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
 * {@code threads64_throughput}: 64 threads sharing one client, calling order detail as fast as
 * they can against the loopback server: one SDK client against one OkHttp client used directly
 * (the hand-written OkHttp + Moshi call, and, for reference, OkHttp reading the bytes only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(64)
public class Threads64Benchmark {
  private Loopback loopback;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    loopback = new Loopback();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    System.out.println("(server connections accepted: " + loopback.server.accepted() + ")");
    loopback.close();
  }

  /** 64 threads on one {@code PartnerClient}. */
  @Benchmark
  public OrderDetail sdkDetail64() {
    return loopback.sdk.orders().detail(Loopback.ORDER_ID);
  }

  /** 64 threads on one {@code OkHttpClient}, decoding with Moshi as the hand-written client does. */
  @Benchmark
  public Plain.OrderDetail okHttpDetail64() throws IOException {
    return loopback.hand.detail(Loopback.ORDER_ID);
  }

  /** 64 threads on one {@code OkHttpClient}, reading the body's bytes only (reference). */
  @Benchmark
  public byte[] okHttpBytes64() throws IOException {
    return loopback.hand.detailBytes(Loopback.ORDER_ID);
  }
}
