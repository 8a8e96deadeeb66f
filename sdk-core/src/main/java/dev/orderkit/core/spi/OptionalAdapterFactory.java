package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Binds {@code Optional<X>}: JSON null is empty; empty is written as null. */
final class OptionalAdapterFactory implements JsonAdapter.Factory {
  static final OptionalAdapterFactory INSTANCE = new OptionalAdapterFactory();

  private OptionalAdapterFactory() {}

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
      Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != Optional.class) {
      return null;
    }
    return new OptionalAdapter<>(moshi.adapter(ValueJsonAdapter.typeArguments(type, 1)[0]));
  }

  private static final class OptionalAdapter<T> extends JsonAdapter<Optional<T>> {
    private final JsonAdapter<T> delegate;

    OptionalAdapter(JsonAdapter<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<T> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        return Optional.empty();
      }
      return Optional.ofNullable(delegate.fromJson(reader));
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Optional<T> value) throws IOException {
      if (value == null || !value.isPresent()) {
        writer.nullValue();
      } else {
        delegate.toJson(writer, value.get());
      }
    }

    @Override
    public String toString() {
      return delegate + ".optional()";
    }
  }
}
