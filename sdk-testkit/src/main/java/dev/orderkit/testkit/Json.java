package dev.orderkit.testkit;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The testkit's own JSON trees, independent of OrderKit's SDK: objects are {@code Map}s in
 * document order, arrays {@code List}s, numbers {@code BigDecimal}s (exact, as money must be),
 * plus strings, booleans and null. Only Moshi's reader and writer are used, never an SDK adapter
 * or rule, so the fakes judge requests by the documentation alone.
 */
final class Json {
  private Json() {}

  /** Parses {@code text} strictly; throws {@link IllegalArgumentException} when it is not JSON. */
  static @Nullable Object parse(String text) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      Object tree = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("text after the JSON value");
      }
      return tree;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  private static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<@Nullable Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case STRING:
        return reader.nextString();
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IllegalArgumentException("unexpected " + reader.peek() + " at "
            + reader.getPath());
    }
  }

  /** Writes {@code tree} as JSON text, nulls included. */
  static String write(@Nullable Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter writer, @Nullable Object tree) throws IOException {
    if (tree == null) {
      writer.nullValue();
    } else if (tree instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        writer.name(String.valueOf(e.getKey()));
        write(writer, e.getValue());
      }
      writer.endObject();
    } else if (tree instanceof Iterable) {
      writer.beginArray();
      for (Object item : (Iterable<?>) tree) {
        write(writer, item);
      }
      writer.endArray();
    } else if (tree instanceof Boolean) {
      writer.value((Boolean) tree);
    } else if (tree instanceof BigDecimal) {
      writer.value((BigDecimal) tree);
    } else if (tree instanceof Number) {
      writer.value((Number) tree);
    } else {
      writer.value(tree.toString());
    }
  }

  /** A deep, modifiable copy of a JSON tree, so a stored or answered tree shares nothing. */
  @SuppressWarnings("unchecked")
  static <T extends @Nullable Object> T copy(T tree) {
    return (T) copy(tree, false);
  }

  /** A deep, unmodifiable copy of a JSON tree, for callers of the fakes' public API. */
  @SuppressWarnings("unchecked")
  static <T extends @Nullable Object> T frozen(T tree) {
    return (T) copy(tree, true);
  }

  private static @Nullable Object copy(@Nullable Object tree, boolean frozen) {
    if (tree instanceof Map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        copy.put(String.valueOf(e.getKey()), copy(e.getValue(), frozen));
      }
      return frozen ? Collections.unmodifiableMap(copy) : copy;
    }
    if (tree instanceof List) {
      List<@Nullable Object> copy = new ArrayList<>();
      for (Object item : (List<?>) tree) {
        copy.add(copy(item, frozen));
      }
      return frozen ? Collections.unmodifiableList(copy) : copy;
    }
    return tree;
  }

  /** Adds {@code message} to {@code field}'s messages: Laravel's {@code errors} shape. */
  static void addError(java.util.Map<String, java.util.List<String>> errors, String field,
      String message) {
    errors.computeIfAbsent(field, f -> new java.util.ArrayList<>()).add(message);
  }

  /** One field with one message, as a new ordered map (more may be added). */
  static java.util.Map<String, java.util.List<String>> oneError(String field, String message) {
    java.util.Map<String, java.util.List<String>> errors = new java.util.LinkedHashMap<>();
    addError(errors, field, message);
    return errors;
  }

  /** Whether {@code number} is a whole number (2, 2.0 and 2e3 are; 2.5 is not). */
  static boolean isWhole(java.math.BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }
}
