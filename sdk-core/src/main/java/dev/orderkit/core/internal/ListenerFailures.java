package dev.orderkit.core.internal;

import dev.orderkit.core.OrderKitLogger;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a client does when its call listener throws: the call goes on, and the first failure is
 * logged (to the client's logger) so that a broken listener is noticed without flooding the log.
 */
final class ListenerFailures {
  private final OrderKitLogger logger;
  private final AtomicBoolean logged = new AtomicBoolean();

  ListenerFailures(OrderKitLogger logger) {
    this.logger = logger;
  }

  void report(String event, Throwable e) {
    if (logged.compareAndSet(false, true)) {
      try {
        logger.log("OrderKit: the call listener threw " + e.getClass().getName() + " in " + event
            + "; ignored (the call goes on; later listener failures are not logged)");
      } catch (Throwable ignored) {
        // a logger that throws must not break the call either
      }
    }
  }
}
