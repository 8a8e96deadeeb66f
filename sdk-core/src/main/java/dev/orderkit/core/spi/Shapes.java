package dev.orderkit.core.spi;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes PHP/Laravel servers send for an absent object, map or list, and how
 * {@link ValueAdapter} reads them: {@code json_encode} writes an empty associative array as
 * {@code []}, an empty list may come as {@code {}}, and {@code ""} often stands for "none".
 */
final class Shapes {
  /** What a property holds, as far as shape tolerance is concerned. */
  enum Shape {
    /** A string, number, boolean, time, enumeration or untyped JSON: its adapter decides. */
    SCALAR,
    /** An object: a value type or a map. */
    OBJECT,
    /** A list or set. */
    LIST
  }

  private Shapes() {}

  /**
   * The shape of a property read as {@code type}: a list, an object (a map, or a value type
   * annotated {@link ValueStyle}), or a scalar, which includes every type with an adapter of its
   * own (money, times, open enums, a module's own such as cekat's order number).
   */
  static Shape of(Type type) {
    Class<?> raw = Types.getRawType(type);
    if (Collection.class.isAssignableFrom(raw)) {
      return Shape.LIST;
    }
    if (Map.class.isAssignableFrom(raw) || isValueType(raw)) {
      return Shape.OBJECT;
    }
    return Shape.SCALAR;
  }

  private static boolean isValueType(Class<?> raw) {
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(ValueStyle.class)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token opens an object or array. */
  static boolean isStructured(JsonReader.Token token) {
    return token == JsonReader.Token.BEGIN_OBJECT || token == JsonReader.Token.BEGIN_ARRAY;
  }

  /** Whether {@code token} is the wrong shape for {@code shape} in a way servers commonly send. */
  static boolean isDrift(Shape shape, JsonReader.Token token) {
    switch (shape) {
      case OBJECT:
        return token == JsonReader.Token.BEGIN_ARRAY || token == JsonReader.Token.STRING;
      case LIST:
        return token == JsonReader.Token.BEGIN_OBJECT || token == JsonReader.Token.STRING;
      default:
        return false;
    }
  }

  /**
   * Reads a drifted value: an empty {@code []}, {@code {}} or {@code ""} is absent (a list stays
   * empty); anything else of the wrong shape is absent too for an optional property, and fails
   * an essential one.
   */
  static @Nullable Object readDrift(JsonReader reader, Shape shape, JsonReader.Token token,
      boolean essential) throws IOException {
    boolean empty;
    if (token == JsonReader.Token.STRING) {
      empty = reader.nextString().trim().isEmpty();
    } else if (token == JsonReader.Token.BEGIN_ARRAY) {
      reader.beginArray();
      empty = !reader.hasNext();
      while (reader.hasNext()) {
        reader.skipValue();
      }
      reader.endArray();
    } else {
      reader.beginObject();
      empty = !reader.hasNext();
      while (reader.hasNext()) {
        reader.nextName();
        reader.skipValue();
      }
      reader.endObject();
    }
    if (!empty && essential) {
      throw new JsonDataException("Expected " + (shape == Shape.LIST ? "a list" : "an object")
          + " but was " + token + " at path " + JsonPaths.ofValueJustRead(reader));
    }
    return null; // not set: an absent object, or the builder's empty list
  }

  /**
   * After an adapter failed somewhere inside the value of the member {@code name} of the object
   * being read, reads on to the end of that value, so the rest of the object can still be read.
   * The member's path is found from where the reader stopped (only on a failure: nothing is
   * computed while reading succeeds): the last {@code .name} segment of the reader's path.
   */
  static void skipRest(JsonReader reader, String name) throws IOException {
    String path = memberPath(reader.getPath(), name);
    while (true) {
      String at = reader.getPath();
      boolean inside = path != null && at.length() > path.length() && at.startsWith(path)
          && (at.charAt(path.length()) == '.' || at.charAt(path.length()) == '[');
      JsonReader.Token token = reader.peek();
      if (!inside) {
        if (token != JsonReader.Token.NAME && token != JsonReader.Token.END_OBJECT) {
          reader.skipValue(); // the adapter refused the value's first token
        }
        return;
      }
      switch (token) {
        case END_OBJECT:
          reader.endObject();
          break;
        case END_ARRAY:
          reader.endArray();
          break;
        case NAME:
          reader.nextName();
          break;
        default:
          reader.skipValue();
          break;
      }
    }
  }

  /** The prefix of {@code path} that ends with the last {@code .name} segment, or null. */
  static @Nullable String memberPath(String path, String name) {
    String segment = "." + name;
    for (int at = path.lastIndexOf(segment); at >= 0; at = path.lastIndexOf(segment, at - 1)) {
      int end = at + segment.length();
      if (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[') {
        return path.substring(0, end);
      }
      if (at == 0) {
        break;
      }
    }
    return null;
  }
}
