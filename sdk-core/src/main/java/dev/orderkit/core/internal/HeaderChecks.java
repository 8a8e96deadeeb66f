package dev.orderkit.core.internal;

import dev.orderkit.core.errors.OrderKitException;
import org.jspecify.annotations.Nullable;

/**
 * Checks header names and values before OkHttp does, so a bad one fails with OrderKit's own
 * message, which names the option and never shows the value (it may be a secret).
 */
public final class HeaderChecks {
  private HeaderChecks() {}

  /** Whether {@code name} is a valid header name (an HTTP token). */
  public static boolean isValidName(@Nullable String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code value} is a valid header value: printable ASCII and tabs only. */
  public static boolean isValidValue(@Nullable String value) {
    if (value == null) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code token} if it can be sent in a header; fails without showing it otherwise. */
  public static @Nullable String checkedToken(@Nullable String token) {
    if (token != null && !isValidValue(token)) {
      throw new OrderKitException("The token has characters a header cannot carry "
          + "(only printable ASCII is allowed)");
    }
    return token;
  }
}
