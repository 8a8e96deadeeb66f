package dev.orderkit.testkit;

/** Wrong launcher arguments: the message says what is wrong; the usage follows it. */
final class LauncherUsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  LauncherUsageException(String message) {
    super(message);
  }
}
