package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code int} and {@code long} adapters, reading numbers, numeric strings ({@code "12"}), PHP's
 * booleans ({@code true} as 1) and {@code ""} (absent), and refusing absurdly long number
 * literals at once.
 * Moshi's own parse a long literal through {@code BigDecimal}, which is quadratic in its length:
 * a hostile 2 MB {@code "order_id": 999...} would hold a thread for a minute.
 */
final class BoundedIntegerAdapters {
  /** Longer than any {@code long} ({@code -9223372036854775808} has 20 characters), with room. */
  private static final int MAX_LENGTH = 24;

  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() { // see OrderKitJson
    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
        Moshi moshi) {
      if (!annotations.isEmpty()) {
        return null;
      }
      if (type == int.class || type == Integer.class) {
        return adapter(type, true);
      }
      if (type == long.class || type == Long.class) {
        return adapter(type, false);
      }
      return null;
    }
  };

  private BoundedIntegerAdapters() {}

  private static JsonAdapter<Object> adapter(Type type, boolean isInt) {
    JsonAdapter<Object> adapter = new JsonAdapter<Object>() {
      @Override
      public @Nullable Object fromJson(JsonReader reader) throws IOException {
        JsonReader.Token token = reader.peek();
        if (token == JsonReader.Token.NULL) {
          return reader.nextNull();
        }
        if (token == JsonReader.Token.BOOLEAN) { // PHP's true/false for 1/0
          return isInt ? (Object) (reader.nextBoolean() ? 1 : 0)
              : (Object) (reader.nextBoolean() ? 1L : 0L);
        }
        String text = reader.nextString().trim();
        if (text.isEmpty()) {
          return null; // "" stands for absent
        }
        if (text.length() > MAX_LENGTH) {
          throw new JsonDataException("Expected " + (isInt ? "an int" : "a long")
              + " but was a number of " + text.length() + " characters at path "
              + JsonPaths.ofValueJustRead(reader));
        }
        try {
          long value = text.contains(".") || text.contains("e") || text.contains("E")
              ? new java.math.BigDecimal(text).longValueExact()
              : Long.parseLong(text);
          if (isInt && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new JsonDataException("Expected an int but was " + text + " at path "
                + JsonPaths.ofValueJustRead(reader));
          }
          return isInt ? (Object) (int) value : (Object) value;
        } catch (NumberFormatException | ArithmeticException e) {
          throw new JsonDataException("Expected " + (isInt ? "an int" : "a long") + " but was \""
              + text + "\" at path " + JsonPaths.ofValueJustRead(reader));
        }
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
        if (value == null) {
          writer.nullValue();
        } else {
          writer.value(((Number) value).longValue());
        }
      }

      @Override
      public String toString() {
        return "JsonAdapter(" + type + ", bounded)";
      }
    };
    return (type == int.class || type == long.class) ? adapter.nonNull() : adapter;
  }
}
