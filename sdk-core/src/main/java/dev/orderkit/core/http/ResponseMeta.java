package dev.orderkit.core.http;

import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.ErrorDecoder;
import dev.orderkit.core.errors.ErrorDetails;
import dev.orderkit.core.internal.BodyText;
import okhttp3.Headers;
import okio.Buffer;

/** What is known about a response besides its body: status, headers, request id, attempts. */
public final class ResponseMeta {
  private final int statusCode;
  private final Headers headers;
  private final String requestId;
  private final int attempts;
  private final byte[] body; // never modified

  /** Creates the metadata of one response whose (fully read) body is {@code body}. */
  public ResponseMeta(int statusCode, Headers headers, String requestId, int attempts,
      Buffer body) {
    this(statusCode, headers, requestId, attempts, body.snapshot().toByteArray());
  }

  /** Creates the metadata of one response whose body is {@code body}. */
  public ResponseMeta(int statusCode, Headers headers, String requestId, int attempts,
      okio.ByteString body) {
    this(statusCode, headers, requestId, attempts, body.toByteArray());
  }

  /**
   * Creates the metadata of one response whose body is {@code body}, taking the array as it is
   * (no copy: the caller must not change it). Used by the transport.
   */
  public ResponseMeta(int statusCode, Headers headers, String requestId, int attempts,
      byte[] body) {
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

  /**
   * Error details prefilled from this response (headers, bounded raw body, request id, attempts)
   * with {@code status}: for a parser that finds an error inside a successful response.
   */
  public ErrorDetails.Builder errorDetails(int status) {
    return ErrorDetails.builder(status).headers(headers).rawBody(boundedBody())
        .requestId(requestId).attempts(attempts);
  }

  /**
   * The typed exception this response stands for, its body read by {@code decoder} (a decoder
   * that fails leaves the raw body to tell what came back).
   */
  public ApiException toApiException(ErrorDecoder decoder) {
    ErrorDetails.Builder details = errorDetails(statusCode);
    try {
      decoder.decode(new String(body, java.nio.charset.StandardCharsets.UTF_8), details);
    } catch (Exception | StackOverflowError e) {
      // keep what the raw body says
    }
    return ApiException.from(details.build());
  }

  /** The body as text, cut to a bounded length: for exceptions raised while parsing. */
  public String boundedBody() {
    return BodyText.bounded(new Buffer().write(body));
  }
}
