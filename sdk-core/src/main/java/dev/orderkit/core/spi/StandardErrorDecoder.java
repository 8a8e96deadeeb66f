package dev.orderkit.core.spi;

import com.squareup.moshi.JsonReader;
import dev.orderkit.core.errors.ErrorDetails;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import dev.orderkit.core.internal.BodyText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the common error-body shapes leniently, so every module understands them:
 * <ul>
 *   <li>{@code message} with {@code errors} as a map of field to message(s) (Laravel), or as a
 *       list of messages or of objects with {@code field}/{@code message} (or {@code detail});
 *   <li>{@code error} as text ({@code {"error": "Unauthenticated."}}), or as an object with
 *       {@code code}/{@code type}, {@code message} and its own {@code errors};
 *   <li>OAuth's {@code error} with {@code error_description}: the description is the message,
 *       {@code error} the code;
 *   <li>RFC 7807 problem details: the message is {@code detail}, else {@code title}; the error
 *       code is {@code type} unless it is {@code about:blank}; {@code title}, {@code detail},
 *       {@code type}, {@code status} and {@code instance} are kept as attributes;
 *   <li>{@code code}/{@code error_code}, {@code request_id}/{@code requestId} and
 *       {@code traceId}/{@code trace_id}.
 * </ul>
 * A leading byte-order mark is skipped. A body that is not a JSON object is left to the raw body.
 * API modules may delegate to it.
 */
public final class StandardErrorDecoder implements ErrorDecoder {
  /** The shared instance. */
  public static final StandardErrorDecoder INSTANCE = new StandardErrorDecoder();

  /** The RFC 7807 problem-details members kept as attributes. */
  private static final String[] PROBLEM_MEMBERS = {"type", "title", "status", "detail", "instance"};

  private StandardErrorDecoder() {}

  @Override
  public void decode(String body, ErrorDetails.Builder details) throws IOException {
    Map<?, ?> root = parseObject(body);
    if (root != null) {
      decode(root, details);
    }
  }

  /**
   * The body as a JSON object tree, or null when it is empty or not a JSON object; a leading
   * byte-order mark is skipped.
   */
  public static @Nullable Map<?, ?> parseObject(@Nullable String body) throws IOException {
    String json = BodyText.withoutBom(body);
    if (json == null || !json.trim().startsWith("{")) {
      return null;
    }
    Object tree = JsonTree.read(JsonReader.of(new Buffer().writeUtf8(json)));
    return tree instanceof Map ? (Map<?, ?>) tree : null;
  }

  /** Reads the common fields of an already parsed error object into {@code details}. */
  public void decode(Map<?, ?> root, ErrorDetails.Builder details) {
    String message = text(root.get("message"));
    String code = firstText(root.get("error_code"), root.get("code"));
    Object errors = root.get("errors");
    Object error = root.get("error");
    if (error instanceof Map) {
      Map<?, ?> e = (Map<?, ?>) error;
      message = message != null ? message
          : firstText(e.get("message"), firstText(e.get("detail"), e.get("description")));
      code = code != null ? code : firstText(e.get("code"), e.get("type"));
      if (errors == null) {
        errors = e.get("errors");
      }
    } else if (error != null && !(error instanceof Boolean)) {
      String e = text(error); // {"error": true} (a flag beside the message) says nothing more
      String description = text(root.get("error_description"));
      if (description != null && message == null) {
        message = description; // OAuth: error is the code, error_description the text
        code = code != null ? code : e;
      } else if (message == null) {
        message = e;
      } else if (code == null) {
        code = e;
      }
    }
    if (message == null) {
      message = text(root.get("error_description"));
    }
    if (isProblem(root)) {
      message = message != null ? message : firstText(root.get("detail"), root.get("title"));
      String type = text(root.get("type"));
      if (code == null && type != null && !type.trim().isEmpty()
          && !type.trim().equals("about:blank")) {
        code = type;
      }
      for (String member : PROBLEM_MEMBERS) {
        details.attribute(member, text(root.get(member)));
      }
    }
    if (message == null) {
      message = firstListedMessage(errors);
    }
    details.message(message).errorCode(code);
    String requestId = firstText(root.get("request_id"), root.get("requestId"));
    if (requestId != null) {
      details.requestId(requestId);
    }
    details.traceId(firstText(root.get("traceId"), root.get("trace_id")));
    readFieldErrors(errors, details);
  }

  /** Whether the object reads as RFC 7807 problem details ({@code title}, {@code detail}...). */
  private static boolean isProblem(Map<?, ?> root) {
    return text(root.get("title")) != null || text(root.get("detail")) != null
        || text(root.get("instance")) != null
        || (text(root.get("type")) != null && root.get("status") != null);
  }

  /** The message of the first entry of an {@code errors} list, when that is all there is. */
  private static @Nullable String firstListedMessage(@Nullable Object errors) {
    if (errors instanceof List && !((List<?>) errors).isEmpty()) {
      Object first = ((List<?>) errors).get(0);
      return first instanceof Map ? itemMessage((Map<?, ?>) first) : text(first);
    }
    return null;
  }

  /** Adds {@code errors} (map of field to message or messages) to the details. */
  public static void readFieldErrors(@Nullable Object errors, ErrorDetails.Builder details) {
    if (errors instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) errors).entrySet()) {
        details.addFieldErrors(String.valueOf(entry.getKey()), messages(entry.getValue()));
      }
    } else if (errors instanceof List && !((List<?>) errors).isEmpty()) {
      Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
      for (Object item : (List<?>) errors) {
        String field = item instanceof Map ? itemField((Map<?, ?>) item) : "";
        String message = item instanceof Map ? itemMessage((Map<?, ?>) item) : text(item);
        if (message != null) {
          List<String> messages = byField.get(field);
          if (messages == null) {
            messages = new ArrayList<>();
            byField.put(field, messages);
          }
          messages.add(message);
        }
      }
      for (Map.Entry<String, List<String>> entry : byField.entrySet()) {
        details.addFieldErrors(entry.getKey(), entry.getValue());
      }
    }
  }

  /** The message of one error object: {@code message}, {@code detail} or {@code title}. */
  private static @Nullable String itemMessage(Map<?, ?> error) {
    return firstText(error.get("message"), firstText(error.get("detail"), error.get("title")));
  }

  /** The field of one error object ({@code field}, {@code param}, {@code source.pointer}). */
  private static String itemField(Map<?, ?> error) {
    String field = firstText(error.get("field"), error.get("param"));
    Object source = error.get("source");
    if (field == null && source instanceof Map) {
      field = firstText(((Map<?, ?>) source).get("pointer"), ((Map<?, ?>) source).get("parameter"));
    }
    return field == null ? "" : field;
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
