package dev.orderkit.benchmarks;

import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.partner.internal.Envelope;
import dev.orderkit.partner.internal.PartnerJson;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okio.Buffer;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, side by side, with JMH's gc profiler, and prints one line per
 * comparison: {@code RATIO <name> <value> (goal <= <target>)} or {@code (goal >= <target>)}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--result FILE] [--include REGEX]
 * </pre>
 *
 * {@code --quick}: one fork, 1 s iterations (about 2 minutes on 2 cores); the default full run
 * uses two forks and 2 s iterations (about 7 minutes). The 64-thread benchmark gets 10 warmup
 * iterations in both. Exits 0 whether or not goals are met:
 * the figures are the output, not a test.
 */
public final class Ratios {
  private Ratios() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    String result = "target/jmh-result.json";
    String include = ".*"; // narrowed with --include
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          quick = true;
          break;
        case "--full":
          quick = false;
          break;
        case "--result":
          result = args[++i];
          break;
        case "--include":
          include = args[++i];
          break;
        default:
          System.err.println("Unknown argument " + args[i]
              + "; usage: [--quick|--full] [--result FILE] [--include REGEX]");
          System.exit(2);
      }
    }

    checkEquivalence();

    // Two JMH runs in one process, one after the other: the single-threaded comparisons, then
    // the 64-thread one, which gets a longer warmup (64 threads on 2 cores leave the JIT little
    // CPU: with a short warmup the side with more code to compile is still partly interpreted).
    long started = System.nanoTime();
    List<RunResult> results = new ArrayList<>();
    for (boolean many : new boolean[] {false, true}) {
      ChainedOptionsBuilder options = new OptionsBuilder()
          .include(include)
          .exclude(many ? "\\.(Call|Decode)Benchmark\\." : "\\.Threads64Benchmark\\.")
          .addProfiler(GCProfiler.class)
          .jvmArgsAppend("-Xms1g", "-Xmx1g")
          .shouldFailOnError(true)
          .resultFormat(ResultFormatType.JSON)
          .result(many ? result.replace(".json", "-threads64.json") : result);
      if (quick) {
        options.forks(1)
            .warmupIterations(many ? 10 : 4).warmupTime(TimeValue.seconds(1))
            .measurementIterations(5).measurementTime(TimeValue.seconds(1));
      } else {
        options.forks(2)
            .warmupIterations(many ? 10 : 5).warmupTime(TimeValue.seconds(2))
            .measurementIterations(5).measurementTime(TimeValue.seconds(2));
      }
      try {
        results.addAll(new Runner(options.build()).run());
      } catch (NoBenchmarksException e) {
        // --include selected nothing in this group
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      byName.put(label.substring(label.lastIndexOf('.') + 1), r);
    }

    System.out.println();
    System.out.println("Benchmark                         score ± error          unit"
        + "      alloc B/op");
    List<String> names = new ArrayList<>(byName.keySet());
    names.sort(null);
    for (String name : names) {
      RunResult r = byName.get(name);
      Result<?> primary = r.getPrimaryResult();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      System.out.printf(Locale.ROOT, "%-28s %12.3f ± %-10.3f %-10s %12s%n", name,
          primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          alloc == null ? "-" : String.format(Locale.ROOT, "%.0f", alloc.getScore()));
    }
    System.out.println();
    System.out.println("(" + (quick ? "quick" : "full") + " run, " + seconds + " s of JMH)");

    ratio(byName, "call_overhead", "sdkDetail", "handDetail", false, "<=", 1.05);
    ratio(byName, "decode_vs_jackson", "sdkDecodeList", "jacksonDecodeList", false, ">=", 1.0);
    ratio(byName, "alloc_per_call", "sdkDetail", "handDetail", true, "<=", 1.2);
    ratio(byName, "threads64_throughput", "sdkDetail64", "okHttpDetail64", false, ">=", 0.95);
  }

  private static void ratio(Map<String, RunResult> results, String name, String sdk,
      String baseline, boolean alloc, String op, double goal) {
    RunResult a = results.get(sdk);
    RunResult b = results.get(baseline);
    if (a == null || b == null) {
      return; // not selected by --include
    }
    double value = alloc ? allocNorm(a) / allocNorm(b)
        : a.getPrimaryResult().getScore() / b.getPrimaryResult().getScore();
    boolean met = op.equals("<=") ? value <= goal : value >= goal;
    System.out.printf(Locale.ROOT, "RATIO %s %.3f (goal %s %s)%s%n", name, value, op,
        trim(goal), met ? "" : "  MISSED");
  }

  private static double allocNorm(RunResult r) {
    Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
    if (alloc == null) {
      throw new IllegalStateException("no gc.alloc.rate.norm: run with JMH's gc profiler");
    }
    return alloc.getScore();
  }

  private static String trim(double goal) {
    return goal == Math.rint(goal) ? String.format(Locale.ROOT, "%.1f", goal)
        : String.valueOf(goal);
  }

  /**
   * Before timing anything: both sides of each comparison decode the same values, so neither
   * skips work the other does.
   */
  static void checkEquivalence() throws IOException {
    try (Loopback loopback = new Loopback()) {
      OrderDetail sdk = loopback.sdk.orders().detail(Loopback.ORDER_ID);
      Plain.OrderDetail hand = loopback.hand.detail(Loopback.ORDER_ID);
      require(sdk.orderId() == hand.orderId, "order_id");
      require(sdk.orderCode().equals(hand.orderCode), "order_code");
      require(sdk.productLines().size() == hand.productInfo.size(), "product_info");
      require(sdk.productLines().get(1).price().equals(hand.productInfo.get(1).price), "price");
      require(sdk.priceInfo().get().grandTotal().equals(hand.priceInfo.grandTotal), "grand_total");
      require(sdk.createdAt().equals(hand.createdAt), "created_at");
      require(sdk.recipientInfo().get().postalCode().get().equals(hand.recipientInfo.postalCode),
          "postal_code");
      require(sdk.requestId().get().equals("request-id"), "request_id");
    }
    byte[] page = Payloads.listPage();
    Buffer body = new Buffer().write(page);
    OrderList sdk = Envelope.requireData(new HttpResponseFor<>(
        new ResponseMeta(200, Headers.of(), "bench", 1, body), body,
        Envelope.parser(PartnerJson.MOSHI.adapter(OrderList.class))).parse(), "order list");
    Plain.ListEnvelope jackson = DecodeBenchmark.jacksonMapper()
        .readerFor(Plain.ListEnvelope.class).readValue(page);
    require(sdk.orders().size() == Payloads.PAGE_SIZE, "100 orders (SDK)");
    require(jackson.data.orders.size() == Payloads.PAGE_SIZE, "100 orders (Jackson)");
    for (int i = 0; i < Payloads.PAGE_SIZE; i++) {
      OrderSummary s = sdk.orders().get(i);
      Plain.OrderSummary j = jackson.data.orders.get(i);
      require(s.orderHeaderId() == j.orderHeaderId, "order_header_id " + i);
      require(s.orderCode().equals(j.orderCode), "order_code " + i);
      require(s.internalStatus().value().equals(j.internalStatus), "internal_status " + i);
      require(s.trackingNumber().orElse(null) == null ? j.trackingNumber == null
          : s.trackingNumber().get().equals(j.trackingNumber), "tracking_number " + i);
      require(s.createdAt().toInstant().equals(j.createdAt.toInstant()), "created_at " + i);
      require(s.isFake() == j.isFake, "is_fake " + i);
    }
    System.out.println("Equivalence check passed: SDK and baselines decode the same values.");
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("SDK and baseline disagree on " + what);
    }
  }
}
