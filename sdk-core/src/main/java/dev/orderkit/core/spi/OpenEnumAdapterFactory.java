package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.orderkit.core.OpenEnum;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds every {@link OpenEnum} subclass through its public static {@code of(String)}, looked up
 * once per type when the adapter is created.
 */
final class OpenEnumAdapterFactory implements JsonAdapter.Factory {
  static final OpenEnumAdapterFactory INSTANCE = new OpenEnumAdapterFactory();

  private OpenEnumAdapterFactory() {}

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
      Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || !OpenEnum.class.isAssignableFrom(raw) || raw == OpenEnum.class) {
      return null;
    }
    return new OpenEnumAdapter(raw, factoryMethod(raw));
  }

  private static Method factoryMethod(Class<?> type) {
    Method of;
    try {
      of = type.getMethod("of", String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " must declare public static "
          + type.getSimpleName() + " of(String)", e);
    }
    if (!Modifier.isStatic(of.getModifiers()) || !type.isAssignableFrom(of.getReturnType())) {
      throw new IllegalArgumentException(type.getName() + ".of(String) must be static and return "
          + type.getSimpleName());
    }
    return Reflection.accessible(of);
  }

  private static final class OpenEnumAdapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final Method of;

    OpenEnumAdapter(Class<?> type, Method of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (token != JsonReader.Token.STRING && token != JsonReader.Token.NUMBER) {
        throw new JsonDataException("Expected a string for " + type.getSimpleName() + " but was "
            + token + " at path " + reader.getPath());
      }
      return Reflection.call(of, null, reader.nextString(), reader);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(((OpenEnum) value).value());
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getName() + ")";
    }
  }
}
