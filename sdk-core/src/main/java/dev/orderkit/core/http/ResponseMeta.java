package dev.orderkit.core.http;

import dev.orderkit.core.internal.BodyText;
import okhttp3.Headers;
import okio.Buffer;

/** What is known about a response besides its body: status, headers, request id, attempts. */
public final class ResponseMeta {
  private final int statusCode;
  private final Headers headers;
  private final String requestId;
  private final int attempts;
  private final Buffer body;

  /** Creates the metadata of one response whose (fully read) body is {@code body}. */
  public ResponseMeta(int statusCode, Headers headers, String requestId, int attempts,
      Buffer body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.requestId = requestId;
    this.attempts = attempts;
    this.body = body;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers. */
  public Headers headers() {
    return headers;
  }

  /** The request id from the response headers ({@code X-Request-Id}), or null. */
  public String requestId() {
    return requestId;
  }

  /** How many HTTP attempts it took to get this response. */
  public int attempts() {
    return attempts;
  }

  /** The body as text, cut to a bounded length: for exceptions raised while parsing. */
  public String boundedBody() {
    return BodyText.bounded(body);
  }
}
