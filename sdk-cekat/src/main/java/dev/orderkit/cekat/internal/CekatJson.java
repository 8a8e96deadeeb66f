package dev.orderkit.cekat.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.orderkit.cekat.model.OrderNumber;
import dev.orderkit.core.spi.GenerateJsonAdapters;
import dev.orderkit.core.spi.OrderKitJson;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The cekat module's one {@link Moshi}: the core adapters, the {@link OrderNumber} adapter and
 * every cekat model. Built once, thread-safe; adapters are created on first use.
 */
@GenerateJsonAdapters(scalars = OrderNumber.class)
public final class CekatJson {
  /** Reads an order number from a JSON string or number; writes it back the way it came. */
  static final JsonAdapter<OrderNumber> ORDER_NUMBER = new JsonAdapter<OrderNumber>() {
    @Override
    public @Nullable OrderNumber fromJson(JsonReader reader) throws IOException {
      switch (reader.peek()) {
        case NULL:
          return reader.nextNull();
        case STRING:
          return OrderNumber.of(reader.nextString());
        case NUMBER:
          // the number's own text ("2292"), never through a double
          return OrderNumber.ofNumberText(reader.nextString());
        default:
          throw new JsonDataException("Expected an order number (string or number) but was "
              + reader.peek() + " at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable OrderNumber value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else if (value.isNumeric()) {
        writer.value(new BigDecimal(value.value()));
      } else {
        writer.value(value.value());
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(OrderNumber)";
    }
  };

  /** The Moshi that reads and writes every cekat model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(OrderNumber.class, ORDER_NUMBER)
      .add(CekatJsonAdapters.FACTORY)
      .build();

  private CekatJson() {}
}
