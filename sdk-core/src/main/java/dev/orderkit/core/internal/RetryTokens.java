package dev.orderkit.core.internal;

import dev.orderkit.core.RetryQuota;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The token bucket of a {@link RetryQuota}, shared by every call of a client: a retry draws from
 * it, a success gives back what its call drew (or 1). Lock-free; a full bucket is only read, so
 * healthy traffic writes nothing shared.
 */
public final class RetryTokens {
  /** The note added to the error of a call the quota kept from retrying. */
  static final String EXHAUSTED = "not retried: the client's retry quota is exhausted by recent"
      + " failures; it refills as calls succeed (see RetryQuota)";

  private final RetryQuota quota;
  private final AtomicInteger tokens;

  /** A full bucket for {@code quota}. */
  public RetryTokens(RetryQuota quota) {
    this.quota = quota;
    this.tokens = new AtomicInteger(quota.capacity());
  }

  /** The quota this bucket follows. */
  public RetryQuota quota() {
    return quota;
  }

  /** What a retry costs: more after a timeout, which held the server longer. */
  int cost(boolean afterTimeout) {
    return afterTimeout ? quota.timeoutRetryCost() : quota.retryCost();
  }

  /** Takes {@code cost} tokens if there are that many; false (taking none) if not. */
  boolean tryAcquire(int cost) {
    if (quota.isUnlimited()) {
      return true;
    }
    while (true) {
      int available = tokens.get();
      if (available < cost) {
        return false;
      }
      if (tokens.compareAndSet(available, available - cost)) {
        return true;
      }
    }
  }

  /** Gives back {@code amount} tokens, never above the capacity. */
  void release(int amount) {
    if (quota.isUnlimited()) {
      return;
    }
    while (true) {
      int available = tokens.get();
      if (available >= quota.capacity()) {
        return; // full: nothing written, so successful calls do not contend here
      }
      if (tokens.compareAndSet(available, Math.min(quota.capacity(), available + amount))) {
        return;
      }
    }
  }

}
