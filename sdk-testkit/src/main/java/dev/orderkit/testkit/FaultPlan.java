package dev.orderkit.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The faults a fake will inject: queued ones hit the next requests in order, one each; an
 * "always" fault hits every request after the queue is empty. {@link #onPath(String)} plans
 * faults for one endpoint only (e.g. {@code fake.faults().onPath("set-process").next(2,
 * Fault.serverError(503))}); they take precedence over the plan for every request. Thread-safe.
 */
public final class FaultPlan {
  private final Deque<Fault> queued = new ArrayDeque<>();
  private @Nullable Fault always;
  /** The plans for one endpoint each, by path; null in such a plan itself. */
  private final @Nullable Map<String, FaultPlan> byPath;

  FaultPlan() {
    this.byPath = new LinkedHashMap<>();
  }

  private FaultPlan(boolean targeted) {
    this.byPath = null;
  }

  /**
   * The faults for requests to one endpoint: {@code path} is the whole path
   * ({@code /api/orders}) or its last segments ({@code set-process},
   * {@code fulfillment/set-process}). Asking again for the same path returns the same plan.
   *
   * @throws IllegalStateException when called on such a plan rather than on the fake's
   */
  public synchronized FaultPlan onPath(String path) {
    if (byPath == null) {
      throw new IllegalStateException("target an endpoint from the fake's faults(), not from "
          + "another endpoint's plan");
    }
    String key = trimSlashes(path);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("path must name an endpoint, not be empty");
    }
    FaultPlan plan = byPath.get(key);
    if (plan == null) {
      plan = new FaultPlan(true);
      byPath.put(key, plan);
    }
    return plan;
  }

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

  /** Removes every planned fault, those for one endpoint included. */
  public synchronized void clear() {
    queued.clear();
    always = null;
    if (byPath != null) {
      for (FaultPlan plan : byPath.values()) {
        plan.clear();
      }
      byPath.clear();
    }
  }

  /** The fault for a request to {@code path} arriving now, or null. */
  synchronized @Nullable Fault take(String path) {
    if (byPath != null) {
      String requested = trimSlashes(path);
      for (Map.Entry<String, FaultPlan> e : byPath.entrySet()) {
        String key = e.getKey();
        if (requested.equals(key) || requested.endsWith("/" + key)) {
          Fault targeted = e.getValue().take(path);
          if (targeted != null) {
            return targeted;
          }
        }
      }
    }
    Fault next = queued.poll();
    return next != null ? next : always;
  }

  private static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
