package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad value is named by its own path, also inside arrays (where Moshi moves the index on). */
class JsonPathsTest {
  private final Moshi moshi = OrderKitJson.moshiBuilder().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "java.lang.Integer    | [\"x\", 2]                          | $[0]",
    "java.lang.Integer    | [1, 2, 3.5]                         | $[2]",
    "java.lang.Long       | [1, 99999999999999999999999999]    | $[1]",
    "java.math.BigDecimal | [1, \"abc\"]                        | $[1]",
    "java.time.OffsetDateTime | [\"2024-01-21T09:30:00Z\", \"bad\"] | $[1]",
  })
  void badListElementIsNamedByItsIndex(String element, String json, String path)
      throws Exception {
    Type type = Types.newParameterizedType(List.class, Class.forName(element));
    assertThatThrownBy(() -> moshi.adapter(type).fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageEndingWith("at path " + path);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "java.lang.Integer    | {\"a\": 1, \"qty\": \"x\"}   | $.qty",
    "java.math.BigDecimal | {\"price\": \"1,5\"}          | $.price",
    "java.time.OffsetDateTime | {\"at\": \"2024-02-30T00:00:00Z\"} | $.at",
  })
  void badMemberIsNamedByItsName(String element, String json, String path) throws Exception {
    Type type = Types.newParameterizedType(Map.class, String.class, Class.forName(element));
    assertThatThrownBy(() -> moshi.adapter(type).fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageEndingWith("at path " + path);
  }
}
