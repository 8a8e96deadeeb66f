package dev.orderkit.core;

/**
 * Receives OrderKit's HTTP log lines (already redacted). The default writes to
 * {@code java.util.logging} under the name {@code dev.orderkit}; pass your own to route lines to
 * SLF4J, Logcat or anything else. No logging framework is forced on users.
 */
@FunctionalInterface
public interface OrderKitLogger {
  /** Logs one line. */
  void log(String line);

  /** The default logger: {@code java.util.logging}, logger {@code dev.orderkit}, level INFO. */
  static OrderKitLogger javaUtilLogging() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.orderkit");
    return new OrderKitLogger() { // a class, not a lambda: no lambda bootstrap at a cold start
      @Override
      public void log(String line) {
        logger.info(line);
      }
    };
  }
}
