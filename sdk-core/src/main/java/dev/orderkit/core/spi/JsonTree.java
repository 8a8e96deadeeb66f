package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.orderkit.core.OpenEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Untyped JSON as plain Java objects: {@link LinkedHashMap LinkedHashMap&lt;String, Object&gt;},
 * {@link ArrayList ArrayList&lt;Object&gt;}, {@link String}, {@link BigDecimal} (numbers stay
 * exact, never {@code Double}), {@link Boolean} and {@code null}.
 *
 * <p>Nesting deeper than {@value #MAX_DEPTH} arrays or objects is refused with a
 * {@link JsonDataException}, so hostile input cannot overflow the stack.
 */
public final class JsonTree {
  /** The deepest nesting of arrays and objects read or written. */
  public static final int MAX_DEPTH = 200;

  private static final JsonAdapter<Object> ADAPTER = new JsonTreeAdapter(null);

  private JsonTree() {}

  /** A Moshi adapter that reads and writes trees; shared, thread-safe. */
  public static JsonAdapter<Object> adapter() {
    return ADAPTER;
  }

  /** Reads the next JSON value, of any type, from {@code reader}. */
  public static @Nullable Object read(JsonReader reader) throws IOException {
    return read(reader, 0);
  }

  /**
   * Writes {@code value}, a tree as returned by {@link #read}, to {@code writer}. Any {@link Map},
   * {@link Iterable}, {@link Number}, {@link OpenEnum} or {@link Enum} is accepted too.
   *
   * @throws IllegalArgumentException if the tree holds any other type
   */
  public static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    write(writer, value, null, 0);
  }

  /**
   * The top-level field {@code name} of a JSON object body, as text (a string, or a number as
   * written), without parsing the rest; null when the body is not an object, lacks it, holds
   * something else there, or is empty there. A byte-order mark and the vendors' trailing commas
   * are accepted. For a module's {@link ResponseParser#requestIdIn}.
   */
  public static @Nullable String topLevelText(byte[] json, String name) {
    try {
      return topLevelText(new okio.Buffer().write(json), name);
    } catch (com.squareup.moshi.JsonEncodingException e) {
      okio.Buffer repaired =
          dev.orderkit.core.internal.TrailingCommas.remove(new okio.Buffer().write(json));
      try {
        return repaired == null ? null : topLevelText(repaired, name);
      } catch (IOException | RuntimeException again) {
        return null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static @Nullable String topLevelText(okio.Buffer source, String name)
      throws IOException {
    try {
      dev.orderkit.core.internal.BodyText.skipBom(source);
      JsonReader reader = JsonReader.of(source);
      reader.setLenient(true);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals(name)) {
          JsonReader.Token token = reader.peek();
          if (token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER) {
            String text = reader.nextString();
            return text.isEmpty() ? null : text;
          }
        }
        reader.skipValue();
      }
      return null;
    } finally {
      source.clear(); // its segments go back to Okio's pool
    }
  }

  private static @Nullable Object read(JsonReader reader, int depth) throws IOException {
    JsonReader.Token token = reader.peek();
    switch (token) {
      case BEGIN_OBJECT:
        return readObject(reader, checkDepth(depth, reader));
      case BEGIN_ARRAY:
        return readArray(reader, checkDepth(depth, reader));
      case STRING:
        return reader.nextString();
      case NUMBER:
        return Decimals.parse(reader.nextString(), reader);
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException(
            "Expected a JSON value but was " + token + " at path " + reader.getPath());
    }
  }

  private static Map<String, @Nullable Object> readObject(JsonReader reader, int depth)
      throws IOException {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (map.containsKey(name)) {
        throw new JsonDataException("Duplicate key '" + name + "' at path " + reader.getPath());
      }
      map.put(name, read(reader, depth));
    }
    reader.endObject();
    return map;
  }

  private static List<@Nullable Object> readArray(JsonReader reader, int depth)
      throws IOException {
    List<@Nullable Object> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      list.add(read(reader, depth));
    }
    reader.endArray();
    return list;
  }

  /**
   * Writes {@code value}; types outside the tree go to {@code moshi}'s adapter for their class
   * when {@code moshi} is given.
   */
  static void write(JsonWriter writer, @Nullable Object value, @Nullable Moshi moshi, int depth)
      throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value(((Boolean) value).booleanValue());
    } else if (value instanceof Number) {
      writeNumber(writer, (Number) value);
    } else if (value instanceof Map) {
      writer.beginObject();
      int next = checkDepth(depth, writer);
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        write(writer, entry.getValue(), moshi, next);
      }
      writer.endObject();
    } else if (value instanceof Iterable) {
      writer.beginArray();
      int next = checkDepth(depth, writer);
      for (Object element : (Iterable<?>) value) {
        write(writer, element, moshi, next);
      }
      writer.endArray();
    } else if (value instanceof OpenEnum) {
      writer.value(((OpenEnum) value).value());
    } else if (moshi != null) {
      writeWith(moshi.adapter(value.getClass()), writer, value);
    } else if (value instanceof Enum) {
      writer.value(((Enum<?>) value).name());
    } else {
      throw new IllegalArgumentException(
          "Not a JSON tree value: " + value.getClass().getName() + " at path " + writer.getPath());
    }
  }

  @SuppressWarnings("unchecked")
  private static void writeWith(JsonAdapter<?> adapter, JsonWriter writer, Object value)
      throws IOException {
    ((JsonAdapter<Object>) adapter).toJson(writer, value);
  }

  private static void writeNumber(JsonWriter writer, Number number) throws IOException {
    if (number instanceof BigDecimal) {
      Decimals.write(writer, (BigDecimal) number);
    } else if (number instanceof Integer || number instanceof Long
        || number instanceof Short || number instanceof Byte) {
      writer.value(number.longValue());
    } else if (number instanceof Double || number instanceof Float) {
      writer.value(number.doubleValue());
    } else if (number instanceof BigInteger) {
      writer.value(number);
    } else {
      Decimals.write(writer, new BigDecimal(number.toString()));
    }
  }

  private static int checkDepth(int depth, JsonReader reader) {
    if (depth >= MAX_DEPTH) {
      throw tooDeep(reader.getPath());
    }
    return depth + 1;
  }

  private static int checkDepth(int depth, JsonWriter writer) {
    if (depth >= MAX_DEPTH) {
      throw tooDeep(writer.getPath());
    }
    return depth + 1;
  }

  private static JsonDataException tooDeep(String path) {
    return new JsonDataException("Nesting deeper than " + MAX_DEPTH + " at path " + path);
  }
}
