package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeAdaptersTest {
  private final Moshi moshi = OrderKitJson.moshiBuilder().build();
  private final JsonAdapter<OffsetDateTime> offsetDateTime = moshi.adapter(OffsetDateTime.class);
  private final JsonAdapter<Instant> instant = moshi.adapter(Instant.class);
  private final JsonAdapter<LocalDate> localDate = moshi.adapter(LocalDate.class);

  /** Every form found in the API docs, with the value it means and how it is written back. */
  @ParameterizedTest
  @CsvSource({
    "2024-01-21T09:30:00Z,           2024-01-21T09:30:00Z",
    "2025-09-17T01:12:09.000000Z,    2025-09-17T01:12:09Z",
    "2025-12-05T06:32:00.000Z,       2025-12-05T06:32:00Z",
    "2026-04-08T09:29:07.444755+00:00, 2026-04-08T09:29:07.444755Z",
    "2026-04-26T00:00:00.000Z,       2026-04-26T00:00:00Z",
  })
  void readsEveryDocumentedTimestampForm(String text, String written) throws Exception {
    OffsetDateTime parsed = offsetDateTime.fromJson("\"" + text + "\"");
    assertThat(parsed).isEqualTo(OffsetDateTime.parse(text));
    assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(offsetDateTime.toJson(parsed)).isEqualTo("\"" + written + "\"");
    Instant asInstant = instant.fromJson("\"" + text + "\"");
    assertThat(asInstant).isEqualTo(parsed.toInstant());
    assertThat(instant.toJson(asInstant)).isEqualTo("\"" + written + "\"");
  }

  @Test
  void microsecondsAreKept() throws Exception {
    Instant value = instant.fromJson("\"2026-04-08T09:29:07.444755+00:00\"");
    assertThat(value.getNano()).isEqualTo(444_755_000);
  }

  @Test
  void nonUtcOffsetIsKeptForOffsetDateTimeAndNormalizedForInstant() throws Exception {
    OffsetDateTime value = offsetDateTime.fromJson("\"2025-01-31T10:00:00+07:00\"");
    assertThat(value.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(offsetDateTime.toJson(value)).isEqualTo("\"2025-01-31T10:00:00+07:00\"");
    assertThat(instant.toJson(instant.fromJson("\"2025-01-31T10:00:00+07:00\"")))
        .isEqualTo("\"2025-01-31T03:00:00Z\"");
  }

  @Test
  void localDateRoundTrips() throws Exception {
    assertThat(localDate.fromJson("\"2025-01-31\"")).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(localDate.toJson(LocalDate.of(2025, 1, 31))).isEqualTo("\"2025-01-31\"");
  }

  @Test
  void nullAndEmptyStringReadAsNull() throws Exception {
    assertThat(offsetDateTime.fromJson("null")).isNull();
    assertThat(instant.fromJson("\"\"")).isNull();
    assertThat(localDate.fromJson("\"\"")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yesterday\"", "\"2024-13-01T00:00:00Z\"", "\"2024-01-21 25:30:00\"",
      "\"2024-01-21T09:30:00+7\"", "\"12.5\""})
  void badTextFailsNamingThePath(String json) {
    JsonAdapter<Map<String, OffsetDateTime>> map =
        moshi.adapter(Types.newParameterizedType(Map.class, String.class, OffsetDateTime.class));
    assertThatThrownBy(() -> map.fromJson("{\"created_at\": " + json + "}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("ISO-8601")
        .hasMessageContaining("$.created_at");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Laravel's Y-m-d H:i:s and other offset-less forms: UTC, Laravel's default zone
      "\"2025-09-27 01:12:09\"          | 2025-09-27T01:12:09Z",
      "\"2025-09-27T01:12:09\"          | 2025-09-27T01:12:09Z",
      "\"2025-09-27 01:12:09.123456\"   | 2025-09-27T01:12:09.123456Z",
      "\"2025-09-27 08:12:09+07:00\"    | 2025-09-27T08:12:09+07:00",
      "\"2025-09-27T08:12:09+0700\"     | 2025-09-27T08:12:09+07:00",
      "\"2025-09-27 08:12:09+07\"       | 2025-09-27T08:12:09+07:00",
      "\"2025-09-27\"                   | 2025-09-27T00:00:00Z",
      // epoch seconds and milliseconds, as numbers or strings
      "1758935529                     | 2025-09-27T01:12:09Z",
      "\"1758935529\"                   | 2025-09-27T01:12:09Z",
      "1758935529123                  | 2025-09-27T01:12:09.123Z",
  })
  void serverFormsOfADateTimeAreRead(String json, String expected) throws Exception {
    assertThat(offsetDateTime.fromJson(json)).isEqualTo(OffsetDateTime.parse(expected));
    assertThat(instant.fromJson(json)).isEqualTo(OffsetDateTime.parse(expected).toInstant());
  }

  @Test
  void onlyPlausibleEpochsAreTimesAndZeroIsNone() throws Exception {
    assertThat(offsetDateTime.fromJson("0")).isNull();
    assertThat(instant.fromJson("\"0\"")).isNull();
    for (String notATime : new String[] {"\"20250927\"", "\"20250927011209\"", "2025",
        "1758935529123456"}) {
      assertThatThrownBy(() -> offsetDateTime.fromJson(notATime))
          .as(notATime).isInstanceOf(JsonDataException.class);
    }
  }

  @Test
  void aDateIsReadFromADateTimeToo() throws Exception {
    assertThat(localDate.fromJson("\"2025-09-27 01:12:09\"")).isEqualTo(LocalDate.of(2025, 9, 27));
    assertThat(localDate.fromJson("\"2025-09-27T01:12:09Z\"")).isEqualTo(LocalDate.of(2025, 9, 27));
  }

  @Test
  void anObjectWhereATimestampIsExpectedFails() {
    assertThatThrownBy(() -> localDate.fromJson("{}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("BEGIN_OBJECT");
    assertThatThrownBy(() -> localDate.fromJson("20250927"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("ISO-8601 date");
  }
}
