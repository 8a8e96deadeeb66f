package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Money: reads JSON numbers and numeric strings exactly ({@code ""} and {@code null} are null),
 * writes JSON numbers in plain notation.
 */
final class DecimalAdapter extends JsonAdapter<BigDecimal> {
  static final DecimalAdapter INSTANCE = new DecimalAdapter();

  private DecimalAdapter() {}

  @Override
  public @Nullable BigDecimal fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException(
          "Expected a decimal number but was " + token + " at path " + reader.getPath());
    }
    String text = reader.nextString(); // the number's own text: no double round-trip
    if (text.isEmpty()) {
      return null;
    }
    return Decimals.parse(text, reader);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      Decimals.write(writer, value);
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(BigDecimal)";
  }
}
