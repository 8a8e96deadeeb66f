package dev.orderkit.cekat.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.spi.StandardErrorDecoder;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.spi.ResponseParser;
import java.io.IOException;
import java.util.Locale;

/**
 * The one place cekat's response envelopes are read: create answers {@code {"success": true,
 * "data": <order>}}, list answers {@code {"message": "success", "data": {"orders": [...]}}}.
 *
 * <p>On a 2xx: {@code "success": false} (a JSON {@code false} or the string {@code "false"})
 * means the API refused the call although the HTTP status says otherwise, so it raises the typed
 * {@link ApiException} for that status (an {@code UnexpectedStatusException} for a 200 or 201)
 * with the body's {@code message}, error code and field errors; it is checked before
 * {@code data} is read. A missing or {@code null} {@code data} on an otherwise successful answer
 * does not match the contract: a {@link JsonDataException}, which the transport turns into a
 * {@link dev.orderkit.core.errors.ResponseDecodingException} keeping the raw body. A
 * {@code message} other than {@code "success"} is not treated as a failure.
 */
public final class CekatEnvelope {
  private CekatEnvelope() {}

  /** Reads the {@code data} member of an envelope; never called for a JSON null. */
  @FunctionalInterface
  public interface DataReader<T> {
    /** Reads the value at the reader's position. */
    T read(JsonReader reader) throws IOException;
  }

  /** A parser for envelopes whose {@code data} (required) is read by {@code data}. */
  public static <T> ResponseParser<T> parser(String what, DataReader<T> data) {
    return (reader, meta) -> read(reader, meta, what, data);
  }

  static <T> T read(JsonReader reader, ResponseMeta meta, String what, DataReader<T> dataReader)
      throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("Expected the response envelope (a JSON object) but was "
          + reader.peek() + " at path " + reader.getPath());
    }
    if (saysFailure(reader.peekJson())) {
      throw refused(meta);
    }
    T data = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName().equals("data") && reader.peek() != JsonReader.Token.NULL) {
        data = dataReader.read(reader);
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    if (data == null) {
      throw new JsonDataException("The response has no " + what + " in data");
    }
    return data;
  }

  /** Looks ahead for a top-level {@code "success": false} without consuming anything. */
  private static boolean saysFailure(JsonReader ahead) throws IOException {
    try {
      ahead.beginObject();
      while (ahead.hasNext()) {
        if (!ahead.nextName().equals("success")) {
          ahead.skipValue();
          continue;
        }
        switch (ahead.peek()) {
          case BOOLEAN:
            return !ahead.nextBoolean();
          case STRING:
            return ahead.nextString().trim().toLowerCase(Locale.ROOT).equals("false");
          default:
            ahead.skipValue();
        }
      }
      return false;
    } finally {
      ahead.close();
    }
  }

  private static ApiException refused(ResponseMeta meta) {
    return meta.toApiException(StandardErrorDecoder.INSTANCE);
  }

}
