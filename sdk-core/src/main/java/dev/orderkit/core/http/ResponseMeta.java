package dev.orderkit.core.http;

import java.util.Optional;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.ErrorDetails;
import dev.orderkit.core.spi.ErrorDecoder;
import okhttp3.Headers;

/** What is known about a response besides its body: status, headers, request id, attempts. */
public interface ResponseMeta {
  /** The HTTP status code. */
  int statusCode();

  /** The response headers. */
  Headers headers();

  /** The request id from the response headers ({@code X-Request-Id}), if any. */
  Optional<String> requestId();

  /** How many HTTP attempts it took to get this response. */
  int attempts();

  /**
   * Error details prefilled from this response (headers, bounded raw body, request id, attempts)
   * with {@code status}: for a parser that finds an error inside a successful response.
   */
  ErrorDetails.Builder errorDetails(int status);

  /**
   * The typed exception this response stands for, its body read by {@code decoder} (a decoder
   * that fails leaves the raw body to tell what came back).
   */
  ApiException toApiException(ErrorDecoder decoder);
}
