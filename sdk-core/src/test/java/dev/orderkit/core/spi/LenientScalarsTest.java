package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strings, booleans and integers in the shapes PHP/Laravel servers write them. */
class LenientScalarsTest {
  private final Moshi moshi = OrderKitJson.moshiBuilder().build();
  private final JsonAdapter<Boolean> booleans = moshi.adapter(Boolean.class);
  private final JsonAdapter<String> strings = moshi.adapter(String.class);
  private final JsonAdapter<Integer> ints = moshi.adapter(Integer.class);
  private final JsonAdapter<Long> longs = moshi.adapter(Long.class);

  @ParameterizedTest
  @CsvSource({"true, true", "false, false", "1, true", "0, false", "'\"1\"', true",
      "'\"0\"', false", "'\"true\"', true", "'\"FALSE\"', false", "'\" true \"', true"})
  void booleansAreReadInEveryPhpShape(String json, boolean expected) throws Exception {
    assertThat(booleans.fromJson(json)).isEqualTo(expected);
  }

  @Test
  void aBlankOrNullBooleanIsAbsentAndOtherTextFails() throws Exception {
    assertThat(booleans.fromJson("\"\"")).isNull();
    assertThat(booleans.fromJson("null")).isNull();
    assertThatThrownBy(() -> booleans.fromJson("\"yes\"")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected a boolean but was \"yes\"");
    assertThatThrownBy(() -> booleans.fromJson("2")).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> moshi.adapter(boolean.class).fromJson("null"))
        .isInstanceOf(JsonDataException.class); // a primitive has no null
    assertThat(moshi.adapter(boolean.class).fromJson("\"\"")).isNull(); // absent: the default
    assertThat(booleans.toJson(true)).isEqualTo("true"); // written exactly
  }

  @Test
  void stringsKeepTheTextOfNumbersAndBooleans() throws Exception {
    assertThat(strings.fromJson("1234")).isEqualTo("1234");
    assertThat(strings.fromJson("12.50")).isEqualTo("12.50");
    assertThat(strings.fromJson("true")).isEqualTo("true");
    assertThat(strings.fromJson("\"\"")).isEqualTo("");
    assertThat(strings.toJson("12")).isEqualTo("\"12\"");
  }

  @Test
  void integersFromStringsBooleansAndBlanks() throws Exception {
    assertThat(ints.fromJson("\"42\"")).isEqualTo(42);
    assertThat(ints.fromJson("true")).isEqualTo(1);
    assertThat(longs.fromJson("false")).isEqualTo(0L);
    assertThat(ints.fromJson("\"\"")).isNull();
    assertThat(longs.fromJson("\" 7 \"")).isEqualTo(7L);
    assertThatThrownBy(() -> ints.fromJson("\"4x\"")).isInstanceOf(JsonDataException.class);
  }
}
