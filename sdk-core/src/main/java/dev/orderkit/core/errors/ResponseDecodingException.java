package dev.orderkit.core.errors;

import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The response did not match the documented shape (malformed JSON, wrong types, missing fields,
 * a body over the size limit). Keeps the status, request id and the raw body (bounded). With a
 * 2xx status the API did process the request: a create must not be sent again.
 */
public final class ResponseDecodingException extends OrderKitException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String requestId;
  private final transient Headers headers;
  private final String rawBody;

  /** Creates the exception; {@code rawBody} must already be bounded. */
  public ResponseDecodingException(String message, @Nullable Throwable cause, int status,
      @Nullable Headers headers, @Nullable String requestId, @Nullable String rawBody,
      int attempts) {
    super("Could not decode the HTTP " + status + " response"
        + (requestId != null ? " [request_id=" + cut(requestId) + "]" : "") + ": " + cut(message)
        + (status >= 200 && status < 300
            ? " (the API reported success: a create was processed, do not send it again)" : ""),
        cause, attempts);
    this.status = status;
    this.headers = headers == null ? Headers.of() : headers;
    this.requestId = requestId;
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  private static String cut(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "…[truncated]";
  }

  /** The HTTP status of the response. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public Headers headers() {
    return headers;
  }

  /** The request id from the headers, if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The response body as text, cut to a bounded length. */
  public String rawBody() {
    return rawBody;
  }
}
