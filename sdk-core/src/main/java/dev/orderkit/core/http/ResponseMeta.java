package dev.orderkit.core.http;

import okhttp3.Headers;

/** What is known about a response besides its body: status, headers, request id, attempts. */
public final class ResponseMeta {
  private final int statusCode;
  private final Headers headers;
  private final String requestId;
  private final int attempts;

  /** Creates the metadata of one response. */
  public ResponseMeta(int statusCode, Headers headers, String requestId, int attempts) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.requestId = requestId;
    this.attempts = attempts;
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
}
