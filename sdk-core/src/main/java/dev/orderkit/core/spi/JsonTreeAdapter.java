package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@code Object} to {@link JsonTree}, so untyped values keep exact numbers. Values of other
 * types found while writing go to the Moshi adapter for their class.
 */
final class JsonTreeAdapter extends JsonAdapter<Object> {
  static final Factory FACTORY = new Factory() { // not a lambda: see OrderKitJson
    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
        Moshi moshi) {
      return type == Object.class && annotations.isEmpty() ? new JsonTreeAdapter(moshi) : null;
    }
  };

  private final @Nullable Moshi moshi;

  JsonTreeAdapter(@Nullable Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public @Nullable Object fromJson(JsonReader reader) throws IOException {
    return JsonTree.read(reader);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
    JsonTree.write(writer, value, moshi, 0);
  }

  @Override
  public String toString() {
    return "JsonAdapter(JsonTree)";
  }
}
