package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code String} and {@code boolean} as PHP/Laravel servers send them: a string may arrive as a
 * number or a boolean ({@code 12}, {@code true}), a boolean as {@code 0}/{@code 1} or as
 * {@code "true"}/{@code "false"}/{@code "1"}/{@code "0"}, and {@code ""} stands for an absent
 * boolean. Written exactly as the model holds them.
 */
final class LenientScalars {
  /** Strings: a number keeps its own text ({@code 0012.50} stays so), a boolean its name. */
  static final JsonAdapter<String> STRING = new JsonAdapter<String>() {
    @Override
    public @Nullable String fromJson(JsonReader reader) throws IOException {
      switch (reader.peek()) {
        case NULL:
          return reader.nextNull();
        case BOOLEAN:
          return String.valueOf(reader.nextBoolean());
        default:
          return reader.nextString(); // STRING and NUMBER; anything else fails as Moshi's does
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable String value) throws IOException {
      writer.value(value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(String, lenient)";
    }
  };

  /** Booleans: {@code true}/{@code false}, {@code 0}/{@code 1}, and those as strings. */
  static final JsonAdapter<Boolean> BOOLEAN = new JsonAdapter<Boolean>() {
    @Override
    public @Nullable Boolean fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (token == JsonReader.Token.BOOLEAN) {
        return reader.nextBoolean();
      }
      if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
        throw new JsonDataException(
            "Expected a boolean but was " + token + " at path " + reader.getPath());
      }
      String text = reader.nextString().trim().toLowerCase(Locale.ROOT);
      switch (text) {
        case "true":
        case "1":
          return Boolean.TRUE;
        case "false":
        case "0":
          return Boolean.FALSE;
        case "":
          return null;
        default:
          throw new JsonDataException("Expected a boolean but was \"" + text + "\" at path "
              + JsonPaths.ofValueJustRead(reader));
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Boolean value) throws IOException {
      writer.value(value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(Boolean, lenient)";
    }
  };

  /**
   * For {@code boolean.class}: the same, refusing JSON {@code null}; {@code ""} still reads as
   * absent, so a value type's property keeps its default.
   */
  static final JsonAdapter<Boolean> PRIMITIVE_BOOLEAN = BOOLEAN.nonNull();

  private LenientScalars() {}
}
