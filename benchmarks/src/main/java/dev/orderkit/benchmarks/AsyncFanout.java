package dev.orderkit.benchmarks;

import dev.orderkit.partner.PartnerClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import okhttp3.OkHttpClient;

/**
 * {@code async_fanout64}: 64 async order-detail calls started at once against a loopback server
 * that answers each after {@value #DELAY_MILLIS} ms, the time until all are done divided by the
 * time of one such call. Measured outside JMH (its unit is a burst, not an operation): per side one
 * untimed warm-up burst, then the median of {@value #BURSTS} bursts and of as many single calls.
 * The SDK runs with its defaults ({@code PartnerClient.builder()}); beside it, for reference, a
 * hand-written client on a default {@code new OkHttpClient()}, whose dispatcher runs 5 calls per
 * host at a time.
 */
final class AsyncFanout {
  static final int CALLS = 64;
  static final long DELAY_MILLIS = 100;
  static final int BURSTS = 5;

  final double sdkRatio;
  final double okHttpDefaultRatio;
  private final String detail;

  private AsyncFanout(double sdkRatio, double okHttpDefaultRatio, String detail) {
    this.sdkRatio = sdkRatio;
    this.okHttpDefaultRatio = okHttpDefaultRatio;
    this.detail = detail;
  }

  static AsyncFanout run() throws IOException, InterruptedException {
    try (LoopbackServer server = new LoopbackServer(Payloads.orderDetail(), DELAY_MILLIS)) {
      double[] sdk;
      try (PartnerClient partner = PartnerClient.builder().baseUrl(server.baseUrl())
          .apiKey(Loopback.API_KEY).tenantId(Loopback.TENANT).build()) {
        sdk = measure(id -> partner.async().orders().detail(id));
      }
      OkHttpClient okHttp = new OkHttpClient();
      double[] hand;
      try {
        HandWrittenClient client = new HandWrittenClient(okHttp, server.baseUrl(),
            Loopback.API_KEY, Loopback.TENANT);
        hand = measure(client::detailAsync);
      } finally {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
      }
      String detail = String.format(Locale.ROOT, "async_fanout64: %d calls, server delay %d ms;"
              + " SDK one call %.0f ms, burst %.0f ms; hand-written on default OkHttp one call"
              + " %.0f ms, burst %.0f ms (medians of %d)", CALLS, DELAY_MILLIS, sdk[0], sdk[1],
          hand[0], hand[1], BURSTS);
      return new AsyncFanout(sdk[1] / sdk[0], hand[1] / hand[0], detail);
    }
  }

  /** The median single call and the median burst, in milliseconds. */
  private static double[] measure(LongFunction<CompletableFuture<?>> call)
      throws InterruptedException {
    burst(call); // warm-up: classes, connections
    List<Double> singles = new ArrayList<>();
    List<Double> bursts = new ArrayList<>();
    for (int i = 0; i < BURSTS; i++) {
      long start = System.nanoTime();
      join(call.apply(Loopback.ORDER_ID));
      singles.add((System.nanoTime() - start) / 1e6);
      bursts.add(burst(call));
    }
    return new double[] {median(singles), median(bursts)};
  }

  private static double burst(LongFunction<CompletableFuture<?>> call) {
    long start = System.nanoTime();
    List<CompletableFuture<?>> futures = new ArrayList<>(CALLS);
    for (int i = 0; i < CALLS; i++) {
      futures.add(call.apply(Loopback.ORDER_ID));
    }
    join(CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])));
    return (System.nanoTime() - start) / 1e6;
  }

  private static void join(CompletableFuture<?> future) {
    try {
      future.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("async_fanout64: a call failed", e);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  void print() {
    System.out.println(detail);
  }
}
