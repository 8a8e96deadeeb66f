package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class JsonFieldTest {
  private final Moshi moshi = OrderKitJson.moshiBuilder().build();

  @Test
  void threeStatesAreDistinct() {
    JsonField<String> missing = JsonField.missing();
    JsonField<String> ofNull = JsonField.ofNull();
    JsonField<String> value = JsonField.of("x");
    assertThat(missing.isMissing()).isTrue();
    assertThat(missing.isNull()).isFalse();
    assertThat(missing.value()).isEmpty();
    assertThat(ofNull.isMissing()).isFalse();
    assertThat(ofNull.isNull()).isTrue();
    assertThat(ofNull.value()).isEmpty();
    assertThat(value.isMissing()).isFalse();
    assertThat(value.isNull()).isFalse();
    assertThat(value.value()).contains("x");
    assertThat(value.getOrThrow()).isEqualTo("x");
    assertThat(missing).isNotEqualTo(ofNull).isNotEqualTo(value);
    assertThat(JsonField.of("x")).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(JsonField.of(null)).isEqualTo(ofNull);
  }

  @Test
  void getOrThrowSaysWhichStateItWasIn() {
    assertThatThrownBy(() -> JsonField.missing().getOrThrow())
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("missing");
    assertThatThrownBy(() -> JsonField.ofNull().getOrThrow())
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("null");
  }

  @Test
  void adapterReadsNullAsOfNullAndValuesThroughTheDelegate() throws Exception {
    JsonAdapter<List<JsonField<BigDecimal>>> adapter = moshi.adapter(Types.newParameterizedType(
        List.class, Types.newParameterizedType(JsonField.class, BigDecimal.class)));
    List<JsonField<BigDecimal>> fields = adapter.fromJson("[null, \"2.50\"]");
    assertThat(fields).containsExactly(JsonField.ofNull(), JsonField.of(new BigDecimal("2.50")));
    assertThat(adapter.toJson(Arrays.asList(JsonField.ofNull(), JsonField.of(BigDecimal.ONE))))
        .isEqualTo("[null,1]");
  }
}
