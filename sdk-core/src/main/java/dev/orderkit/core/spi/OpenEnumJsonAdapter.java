package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.orderkit.core.OpenEnum;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The base of the generated adapters of {@link OpenEnum} types: reads a JSON string (or number)
 * through the type's {@code of(String)}, which the generated subclass calls directly, and writes
 * {@link OpenEnum#value()}.
 *
 * @param <E> the open enumeration
 */
public abstract class OpenEnumJsonAdapter<E extends OpenEnum> extends JsonAdapter<E> {
  private final String typeName;

  /** Creates the adapter of {@code typeName} (its qualified name). */
  protected OpenEnumJsonAdapter(String typeName) {
    this.typeName = typeName;
  }

  /** Returns {@code E.of(value)}. */
  protected abstract E of(String value);

  @Override
  public @Nullable E fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.STRING && token != JsonReader.Token.NUMBER) {
      throw new JsonDataException("Expected a string for " + simpleName() + " but was " + token
          + " at path " + reader.getPath());
    }
    String value = reader.nextString();
    try {
      return of(value);
    } catch (RuntimeException e) {
      throw new JsonDataException(simpleName() + ".of failed: " + e.getMessage() + " at path "
          + JsonPaths.ofValueJustRead(reader), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable E value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value.value());
    }
  }

  private String simpleName() {
    return typeName.substring(typeName.lastIndexOf('.') + 1);
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + typeName + ")";
  }
}
