package dev.orderkit.cekceir.internal;

import dev.orderkit.core.spi.ErrorDecoder;
import dev.orderkit.core.errors.ErrorDetails;
import dev.orderkit.core.spi.StandardErrorDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads cekceir's error body. {@link StandardErrorDecoder} reads {@code code}, {@code message},
 * {@code traceId} and {@code errors} (verbatim, so the 422 example gives
 * {@code {"data": ["/imeis: must NOT have fewer than 1 items"]}}). On top of that, each message
 * under {@code errors.data} that starts with a JSON pointer into {@code data}
 * ({@code "/imeis: ..."}) is also listed under that pointer ({@code "/imeis"}), message
 * unchanged, so a caller can look up the failing input field directly.
 *
 * <p>{@code source} ({@code "order"} in the docs) becomes the exception's attribute
 * {@code source} ({@code e.attribute("source")}, or {@code CekceirErrors.source(e)}).
 */
public final class CekceirErrorDecoder implements ErrorDecoder {
  /** The shared instance. */
  public static final CekceirErrorDecoder INSTANCE = new CekceirErrorDecoder();

  private CekceirErrorDecoder() {}

  @Override
  public void decode(@Nullable String body, ErrorDetails.Builder details) throws IOException {
    Map<?, ?> root = StandardErrorDecoder.parseObject(body);
    if (root == null) {
      return;
    }
    StandardErrorDecoder.INSTANCE.decode(root, details);
    if (root.get("source") instanceof String) {
      details.attribute("source", (String) root.get("source"));
    }
    Object errors = root.get("errors");
    if (errors instanceof Map && ((Map<?, ?>) errors).get("data") instanceof List) {
      addPointerErrors((Map<?, ?>) errors, details);
    }
  }

  private static void addPointerErrors(Map<?, ?> errors, ErrorDetails.Builder details) {
    Map<String, List<String>> byPointer = new LinkedHashMap<>();
    for (Object item : (List<?>) errors.get("data")) {
      String pointer = item instanceof String ? pointer((String) item) : null;
      if (pointer == null) {
        continue;
      }
      List<String> messages = byPointer.get(pointer);
      if (messages == null) {
        messages = new ArrayList<>();
        Object existing = errors.get(pointer); // the API already keyed some by this name
        if (existing instanceof List) {
          for (Object e : (List<?>) existing) {
            if (e instanceof String) {
              messages.add((String) e);
            }
          }
        } else if (existing instanceof String) {
          messages.add((String) existing);
        }
        byPointer.put(pointer, messages);
      }
      messages.add((String) item);
    }
    for (Map.Entry<String, List<String>> entry : byPointer.entrySet()) {
      details.addFieldErrors(entry.getKey(), entry.getValue());
    }
  }

  /** {@code "/imeis"} for {@code "/imeis: must NOT ..."}; null when there is no pointer. */
  static @Nullable String pointer(String message) {
    if (!message.startsWith("/")) {
      return null;
    }
    int end = message.indexOf(": ");
    if (end <= 1) {
      return null;
    }
    String pointer = message.substring(0, end);
    return pointer.indexOf(' ') >= 0 ? null : pointer;
  }
}
