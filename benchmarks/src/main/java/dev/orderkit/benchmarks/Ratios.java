package dev.orderkit.benchmarks;

import dev.orderkit.core.internal.BufferedHttpResponse;
import dev.orderkit.core.internal.BufferedResponseMeta;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.partner.internal.Envelope;
import dev.orderkit.partner.internal.PartnerJson;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with JMH's gc profiler and prints one line per comparison:
 * {@code RATIO <name> <value> (goal <= <target>)} or {@code (goal >= <target>)}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--results DIR] [--include REGEX]
 * </pre>
 *
 * <p>On a small shared machine the forks of one benchmark differ more than its iterations do,
 * and more than the differences to be measured; so the latency and throughput comparisons
 * measure both sides in the same fork at the same moments: {@code call_overhead} from
 * {@link CallBenchmark#pairedDetail} (one SDK call and one hand-written call per invocation,
 * each timed), {@code threads64_throughput} from one JMH group running both sides at once
 * ({@link Threads64Benchmark}). Every benchmark runs in rounds of one fork each, the benchmarks
 * taking turns (round 2 runs them in reverse order); a figure is the mean of its rounds (± their
 * standard deviation). {@code alloc_per_call} comes from the separate {@code sdkDetail} and
 * {@code handDetail} runs (exact, with the gc profiler). {@code cold_first_call} is measured
 * outside JMH, before it, in fresh JVMs ({@link ColdFirstCall}: 10 per side, 20 in the full run);
 * {@code --include cold_first_call} runs it alone. {@code async_fanout64} ({@link AsyncFanout}) is
 * measured outside JMH too, before it: 64 async calls at once against a server answering after
 * 100 ms, the burst's time over one call's; {@code --include async_fanout64} runs it alone.
 *
 * <p>{@code --quick}: 1 s iterations, one round (two for the 64-thread group), about 2 minutes
 * on 2 cores; the default full run: 2 s iterations, three rounds, about 8 minutes. JMH's JSON
 * results go to {@code DIR} ({@code target/jmh}), one file per fork. Exits 0 whether or not
 * goals are met: the figures are the output, not a test.
 */
public final class Ratios {
  private static final String PACKAGE = "dev.orderkit.benchmarks.";
  /** The single-threaded comparisons' benchmarks. */
  private static final String[] SINGLE = {"CallBenchmark.handDetail", "CallBenchmark.sdkDetail",
      "CallBenchmark.pairedDetail", "DecodeBenchmark.jacksonDecodeList",
      "DecodeBenchmark.sdkDecodeList", "DecodeBenchmark.moshiPlainDecodeList"};
  /** The paired call benchmark: its two sides' average times come from its counters. */
  private static final String PAIRED = "CallBenchmark.pairedDetail";
  /** The 64-thread group; its methods are reported one by one. */
  private static final String MANY = "Threads64Benchmark.sideBySide64";
  private static final String[] MANY_METHODS = {"okHttpDetail64", "sdkDetail64"};

  private Ratios() {}

  /** One round's figure of one benchmark. */
  private static final class Figure {
    final double score;
    final String unit;
    /** Bytes allocated per operation, or NaN where not measured per method (the group). */
    final double alloc;

    Figure(double score, String unit, double alloc) {
      this.score = score;
      this.unit = unit;
      this.alloc = alloc;
    }
  }

