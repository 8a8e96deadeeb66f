package dev.orderkit.core.spi;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.spi.ValueJsonAdapter.Shape;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes PHP/Laravel servers send for an absent object, map or list, and how
 * {@link ValueJsonAdapter} reads them: {@code json_encode} writes an empty associative array as
 * {@code []}, an empty list may come as {@code {}}, and {@code ""} often stands for "none".
 */
final class Shapes {
  private Shapes() {}

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
   * After an adapter failed somewhere inside the value at {@code path} (see {@link #memberPath}),
   * reads on to the end of that value, so the rest of the enclosing object can still be read.
   */
  static void skipRest(JsonReader reader, String path) throws IOException {
    while (true) {
      String at = reader.getPath();
      boolean inside = at.length() > path.length() && at.startsWith(path)
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

  /**
   * Where the member {@code name} being read starts, found from the path where an adapter failed
   * inside it (computed only on a failure: nothing is spent while reading succeeds): the prefix
   * of {@code failedAt} ending with its {@code .name} segment. Null when there is none, or more
   * than one (a member of that name nested in itself, or in an ancestor): then the end of the
   * value cannot be told, and the caller fails rather than guess.
   */
  static @Nullable String memberPath(String failedAt, String name) {
    String segment = "." + name;
    String found = null;
    for (int at = failedAt.indexOf(segment); at >= 0; at = failedAt.indexOf(segment, at + 1)) {
      int end = at + segment.length();
      if (end == failedAt.length() || failedAt.charAt(end) == '.'
          || failedAt.charAt(end) == '[') {
        if (found != null) {
          return null;
        }
        found = failedAt.substring(0, end);
      }
    }
    return found;
  }
}
