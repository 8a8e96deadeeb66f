package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The adapter generated code uses for a closed Java enum bound to JSON: each constant's JSON name
 * ({@link JsonName} or the constant's name) is given by the generated code, so nothing is
 * reflected and the constants may be renamed by a shrinker. An unknown name fails, as Moshi's own
 * enum adapter does.
 *
 * @param <E> the enum
 */
public final class JavaEnumJsonAdapter<E extends Enum<E>> extends JsonAdapter<E> {
  private final String typeName;
  private final E[] constants;
  private final String[] jsonNames;
  private final JsonReader.Options options;

  /** An adapter for {@code constants} ({@code E.values()}) with their JSON names, in order. */
  public JavaEnumJsonAdapter(String typeName, E[] constants, String... jsonNames) {
    if (constants.length != jsonNames.length) {
      throw new IllegalArgumentException(typeName + ": " + constants.length + " constants but "
          + jsonNames.length + " JSON names");
    }
    this.typeName = typeName;
    this.constants = constants.clone();
    this.jsonNames = jsonNames.clone();
    this.options = JsonReader.Options.of(jsonNames);
  }

  @Override
  public @Nullable E fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    int index = reader.selectString(options);
    if (index >= 0) {
      return constants[index];
    }
    String path = reader.getPath();
    String name = reader.nextString();
    throw new JsonDataException("Expected one of " + Arrays.asList(jsonNames) + " but was "
        + name + " at path " + path);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable E value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(jsonNames[value.ordinal()]);
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + typeName + ")";
  }
}
