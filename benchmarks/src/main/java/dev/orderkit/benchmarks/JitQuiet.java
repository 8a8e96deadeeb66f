package dev.orderkit.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** Waits, with the benchmark's threads idle, until the JIT has stopped compiling. */
final class JitQuiet {
  /** The JIT counts as quiet after this long without compiling. */
  private static final long QUIET_MILLIS = 1_000;
  /** Never waits longer than this. */
  private static final long MAX_MILLIS = 20_000;

  private JitQuiet() {}

  /** Returns once the total compilation time has not grown for {@value #QUIET_MILLIS} ms. */
  static void await() throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      Thread.sleep(QUIET_MILLIS * 3);
      return;
    }
    long deadline = System.currentTimeMillis() + MAX_MILLIS;
    long last = jit.getTotalCompilationTime();
    while (System.currentTimeMillis() < deadline) {
      Thread.sleep(QUIET_MILLIS);
      long now = jit.getTotalCompilationTime();
      if (now == last) {
        return;
      }
      last = now;
    }
  }
}
