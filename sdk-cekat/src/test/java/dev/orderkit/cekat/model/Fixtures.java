package dev.orderkit.cekat.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import dev.orderkit.cekat.internal.CekatJson;
import dev.orderkit.core.spi.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okio.Buffer;

/** The docs' examples, copied verbatim into {@code src/test/resources/fixtures/cekat/}. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns the text of {@code fixtures/cekat/<name>}, exactly as stored. */
  public static String text(String name) {
    String path = "/fixtures/cekat/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code json} parsed as a JSON tree (maps, lists, strings, BigDecimals, booleans). */
  public static Object tree(String json) {
    try {
      return JsonTree.adapter().fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes {@code json} as {@code type} with {@link CekatJson#MOSHI}. */
  public static <T> T decode(String json, Class<T> type) {
    try {
      return CekatJson.MOSHI.adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes the member {@code name} of the top-level object with {@link CekatJson#MOSHI}. */
  public static <T> T member(String json, String name, Class<T> type) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals(name)) {
          return CekatJson.MOSHI.adapter(type).fromJson(reader);
        }
        reader.skipValue();
      }
      throw new IllegalArgumentException("No " + name + " in " + json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes {@code data.orders} of a list response with {@link CekatJson#MOSHI}. */
  public static List<ListedOrder> listedOrders(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (!reader.nextName().equals("data")) {
          reader.skipValue();
          continue;
        }
        reader.beginObject();
        while (reader.hasNext()) {
          if (reader.nextName().equals("orders")) {
            JsonAdapter<List<ListedOrder>> adapter = CekatJson.MOSHI.adapter(
                Types.newParameterizedType(List.class, ListedOrder.class));
            return adapter.fromJson(reader);
          }
          reader.skipValue();
        }
      }
      throw new IllegalArgumentException("No data.orders in " + json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes {@code value} with {@link CekatJson#MOSHI}. */
  @SuppressWarnings("unchecked")
  public static <T> String json(T value) {
    return CekatJson.MOSHI.adapter((Class<T>) value.getClass()).toJson(value);
  }
}
