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
 */
@FunctionalInterface
public interface ResponseParser<T> {
  /** Reads the value from {@code reader}; {@code meta} tells the status and headers. */
  @Nullable T parse(JsonReader reader, ResponseMeta meta) throws IOException;

  /** A parser that reads the whole body with {@code adapter}. */
  static <T> ResponseParser<T> of(JsonAdapter<T> adapter) {
    return (reader, meta) -> adapter.fromJson(reader);
  }
}
