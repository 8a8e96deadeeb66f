package dev.orderkit.core.spi;

import com.squareup.moshi.JsonReader;
import dev.orderkit.core.errors.ErrorDetails;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the common error-body shapes leniently: {@code message}, {@code error} (text or an object
 * with {@code code}/{@code message}), {@code code}/{@code error_code}, {@code request_id},
 * {@code traceId}/{@code trace_id}, and {@code errors} as a map of field to message(s). A body
 * that is not a JSON object is left to the raw body. API modules may delegate to it.
 */
public final class StandardErrorDecoder implements ErrorDecoder {
  /** The shared instance. */
  public static final StandardErrorDecoder INSTANCE = new StandardErrorDecoder();

  private StandardErrorDecoder() {}

  @Override
  public void decode(String body, ErrorDetails.Builder details) throws IOException {
    Map<?, ?> root = parseObject(body);
    if (root != null) {
      decode(root, details);
    }
  }

  /** The body as a JSON object tree, or null when it is empty or not a JSON object. */
  public static @Nullable Map<?, ?> parseObject(@Nullable String body) throws IOException {
    if (body == null || !body.trim().startsWith("{")) {
      return null;
    }
    Object tree = JsonTree.read(JsonReader.of(new Buffer().writeUtf8(body)));
    return tree instanceof Map ? (Map<?, ?>) tree : null;
  }

  /** Reads the common fields of an already parsed error object into {@code details}. */
  public void decode(Map<?, ?> root, ErrorDetails.Builder details) {
    String message = text(root.get("message"));
    String code = firstText(root.get("error_code"), root.get("code"));
    Object error = root.get("error");
    if (error instanceof Map) {
      Map<?, ?> e = (Map<?, ?>) error;
      message = message != null ? message : text(e.get("message"));
      code = code != null ? code : firstText(e.get("code"), e.get("type"));
    } else if (error != null) {
      String e = text(error);
      if (message == null) {
        message = e;
      } else if (code == null) {
        code = e;
      }
    }
    details.message(message).errorCode(code);
    String requestId = firstText(root.get("request_id"), root.get("requestId"));
    if (requestId != null) {
      details.requestId(requestId);
    }
    details.traceId(firstText(root.get("traceId"), root.get("trace_id")));
    readFieldErrors(root.get("errors"), details);
  }

  /** Adds {@code errors} (map of field to message or messages) to the details. */
  public static void readFieldErrors(@Nullable Object errors, ErrorDetails.Builder details) {
    if (errors instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) errors).entrySet()) {
        details.addFieldErrors(String.valueOf(entry.getKey()), messages(entry.getValue()));
      }
    } else if (errors instanceof List && !((List<?>) errors).isEmpty()) {
      details.addFieldErrors("", messages(errors));
    }
  }

  private static List<String> messages(@Nullable Object value) {
    if (value instanceof List) {
      List<String> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        String t = text(item);
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }
    String t = text(value);
    return t == null ? Collections.<String>emptyList() : Collections.singletonList(t);
  }

  private static @Nullable String firstText(@Nullable Object a, @Nullable Object b) {
    String t = text(a);
    return t != null ? t : text(b);
  }

  private static @Nullable String text(@Nullable Object value) {
    if (value == null || value instanceof Map || value instanceof List) {
      return null;
    }
    if (value instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) value).toPlainString();
    }
    return value.toString();
  }
}
