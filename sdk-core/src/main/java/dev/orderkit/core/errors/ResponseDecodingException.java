package dev.orderkit.core.errors;

import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The response did not match the documented shape (malformed JSON, wrong types, missing fields,
 * a body over the size limit). Keeps the status, request id and the raw body (bounded). With a
 * 2xx status the API did process the request: for a write (a request that is not safe to repeat,
 * such as a create) the message says so and that it must not be sent again; for a read it says
 * that repeating it is safe.
 */
public final class ResponseDecodingException extends OrderKitException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String requestId;
  private final transient Headers headers;
  private final String rawBody;

  /**
   * Creates the exception when the request is not known; {@code rawBody} must already be bounded.
   * A 2xx message then says the request was processed and must not be sent again if it was a
   * write.
   */
  public ResponseDecodingException(String message, @Nullable Throwable cause, int status,
      @Nullable Headers headers, @Nullable String requestId, @Nullable String rawBody,
      int attempts) {
    this(text(message, status, requestId, null, null), cause, status, headers, requestId,
        rawBody, attempts, true);
  }

  /**
   * Creates the exception for a known request: {@code request} describes it (e.g.
   * {@code create order}) and {@code safeToRepeat} tells a read from a write, so that a 2xx
   * message says truthfully whether sending it again is safe; {@code rawBody} must already be
   * bounded.
   */
  public ResponseDecodingException(String message, @Nullable Throwable cause, int status,
      @Nullable Headers headers, @Nullable String requestId, @Nullable String rawBody,
      int attempts, String request, boolean safeToRepeat) {
    this(text(message, status, requestId, request, safeToRepeat), cause, status, headers,
        requestId, rawBody, attempts, true);
  }

  private ResponseDecodingException(String fullMessage, @Nullable Throwable cause, int status,
      @Nullable Headers headers, @Nullable String requestId, @Nullable String rawBody,
      int attempts, boolean marker) {
    super(fullMessage, cause, attempts);
    this.status = status;
    this.headers = headers == null ? Headers.of() : headers;
    this.requestId = requestId;
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  private static String text(String message, int status, @Nullable String requestId,
      @Nullable String request, @Nullable Boolean safeToRepeat) {
    return "Could not decode the HTTP " + status + " response"
        + (request != null ? " to " + cut(request) : "")
        + (requestId != null ? " [request_id=" + cut(requestId) + "]" : "") + ": " + cut(message)
        + (status >= 200 && status < 300 ? successNote(safeToRepeat) : "");
  }

  private static String successNote(@Nullable Boolean safeToRepeat) {
    if (safeToRepeat == null) {
      return " (the API reported success: the request was processed; if it was a write, such as"
          + " a create, do not send it again)";
    }
    return safeToRepeat
        ? " (the API reported success; this request only reads, so repeating it is safe)"
        : " (the API reported success: the write was processed, do not send it again)";
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
