package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * A Moshi adapter made on first use. API modules define their endpoints once, in static fields;
 * with this, a cold start (a CLI, a serverless function, an Android app's first screen) builds
 * only the adapters of the calls it makes, not those of every endpoint.
 *
 * @param <T> the type read and written
 */
public final class LazyJsonAdapter<T> extends JsonAdapter<T> {
  private final Moshi moshi;
  private final Type type;
  private volatile @Nullable JsonAdapter<T> adapter;

  private LazyJsonAdapter(Moshi moshi, Type type) {
    this.moshi = moshi;
    this.type = type;
  }

  /** The adapter {@code moshi} has for {@code type}, looked up on first use. */
  public static <T> JsonAdapter<T> of(Moshi moshi, Type type) {
    return new LazyJsonAdapter<>(moshi, type);
  }

  private JsonAdapter<T> adapter() {
    JsonAdapter<T> made = adapter;
    if (made == null) {
      made = moshi.adapter(type); // Moshi caches it: a race makes the same one twice at most
      adapter = made;
    }
    return made;
  }

  @Override
  public @Nullable T fromJson(JsonReader reader) throws IOException {
    return adapter().fromJson(reader);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
    adapter().toJson(writer, value);
  }

  @Override
  public String toString() {
    return "LazyJsonAdapter(" + type + ")";
  }
}
