package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adjusts how one value type travels when an API wants something its model cannot say: the JSON
 * object is rewritten on its way in and/or out, around the type's normal adapter, keeping the
 * order of its properties. Add it to the module's Moshi before its generated factory ({@link
 * GenerateJsonAdapters}). It works through a JSON tree, so keep it to the few request types that
 * need it (never a hot response type).
 */
public final class JsonRewrite implements JsonAdapter.Factory {
  /** A change to one JSON object; may return the same map or a new one. */
  @FunctionalInterface
  public interface Rewrite {
    /** Rewrites {@code object}; throws {@link JsonDataException} when it cannot. */
    Map<String, @Nullable Object> apply(Map<String, @Nullable Object> object);
  }

  private final Class<?> type;
  private final @Nullable Rewrite onRead;
  private final @Nullable Rewrite onWrite;
  private final String name;

  private JsonRewrite(Class<?> type, @Nullable Rewrite onRead, @Nullable Rewrite onWrite,
      String name) {
    this.type = type;
    this.onRead = onRead;
    this.onWrite = onWrite;
    this.name = name;
  }

  /** Rewrites {@code type}'s JSON object on read and on write (either may be null: unchanged). */
  public static JsonRewrite of(Class<?> type, @Nullable Rewrite onRead,
      @Nullable Rewrite onWrite) {
    return new JsonRewrite(type, onRead, onWrite, "rewrite");
  }

  /**
   * A boolean property sent as the string {@code "true"} / {@code "false"}, as some APIs want
   * it; reading accepts the string or a JSON boolean.
   */
  public static JsonRewrite stringBoolean(Class<?> type, String property) {
    Rewrite read = object -> {
      Object value = object.get(property);
      if (value instanceof String) {
        String text = ((String) value).trim().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
          throw new JsonDataException("Expected \"true\" or \"false\" for " + property
              + " but was \"" + value + "\"");
        }
        object.put(property, Boolean.valueOf(text));
      }
      return object;
    };
    Rewrite write = object -> {
      Object value = object.get(property);
      if (value instanceof Boolean) {
        object.put(property, value.toString());
      }
      return object;
    };
    return new JsonRewrite(type, read, write, "stringBoolean(" + property + ")");
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type requested, Set<? extends Annotation> annotations,
      Moshi moshi) {
    Class<?> raw = Types.getRawType(requested);
    if (!annotations.isEmpty() || (raw != type && raw != type.getSuperclass())) {
      return null;
    }
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, requested, annotations);
    return new JsonAdapter<Object>() {
      @Override
      public @Nullable Object fromJson(JsonReader reader) throws IOException {
        if (onRead == null) {
          return delegate.fromJson(reader);
        }
        String path = reader.getPath();
        Object tree = JsonTree.read(reader);
        if (tree instanceof Map) {
          try {
            @SuppressWarnings("unchecked")
            Map<String, @Nullable Object> object = (Map<String, @Nullable Object>) tree;
            tree = onRead.apply(object);
          } catch (JsonDataException e) {
            throw new JsonDataException(e.getMessage() + " at path " + path, e);
          }
        }
        return delegate.fromJsonValue(tree);
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
        if (onWrite == null) {
          delegate.toJson(writer, value);
          return;
        }
        Object tree = delegate.toJsonValue(value);
        if (tree instanceof Map) {
          @SuppressWarnings("unchecked")
          Map<String, @Nullable Object> object = (Map<String, @Nullable Object>) tree;
          tree = onWrite.apply(object);
        }
        boolean serializeNulls = writer.getSerializeNulls();
        writer.setSerializeNulls(true);
        try {
          JsonTree.write(writer, tree);
        } finally {
          writer.setSerializeNulls(serializeNulls);
        }
      }

      @Override
      public String toString() {
        return delegate + "." + name;
      }
    };
  }
}
