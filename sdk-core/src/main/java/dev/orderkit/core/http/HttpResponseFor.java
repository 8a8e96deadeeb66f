package dev.orderkit.core.http;

import java.util.Optional;
import dev.orderkit.core.errors.ResponseDecodingException;
import okhttp3.Headers;

/**
 * A response before parsing: status, headers, request id and attempt count, then {@link #parse()}
 * for the typed value. The body has been read in full (within the size limit) and the connection
 * released, so this object can be kept and parsed later, on any thread.
 */
public interface HttpResponseFor<T> {
  /** The HTTP status code. */
  int statusCode();

  /** The response headers. */
  Headers headers();

  /**
   * The request id: the one the API puts in the body where it does (the partner envelope's
   * {@code request_id}, the one its exceptions and typed results carry), else the response's
   * header ({@code X-Request-Id} and the like); empty when neither is there.
   */
  Optional<String> requestId();

  /** How many HTTP attempts it took to get this response. */
  int attempts();

  /** Status, headers, request id and attempts as one value. */
  ResponseMeta meta();

  /** The body as UTF-8 text. */
  String bodyText();

  /**
   * Parses the body into the endpoint's type (once; later calls return the same value).
   *
   * @throws ResponseDecodingException when the body does not match the documented shape
   */
  T parse();

  /**
   * The same response, parsed into {@code f}'s result: lets a module turn a decoded envelope into
   * the value its callers see without parsing twice.
   */
  <R> HttpResponseFor<R> map(java.util.function.Function<? super T, ? extends R> f);
}