  public static void main(String[] args)
      throws RunnerException, IOException, InterruptedException {
    boolean quick = false;
    String results = "target/jmh";
    String include = ".*"; // narrowed with --include
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          quick = true;
          break;
        case "--full":
          quick = false;
          break;
        case "--results":
          results = args[++i];
          break;
        case "--include":
          include = args[++i];
          break;
        default:
          System.err.println("Unknown argument " + args[i]
              + "; usage: [--quick|--full] [--results DIR] [--include REGEX]");
          System.exit(2);
      }
    }
    new File(results).mkdirs();
    Pattern selected = Pattern.compile(include);

    checkEquivalence();

    ColdFirstCall cold = null;
    if (selected.matcher(PACKAGE + "ColdStart").find()
        || selected.matcher("cold_first_call").find()) {
      cold = ColdFirstCall.run(quick ? 10 : 20);
    }
    AsyncFanout fanout = null;
    if (selected.matcher(PACKAGE + "AsyncFanout").find()
        || selected.matcher("async_fanout64").find()) {
      fanout = AsyncFanout.run();
    }

    long started = System.nanoTime();
    Map<String, List<Figure>> figures = new TreeMap<>();
    List<String> single = new ArrayList<>();
    for (String name : SINGLE) {
      if (selected.matcher(PACKAGE + name).find()) {
        single.add(name);
      }
    }
    for (int round = 1; round <= (quick ? 1 : 3); round++) {
      List<String> order = new ArrayList<>(single);
      if (round % 2 == 0) {
        Collections.reverse(order); // take turns: no side always runs first
      }
      for (String name : order) {
        RunResult run = new Runner(options(name, false, quick, results, round)).runSingle();
        if (name.equals(PAIRED)) {
          double pairs = run.getSecondaryResults().get("pairs").getScore();
          for (String side : new String[] {"sdk", "hand"}) {
            double nanos = run.getSecondaryResults().get(side + "Nanos").getScore();
            add(figures, side + "Paired", new Figure(nanos / pairs / 1000, "us/op", Double.NaN));
          }
          continue;
        }
        Result<?> primary = run.getPrimaryResult();
        add(figures, method(name), new Figure(primary.getScore(), primary.getScoreUnit(),
            allocNorm(run)));
      }
    }
    if (selected.matcher(PACKAGE + MANY).find()) {
      for (int round = 1; round <= (quick ? 2 : 3); round++) {
        RunResult run = new Runner(options(MANY, true, quick, results, round)).runSingle();
        for (String method : MANY_METHODS) {
          Result<?> side = run.getSecondaryResults().get(method);
          add(figures, method, new Figure(side.getScore(), side.getScoreUnit(), Double.NaN));
        }
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    System.out.println();
    if (!figures.isEmpty()) {
      System.out.println("Benchmark                mean score ± sd of rounds  unit       "
          + "alloc B/op  rounds");
      for (Map.Entry<String, List<Figure>> entry : figures.entrySet()) {
        List<Figure> rounds = entry.getValue();
        double alloc = mean(rounds, true);
        System.out.printf(Locale.ROOT, "%-22s %12.3f ± %-10.3f %-10s %10s  %s%n", entry.getKey(),
            mean(rounds, false), sd(rounds), rounds.get(0).unit,
            Double.isNaN(alloc) ? "-" : String.format(Locale.ROOT, "%.0f", alloc),
            scores(rounds));
      }
      System.out.println();
    }
    if (cold != null) {
      cold.print();
      System.out.println();
    }
    if (fanout != null) {
      fanout.print();
      System.out.println();
    }
    System.out.println("(" + (quick ? "quick" : "full") + " run, " + seconds + " s of JMH)");

    ratio(figures, "call_overhead", "sdkPaired", "handPaired", false, "<=", 1.02);
    ratio(figures, "decode_vs_jackson", "sdkDecodeList", "jacksonDecodeList", false, ">=", 2.0);
    ratio(figures, "alloc_per_call", "sdkDetail", "handDetail", true, "<=", 1.0);
    ratio(figures, "threads64_throughput", "sdkDetail64", "okHttpDetail64", false, ">=", 1.0);
    if (cold != null) {
      printRatio("cold_first_call", cold.ratio(), "<=", 1.0);
    }
    if (fanout != null) {
      printRatio("async_fanout64", fanout.sdkRatio, "<=", 1.5);
      System.out.printf(Locale.ROOT, "REFERENCE async_fanout64 %.3f (a hand-written client on a"
          + " default OkHttpClient: 5 calls per host at a time)%n", fanout.okHttpDefaultRatio);
    }
  }

  private static String method(String benchmark) {
    return benchmark.substring(benchmark.indexOf('.') + 1);
  }

  private static void add(Map<String, List<Figure>> figures, String name, Figure figure) {
    figures.computeIfAbsent(name, k -> new ArrayList<>()).add(figure);
  }

  /** One fork of one benchmark with the gc profiler; the 64-thread group has its own warm-up. */
  private static Options options(String name, boolean many, boolean quick, String results,
      int round) {
    TimeValue iteration = TimeValue.seconds(quick ? 1 : 2);
    return new OptionsBuilder()
        .include("^" + Pattern.quote(PACKAGE + name) + "$")
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .shouldFailOnError(true)
        .forks(1)
        // The group pre-warms in its set-up (see Threads64Benchmark), then 5 short iterations.
        .warmupIterations(many || !quick ? 5 : 4)
        .warmupTime(many ? TimeValue.seconds(1) : iteration)
        .measurementIterations(5).measurementTime(iteration)
        .resultFormat(ResultFormatType.JSON)
        .result(results + "/" + method(name) + "-" + round + ".json")
        .build();
  }

  /** The mean over rounds of the score, or of bytes allocated per operation. */
  private static double mean(List<Figure> rounds, boolean alloc) {
    double sum = 0;
    for (Figure figure : rounds) {
      sum += alloc ? figure.alloc : figure.score;
    }
    return sum / rounds.size();
  }

  /** The standard deviation of the rounds' scores (0 for a single round). */
  private static double sd(List<Figure> rounds) {
    if (rounds.size() == 1) {
      return 0;
    }
    double mean = mean(rounds, false);
    double squares = 0;
    for (Figure figure : rounds) {
      squares += (figure.score - mean) * (figure.score - mean);
    }
    return Math.sqrt(squares / (rounds.size() - 1));
  }

  private static String scores(List<Figure> rounds) {
    StringBuilder text = new StringBuilder();
    for (Figure figure : rounds) {
      text.append(text.length() == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "%.1f", figure.score));
    }
    return text.toString();
  }

  private static void ratio(Map<String, List<Figure>> figures, String name, String sdk,
      String baseline, boolean alloc, String op, double goal) {
    List<Figure> a = figures.get(sdk);
    List<Figure> b = figures.get(baseline);
    if (a == null || b == null) {
      return; // not selected by --include
    }
    printRatio(name, mean(a, alloc) / mean(b, alloc), op, goal);
  }

  private static void printRatio(String name, double value, String op, double goal) {
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
    OrderList sdk = Envelope.requireData(new BufferedHttpResponse<>(
        new BufferedResponseMeta(200, Headers.of(), "bench", 1, page), page,
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
