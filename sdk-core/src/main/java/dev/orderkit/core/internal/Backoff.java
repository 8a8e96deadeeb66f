package dev.orderkit.core.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: initial × 2^(n−1), capped, then scaled into [75%, 100%]. */
public final class Backoff {
  private final long initialMillis;
  private final long maxMillis;

  /** A backoff starting at {@code initial} and never above {@code max}. */
  public Backoff(Duration initial, Duration max) {
    this.initialMillis = initial.toMillis();
    this.maxMillis = max.toMillis();
  }

  /** The un-jittered delay before retry number {@code retry} (1 for the first retry). */
  public long baseMillis(int retry) {
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    long base = initialMillis << shift;
    if (base < 0 || base > maxMillis || (initialMillis != 0 && (base >> shift) != initialMillis)) {
      base = maxMillis;
    }
    return base;
  }

  /** The delay before retry number {@code retry}, jittered down by up to a quarter. */
  public long delayMillis(int retry) {
    long base = baseMillis(retry);
    double factor = 1.0 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return (long) (base * factor);
  }
}
