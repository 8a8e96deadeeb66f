package dev.orderkit.partner.model;

import com.squareup.moshi.JsonReader;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.partner.internal.PartnerJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okio.Buffer;

/** The docs' examples, copied verbatim into {@code src/test/resources/fixtures/partner/}. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns the text of {@code fixtures/partner/<name>}, exactly as stored. */
  public static String text(String name) {
    String path = "/fixtures/partner/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns {@code json} without the trailing commas the docs put before a closing brace
   * (ship and completed requests, the shipping-label response). For now only: the service layer
   * accepts such bodies itself, the model tests just need valid JSON.
   */
  public static String withoutTrailingCommas(String json) {
    return json.replaceAll(",(\\s*[}\\]])", "$1");
  }

  /** Returns the fixture parsed as a JSON tree (maps, lists, strings, BigDecimals, booleans). */
  public static Object tree(String json) {
    try {
      return JsonTree.adapter().fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the envelope of a response fixture as a tree. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> envelope(String json) {
    return (Map<String, Object>) tree(json);
  }

  /** Decodes the {@code data} member of an envelope with {@link PartnerJson#MOSHI}. */
  public static <T> T data(String json, Class<T> type) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("data")) {
          return PartnerJson.MOSHI.adapter(type).fromJson(reader);
        }
        reader.skipValue();
      }
      throw new IllegalArgumentException("No data in " + json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes {@code value} with {@link PartnerJson#MOSHI}. */
  @SuppressWarnings("unchecked")
  public static <T> String json(T value) {
    return PartnerJson.MOSHI.adapter((Class<T>) value.getClass()).toJson(value);
  }
}
