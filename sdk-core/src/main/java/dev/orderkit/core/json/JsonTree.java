package dev.orderkit.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/** TEMPORARY stub until the JSON layer lands. */
public final class JsonTree {
  private JsonTree() {}

  /** Reads. */
  public static Object read(JsonReader reader) throws IOException {
    return reader.readJsonValue();
  }

  /** Writes. */
  public static void write(JsonWriter writer, Object value) throws IOException {
    writer.jsonValue(value);
  }

  /** Adapter. */
  public static JsonAdapter<Object> adapter() {
    return new JsonAdapter<Object>() {
      @Override
      public Object fromJson(JsonReader reader) throws IOException {
        return read(reader);
      }

      @Override
      public void toJson(JsonWriter writer, Object value) throws IOException {
        write(writer, value);
      }
    };
  }
}
