package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Writes a request's JSON body. Built per call from a value and an adapter cached by the module. */
@FunctionalInterface
public interface RequestBodyWriter {
  /** Writes the body as one JSON value. */
  void write(JsonWriter writer) throws IOException;

  /** A body written by {@code adapter}; a null {@code value} (the call's params) is refused. */
  static <B> RequestBodyWriter of(B value, JsonAdapter<B> adapter) {
    dev.orderkit.core.spi.Checks.notNull("params", value);
    return writer -> adapter.toJson(writer, value);
  }

  /** A body from a JSON tree: Map, List, String, Number, Boolean or null (nulls are written). */
  static RequestBodyWriter ofTree(@Nullable Object tree) {
    return writer -> {
      writer.setSerializeNulls(true);
      JsonTree.write(writer, tree);
    };
  }
}
