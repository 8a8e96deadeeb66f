package dev.orderkit.examples.observability;

import dev.orderkit.core.events.AttemptEnded;
import dev.orderkit.core.events.CallEnded;
import dev.orderkit.core.events.CallListener;
import dev.orderkit.core.events.RetryScheduled;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * OrderKit's call events as Micrometer meters, the way an app would bind them (copy it; it is an
 * example, not a dependency of any OrderKit jar):
 *
 * <ul>
 *   <li>{@code orderkit.calls} (timer): every call, tagged {@code endpoint}, {@code outcome}
 *       (SUCCESS, ERROR, OUTCOME_UNKNOWN), {@code status} and {@code error};
 *   <li>{@code orderkit.attempts} (timer): every HTTP attempt, tagged {@code endpoint} and
 *       {@code status} (or the I/O failure);
 *   <li>{@code orderkit.retries} (counter): every retry, tagged {@code endpoint} and
 *       {@code reason}.
 * </ul>
 *
 * Tags have few values each (endpoint names are fixed strings, never ids), as metrics need.
 */
public final class MicrometerCallListener implements CallListener {
  private final MeterRegistry registry;

  /** Records into {@code registry}. */
  public MicrometerCallListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void attemptEnded(AttemptEnded e) {
    Timer.builder("orderkit.attempts")
        .tag("endpoint", e.call().endpoint())
        .tag("status", e.failure().orElse(Integer.toString(e.statusCode())))
        .register(registry)
        .record(e.duration());
  }

  @Override
  public void retryScheduled(RetryScheduled e) {
    Counter.builder("orderkit.retries")
        .tag("endpoint", e.call().endpoint())
        .tag("reason", e.reason().name())
        .register(registry)
        .increment();
  }

  @Override
  public void callEnded(CallEnded e) {
    Timer.builder("orderkit.calls")
        .tag("endpoint", e.call().endpoint())
        .tag("outcome", e.outcome().name())
        .tag("status", Integer.toString(e.statusCode()))
        .tag("error", e.errorType().orElse("none"))
        .register(registry)
        .record(e.duration());
  }
}
