package dev.orderkit.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request the fake partner API refuses: the HTTP status, the envelope's {@code message} and its
 * {@code errors} (field name to messages, or null). Thrown by {@link PartnerStore} and turned
 * into an error envelope by {@link FakePartnerApi}.
 */
final class PartnerRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final transient @Nullable Map<String, List<String>> errors;

  PartnerRefusal(int status, String message, @Nullable Map<String, List<String>> errors) {
    super(message, null, false, false);
    this.status = status;
    this.errors = errors;
  }

  /** 404 for an order code or id the fake does not hold. */
  static PartnerRefusal notFound(String what) {
    return new PartnerRefusal(404, "Order " + what + " not found", null);
  }

  /** 422 with one field error; the message is the field's message. */
  static PartnerRefusal invalid(String field, String message) {
    return new PartnerRefusal(422, message, Json.oneError(field, message));
  }

  /**
   * 422 with every field error, as Laravel answers a failed validation: the message is the first
   * error, with {@code (and N more error(s))} when there are more.
   */
  static PartnerRefusal invalid(Map<String, List<String>> errors) {
    int count = 0;
    String first = null;
    for (List<String> messages : errors.values()) {
      for (String message : messages) {
        if (first == null) {
          first = message;
        }
        count++;
      }
    }
    String message = first == null ? "The given data was invalid." : first;
    if (count > 1) {
      message += " (and " + (count - 1) + " more error" + (count > 2 ? "s" : "") + ")";
    }
    return new PartnerRefusal(422, message, errors);
  }

}
