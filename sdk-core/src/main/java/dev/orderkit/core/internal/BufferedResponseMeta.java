package dev.orderkit.core.internal;

import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.ErrorDetails;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.spi.ErrorDecoder;
import java.util.Optional;
import okhttp3.Headers;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** The {@link ResponseMeta} of a fully read response. Not API. */
public final class BufferedResponseMeta implements ResponseMeta {
  private final int statusCode;
  private final Headers headers;
  private final @Nullable String requestId;
  private final int attempts;
  private final ReadBody body;

  /**
   * Creates the metadata of one response whose body is {@code body}, taking the array as it is
   * (no copy: the caller must not change it).
   */
  public BufferedResponseMeta(int statusCode, Headers headers, @Nullable String requestId,
      int attempts, byte[] body) {
    this(statusCode, headers, requestId, attempts, ReadBody.of(body));
  }

  /** Creates the metadata of one response whose body is {@code body}. Used by the transport. */
  public BufferedResponseMeta(int statusCode, Headers headers, @Nullable String requestId,
      int attempts, ReadBody body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.requestId = requestId;
    this.attempts = attempts;
    this.body = body;
  }

  @Override
  public int statusCode() {
    return statusCode;
  }

  @Override
  public Headers headers() {
    return headers;
  }

  @Override
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public int attempts() {
    return attempts;
  }

  @Override
  public ErrorDetails.Builder errorDetails(int status) {
    return ErrorDetails.builder(status).headers(headers).rawBody(boundedBody())
        .requestId(requestId).attempts(attempts);
  }

  @Override
  public ApiException toApiException(ErrorDecoder decoder) {
    ErrorDetails.Builder details = errorDetails(statusCode);
    try {
      decoder.decode(BodyText.withoutBom(new String(body.bytes(),
          java.nio.charset.StandardCharsets.UTF_8)),
          details);
    } catch (Exception | StackOverflowError e) {
      // keep what the raw body says
    }
    return ApiException.from(details.build());
  }

  /** The body as text, cut to a bounded length. */
  private String boundedBody() {
    return BodyText.bounded(new Buffer().write(body.bytes()));
  }
}
