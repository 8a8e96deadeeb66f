package dev.orderkit.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The faults a fake will inject: queued ones hit the next requests in order, one each; an
 * "always" fault hits every request after the queue is empty. Thread-safe.
 */
public final class FaultPlan {
  private final Deque<Fault> queued = new ArrayDeque<>();
  private @Nullable Fault always;

  FaultPlan() {}

  /** Injects {@code fault} into the next request not already given a fault. */
  public synchronized FaultPlan next(Fault fault) {
    queued.add(fault);
    return this;
  }

  /** Injects {@code fault} into the next {@code times} requests. */
  public synchronized FaultPlan next(int times, Fault fault) {
    for (int i = 0; i < times; i++) {
      queued.add(fault);
    }
    return this;
  }

  /** Injects {@code fault} into every request once the queue is empty ({@code null} to stop). */
  public synchronized FaultPlan always(@Nullable Fault fault) {
    this.always = fault;
    return this;
  }

  /** Removes every planned fault. */
  public synchronized void clear() {
    queued.clear();
    always = null;
  }

  /** The fault for the request arriving now, or null. */
  synchronized @Nullable Fault take() {
    Fault next = queued.poll();
    return next != null ? next : always;
  }
}
