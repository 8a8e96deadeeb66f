package dev.orderkit.core;

import java.io.InputStream;
import java.util.Properties;

/** The version of the OrderKit SDK, as sent in the {@code User-Agent} header. */
public final class OrderKitVersion {
  /** The SDK version, e.g. {@code 0.1.0}; {@code unknown} if the jar lost its metadata. */
  public static final String VERSION = load();

  private OrderKitVersion() {}

  private static String load() {
    try (InputStream in = OrderKitVersion.class.getResourceAsStream("orderkit.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
