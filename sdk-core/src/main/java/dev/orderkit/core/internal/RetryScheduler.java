package dev.orderkit.core.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Waits out async retry delays without blocking a thread per call: one daemon thread schedules
 * the next attempt, which OkHttp's dispatcher then runs.
 */
public final class RetryScheduler {
  private static final ScheduledThreadPoolExecutor EXECUTOR = create();

  private RetryScheduler() {}

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread t = new Thread(runnable, "orderkit-retry-scheduler");
      t.setDaemon(true);
      return t;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  /** Runs {@code task} after {@code delayMillis}. */
  public static ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
    return EXECUTOR.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
  }
}
