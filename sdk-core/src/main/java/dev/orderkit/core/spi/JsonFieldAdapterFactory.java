package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@code JsonField<X>}: JSON null is {@link JsonField#ofNull()} and is written as null even
 * when the writer does not serialize nulls. Missing fields are the enclosing adapter's business.
 */
final class JsonFieldAdapterFactory implements JsonAdapter.Factory {
  static final JsonFieldAdapterFactory INSTANCE = new JsonFieldAdapterFactory();

  private JsonFieldAdapterFactory() {}

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
      Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != JsonField.class) {
      return null;
    }
    return new JsonFieldAdapter<>(moshi.adapter(ValueJsonAdapter.typeArguments(type, 1)[0]));
  }

  private static final class JsonFieldAdapter<T> extends JsonAdapter<JsonField<T>> {
    private final JsonAdapter<T> delegate;

    JsonFieldAdapter(JsonAdapter<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public JsonField<T> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        return JsonField.ofNull();
      }
      return JsonField.of(delegate.fromJson(reader));
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable JsonField<T> value) throws IOException {
      if (value == null || !value.value().isPresent()) {
        writeNull(writer);
      } else {
        delegate.toJson(writer, value.value().get());
      }
    }

    private static void writeNull(JsonWriter writer) throws IOException {
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      try {
        writer.nullValue();
      } finally {
        writer.setSerializeNulls(serializeNulls);
      }
    }

    @Override
    public String toString() {
      return delegate + ".jsonField()";
    }
  }
}
