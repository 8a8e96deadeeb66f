package dev.orderkit.core;

/**
 * A limit on retries shared by all calls of one client (and the clients derived from it with
 * {@code withOptions}), so that an outage is not multiplied by {@code 1 + maxRetries}: a token
 * bucket that every retry draws from and every success refills. When it is empty a call fails
 * after its attempt with the typed error, whose message says the retry quota is exhausted.
 *
 * <p>The {@linkplain #standard() standard} quota (as in the AWS SDK's standard retry mode) holds
 * 500 tokens; a retry costs 5, a retry after a timeout 10; a success gives back what its call drew,
 * or 1 when it drew nothing. So at most 100 retries happen in a row without successes, and a
 * healthy client refills it as it goes. Immutable.
 */
public final class RetryQuota {
  private static final RetryQuota STANDARD = new RetryQuota(500, 5, 10);
  private static final RetryQuota UNLIMITED = new RetryQuota(0, 0, 0);

  private final int capacity;
  private final int retryCost;
  private final int timeoutRetryCost;

  private RetryQuota(int capacity, int retryCost, int timeoutRetryCost) {
    this.capacity = capacity;
    this.retryCost = retryCost;
    this.timeoutRetryCost = timeoutRetryCost;
  }

  /** The default: 500 tokens, 5 per retry, 10 per retry after a timeout. */
  public static RetryQuota standard() {
    return STANDARD;
  }

  /** No quota: every call retries up to its {@code maxRetries}, as before there was a quota. */
  public static RetryQuota unlimited() {
    return UNLIMITED;
  }

  /**
   * A quota of {@code capacity} tokens, a retry costing {@code retryCost} and a retry after a
   * timeout {@code timeoutRetryCost}. Values out of range fail at the client's {@code build()}
   * (capacity 1 to 1,000,000; costs 1 to capacity).
   */
  public static RetryQuota of(int capacity, int retryCost, int timeoutRetryCost) {
    return new RetryQuota(capacity, retryCost, timeoutRetryCost);
  }

  /** Null if usable, else why not (checked at build). */
  @org.jspecify.annotations.Nullable String problem() {
    if (this == UNLIMITED) {
      return null;
    }
    if (capacity < 1 || capacity > 1_000_000) {
      return "capacity must be between 1 and 1000000; got " + capacity;
    }
    if (retryCost < 1 || retryCost > capacity || timeoutRetryCost < 1
        || timeoutRetryCost > capacity) {
      return "costs must be between 1 and the capacity; got " + retryCost + " and "
          + timeoutRetryCost;
    }
    return null;
  }

  /** Whether there is no quota. */
  public boolean isUnlimited() {
    return this == UNLIMITED;
  }

  /** The tokens a full bucket holds (0 when unlimited). */
  public int capacity() {
    return capacity;
  }

  /** What a retry costs. */
  public int retryCost() {
    return retryCost;
  }

  /** What a retry after a timeout costs (a timeout ties the server up longer). */
  public int timeoutRetryCost() {
    return timeoutRetryCost;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    if (!(o instanceof RetryQuota)) {
      return false;
    }
    RetryQuota q = (RetryQuota) o;
    return isUnlimited() == q.isUnlimited() && capacity == q.capacity && retryCost == q.retryCost
        && timeoutRetryCost == q.timeoutRetryCost;
  }

  @Override
  public int hashCode() {
    return (capacity * 31 + retryCost) * 31 + timeoutRetryCost;
  }

  @Override
  public String toString() {
    return isUnlimited() ? "unlimited" : "RetryQuota{capacity=" + capacity + ", retryCost="
        + retryCost + ", timeoutRetryCost=" + timeoutRetryCost + "}";
  }
}
