package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.http.ResponseMeta;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a response body into a value. API modules build one per endpoint, once (for example
 * around a cached Moshi adapter, or one that unwraps the API's envelope), never per call.
 * Any exception it throws becomes a {@link dev.orderkit.core.errors.ResponseDecodingException}
 * that keeps the raw body.
 *
 * <p>The body it reads never starts with a byte-order mark (the transport skips one). An empty
 * body (nothing, or only whitespace) is not given to {@link #parse}: {@link #emptyBody} decides
 * what it means, and by default it is a decoding error.
 */
@FunctionalInterface
public interface ResponseParser<T> {
  /** Reads the value from {@code reader}; {@code meta} tells the status and headers. */
  @Nullable T parse(JsonReader reader, ResponseMeta meta) throws IOException;

  /**
   * The value of a 2xx response with an empty body (such as {@code 204 No Content}), or null when
   * an empty body does not match the endpoint's contract (the default): then the call fails with
   * a {@link dev.orderkit.core.errors.ResponseDecodingException}.
   */
  default @Nullable T emptyBody(ResponseMeta meta) {
    return null;
  }

  /**
   * The request id this API puts in the body (the partner envelope's {@code request_id}), for
   * a raw response's {@code requestId()}, read from {@code body} without parsing it all; null
   * (the default) when the API carries none there (then the response's header is used).
   * {@link JsonTree#topLevelText} reads a top-level field.
   */
  default @Nullable String requestIdIn(byte[] body) {
    return null;
  }

  /**
   * A parser like {@code parser} whose empty 2xx body means success, with the value
   * {@code empty} builds from the status and headers. Only for results that carry nothing
   * essential (an action's acknowledgement), never for one that must hold an id or an amount.
   */
  static <T> ResponseParser<T> emptyMeans(ResponseParser<T> parser,
      java.util.function.Function<ResponseMeta, T> empty) {
    return new ResponseParser<T>() {
      @Override
      public @Nullable T parse(JsonReader reader, ResponseMeta meta) throws IOException {
        return parser.parse(reader, meta);
      }

      @Override
      public @Nullable T emptyBody(ResponseMeta meta) {
        return empty.apply(meta);
      }

      @Override
      public @Nullable String requestIdIn(byte[] body) {
        return parser.requestIdIn(body);
      }
    };
  }

  /** A parser that reads the whole body with {@code adapter}. */
  static <T> ResponseParser<T> of(JsonAdapter<T> adapter) {
    return (reader, meta) -> adapter.fromJson(reader);
  }
}
