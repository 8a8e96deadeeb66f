package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecimalAdapterTest {
  private final Moshi moshi = OrderKitJson.moshiBuilder().build();
  private final JsonAdapter<BigDecimal> adapter = moshi.adapter(BigDecimal.class);
  private final JsonAdapter<Map<String, BigDecimal>> mapAdapter =
      moshi.adapter(Types.newParameterizedType(Map.class, String.class, BigDecimal.class));

  @Test
  void numericStringIsReadExactlyWithItsScale() throws Exception {
    BigDecimal value = adapter.fromJson("\"12000.00\"");
    assertThat(value).isEqualTo(new BigDecimal("12000.00"));
    assertThat(value.scale()).isEqualTo(2);
  }

  @Test
  void jsonNumbersAreReadWithoutDoubleRoundTrip() throws Exception {
    assertThat(adapter.fromJson("0.1")).isEqualTo(new BigDecimal("0.1"));
    assertThat(adapter.fromJson("99.00")).isEqualTo(new BigDecimal("99.00"));
    assertThat(adapter.fromJson("15000")).isEqualTo(new BigDecimal("15000"));
    assertThat(adapter.fromJson("12345678901234567890.123456789"))
        .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
  }

  @Test
  void emptyStringAndNullReadAsNull() throws Exception {
    assertThat(mapAdapter.fromJson("{\"insurance_price\": \"\", \"cod_price\": null}"))
        .containsEntry("insurance_price", null)
        .containsEntry("cod_price", null);
  }

  @Test
  void nonNumericStringFailsNamingThePath() {
    assertThatThrownBy(() -> mapAdapter.fromJson("{\"grand_total\": \"12.000,00\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("12.000,00")
        .hasMessageContaining("$.grand_total");
  }

  @Test
  void objectOrBooleanWhereNumberExpectedFails() {
    assertThatThrownBy(() -> mapAdapter.fromJson("{\"price\": {\"a\": 1}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("BEGIN_OBJECT")
        .hasMessageContaining("$.price");
    assertThatThrownBy(() -> mapAdapter.fromJson("{\"price\": true}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("BOOLEAN");
  }

  @Test
  void writesPlainNotationNeverExponent() {
    assertThat(adapter.toJson(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(adapter.toJson(new BigDecimal("1E-10"))).isEqualTo("0.0000000001");
    assertThat(adapter.toJson(new BigDecimal("12000.00"))).isEqualTo("12000.00");
    assertThat(adapter.toJson(null)).isEqualTo("null");
  }

  @Test
  void writesExactValueToJsonValueTree() {
    Object value = adapter.toJsonValue(new BigDecimal("1E+3"));
    assertThat(value).isInstanceOf(BigDecimal.class);
    assertThat(((BigDecimal) value).toPlainString()).isEqualTo("1000");
  }

  @Test
  void absurdNumbersAreRejectedBeforeTheyCostMemory() {
    assertThatThrownBy(() -> adapter.fromJson("1e999999999"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("out of range");
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      digits.append('7');
    }
    assertThatThrownBy(() -> adapter.fromJson("\"" + digits + "\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("longer than");
  }
}
