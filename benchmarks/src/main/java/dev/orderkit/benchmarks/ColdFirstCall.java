package dev.orderkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code cold_first_call}: the time from building a client to its first decoded partner order
 * detail, in fresh JVMs, the SDK against the hand-written client. One {@link LoopbackServer} in
 * this JVM serves every child; each child is {@link ColdStart} on this JVM's {@code java} and
 * class path, with the JVM's default flags, as a user would start it. The children take turns
 * (sdk, hand-written, sdk, ...) after one untimed pair that warms the OS file cache (the jar, the
 * JDK's files); each side's figure is the median of its JVMs.
 */
final class ColdFirstCall {
  /** A child that has not answered in this long has hung. */
  private static final long TIMEOUT_SECONDS = 60;

  /** Each side's times in milliseconds, in launch order. */
  private final List<Double> sdkMillis = new ArrayList<>();
  private final List<Double> handMillis = new ArrayList<>();
  private long seconds;

  private ColdFirstCall() {}

  /** Starts the server, then one warm-up pair and {@code perSide} JVMs per side, alternating. */
  static ColdFirstCall run(int perSide) throws IOException, InterruptedException {
    byte[] payload = Payloads.orderDetail();
    String orderCode = new ObjectMapper().readTree(payload).path("data").path("order_code")
        .asText();
    if (orderCode.isEmpty()) {
      throw new IllegalStateException("no data.order_code in the detail payload");
    }
    System.out.println("cold_first_call: 1 untimed warm-up pair, then " + perSide
        + " fresh JVMs per side, alternating");
    ColdFirstCall cold = new ColdFirstCall();
    long started = System.nanoTime();
    try (LoopbackServer server = new LoopbackServer(payload)) {
      JitQuiet.await(); // this JVM (the server's) idle before the first child
      child("sdk", server.baseUrl(), orderCode); // warm-up pair, not counted
      child("handwritten", server.baseUrl(), orderCode);
      for (int i = 0; i < perSide; i++) {
        cold.sdkMillis.add(child("sdk", server.baseUrl(), orderCode) / 1e6);
        cold.handMillis.add(child("handwritten", server.baseUrl(), orderCode) / 1e6);
      }
    }
    cold.seconds = (System.nanoTime() - started) / 1_000_000_000L;
    return cold;
  }

  /** SDK median ÷ hand-written median. */
  double ratio() {
    return median(sdkMillis) / median(handMillis);
  }

  /** Each side's median and its times in launch order. */
  void print() {
    System.out.println("cold_first_call: ms from building the client to the first decoded "
        + "detail, fresh JVMs, in launch order (" + sdkMillis.size() + " per side, " + seconds
        + " s)");
    print("sdk", sdkMillis);
    print("hand-written", handMillis);
  }

  private static void print(String side, List<Double> millis) {
    StringBuilder times = new StringBuilder();
    for (double ms : millis) {
      times.append(String.format(Locale.ROOT, " %.1f", ms));
    }
    System.out.printf(Locale.ROOT, "  %-13s median %7.1f ms  %s%n", side, median(millis),
        times.toString().trim());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Runs one {@link ColdStart} JVM and returns the nanoseconds it printed. */
  private static long child(String side, String baseUrl, String orderCode)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), side, baseUrl, orderCode)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("ColdStart " + side + " did not finish in "
          + TIMEOUT_SECONDS + " s");
    }
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("ColdStart " + side + " exited with "
          + process.exitValue() + (out.isEmpty() ? "" : ": " + out));
    }
    String[] lines = out.split("\\R");
    return Long.parseLong(lines[lines.length - 1].trim());
  }
}
