package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * ISO-8601 time. Accepts {@code Z} or a numeric offset and any fraction length
 * ({@code 2024-01-21T09:30:00Z}, {@code 2025-09-17T01:12:09.000000Z},
 * {@code 2026-04-08T09:29:07.444755+00:00}); an empty string reads as null. What PHP/Laravel
 * servers also send is read too ({@link LenientTimes}): {@code 2025-09-27 01:12:09} (a time
 * without offset is UTC, Laravel's default zone), a date alone, {@code +0700} offsets, and epoch
 * seconds or milliseconds. Written always as ISO-8601 with offset.
 */
final class TimeAdapters {
  static final JsonAdapter<OffsetDateTime> OFFSET_DATE_TIME =
      new TimeAdapter<OffsetDateTime>("an ISO-8601 date-time with offset") {
        @Override
        OffsetDateTime parse(String text) {
          return IsoTimes.offsetDateTime(text);
        }

        @Override
        OffsetDateTime parseLenient(String text) {
          return LenientTimes.offsetDateTime(text);
        }

        @Override
        @Nullable OffsetDateTime fromEpoch(String number) {
          return LenientTimes.epoch(number);
        }

        @Override
        String format(OffsetDateTime value) {
          return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        }
      };

  /** An instant: read as a date-time with offset (every form above), written in UTC. */
  static final JsonAdapter<Instant> INSTANT = new JsonAdapter<Instant>() {
    @Override
    public @Nullable Instant fromJson(JsonReader reader) throws IOException {
      OffsetDateTime time = OFFSET_DATE_TIME.fromJson(reader);
      return time == null ? null : time.toInstant();
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
      writer.value(value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value));
    }

    @Override
    public String toString() {
      return "JsonAdapter(Instant)";
    }
  };

  static final JsonAdapter<LocalDate> LOCAL_DATE =
      new TimeAdapter<LocalDate>("an ISO-8601 date") {
        @Override
        LocalDate parse(String text) {
          return IsoTimes.localDate(text);
        }

        @Override
        LocalDate parseLenient(String text) {
          return LenientTimes.localDate(text);
        }

        @Override
        String format(LocalDate value) {
          return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
        }
      };

  private TimeAdapters() {}

  /** Reads and writes one time type as a JSON string. */
  private abstract static class TimeAdapter<T> extends JsonAdapter<T> {
    private final String expected;

    TimeAdapter(String expected) {
      this.expected = expected;
    }

    abstract T parse(String text);

    /** The other forms servers send; throws {@link DateTimeException} if none fits. */
    abstract T parseLenient(String text);

    /** A JSON number: epoch seconds or milliseconds, where the type is an instant (0: null). */
    @Nullable T fromEpoch(String number) {
      throw new DateTimeException("a number is not a date");
    }

    abstract String format(T value);

    @Override
    public @Nullable T fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (token != JsonReader.Token.STRING && token != JsonReader.Token.NUMBER) {
        throw new JsonDataException(
            "Expected " + expected + " but was " + token + " at path " + reader.getPath());
      }
      String text = reader.nextString().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return token == JsonReader.Token.NUMBER || LenientTimes.isEpoch(text)
            ? fromEpoch(text) : parse(text);
      } catch (DateTimeException | ArithmeticException e) {
        try {
          return parseLenient(text);
        } catch (DateTimeException | ArithmeticException ignored) {
          throw new JsonDataException(
              "Expected " + expected + " but was \"" + text + "\" at path "
                  + JsonPaths.ofValueJustRead(reader), e);
        }
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(format(value));
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + expected + ")";
    }
  }
}
