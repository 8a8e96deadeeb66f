package dev.orderkit.partner.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.ErrorDetails;
import dev.orderkit.core.spi.StandardErrorDecoder;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.JsonTree;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The one place the partner envelope {@code {"status", "message", "data", "errors",
 * "request_id"}} is read. It absorbs the page's quirks: {@code status} is a number everywhere but
 * the string {@code "ok"} in tracking; {@code data} is {@code null} (create), {@code []}
 * (fulfillment actions) or an object. An envelope whose own status is an error (400 or more,
 * even inside an HTTP 200) raises the typed exception for that status, with the field errors.
 */
public final class Envelope {
  private Envelope() {}

  /** A parser for envelopes whose {@code data} is read by {@code dataAdapter}. */
  public static <T> ResponseParser<Enveloped<T>> parser(JsonAdapter<T> dataAdapter) {
    return new Parser<>(dataAdapter);
  }

  /** A parser for envelopes whose {@code data} carries nothing (null or {@code []}). */
  public static ResponseParser<Enveloped<Void>> withoutData() {
    return new Parser<>(null);
  }

  /** The envelope parser: a class, not a lambda, which a cold start would spin up first. */
  private static final class Parser<T> implements ResponseParser<Enveloped<T>> {
    private final @Nullable JsonAdapter<T> dataAdapter;

    Parser(@Nullable JsonAdapter<T> dataAdapter) {
      this.dataAdapter = dataAdapter;
    }

    @Override
    public Enveloped<T> parse(JsonReader reader, ResponseMeta meta) throws IOException {
      return read(reader, meta, dataAdapter);
    }
  }

  static <T> Enveloped<T> read(JsonReader reader, ResponseMeta meta,
      @Nullable JsonAdapter<T> dataAdapter)
      throws IOException {
    int status = meta.statusCode();
    boolean statusSeen = false;
    String message = null;
    T data = null;
    Object deferredData = null; // data read before the status said it is not an error
    Object errors = null;
    String requestId = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "status":
          status = readStatus(reader, meta.statusCode());
          statusSeen = true;
          break;
        case "message":
          message = nullableString(reader);
          break;
        case "data":
          if (statusSeen && status < 400) {
            data = readData(reader, dataAdapter); // the usual order: decode while streaming
          } else {
            deferredData = JsonTree.read(reader);
          }
          break;
        case "errors":
          errors = JsonTree.read(reader);
          break;
        case "request_id":
          requestId = nullableString(reader);
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    if (status < 400 && deferredData != null && dataAdapter != null) {
      data = readData(JsonReader.of(asJson(deferredData)), dataAdapter);
    }
    if (status >= 400) {
      ErrorDetails.Builder details = meta.errorDetails(status).message(message);
      if (requestId != null) {
        details.requestId(requestId);
      }
      StandardErrorDecoder.readFieldErrors(errors, details);
      throw ApiException.from(details.build());
    }
    return new Enveloped<>(status, message, data, requestId);
  }

  private static int readStatus(JsonReader reader, int httpStatus) throws IOException {
    switch (reader.peek()) {
      case NUMBER:
        String number = reader.nextString();
        if (number.length() > 6) {
          throw new JsonDataException("Unexpected envelope status at path " + reader.getPath());
        }
        try {
          return Integer.parseInt(number);
        } catch (NumberFormatException e) {
          throw new JsonDataException("Unexpected envelope status '" + number + "' at path "
              + reader.getPath());
        }
      case STRING:
        String text = reader.nextString().trim();
        try {
          return Integer.parseInt(text);
        } catch (NumberFormatException e) {
          return httpStatus; // "ok" in tracking; any other word defers to the HTTP status
        }
      case NULL:
        reader.nextNull();
        return httpStatus;
      default:
        throw new JsonDataException("Expected the envelope status at path " + reader.getPath());
    }
  }

  private static <T> @Nullable T readData(JsonReader reader, @Nullable JsonAdapter<T> adapter)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (adapter == null) {
      reader.skipValue();
      return null;
    }
    if (token == JsonReader.Token.BEGIN_ARRAY) {
      // fulfillment actions send "data": [] where other calls send an object or null
      reader.beginArray();
      if (reader.hasNext()) {
        throw new JsonDataException("Expected an object or an empty array at path "
            + reader.getPath());
      }
      reader.endArray();
      return null;
    }
    return adapter.fromJson(reader);
  }

  private static okio.Buffer asJson(Object tree) throws IOException {
    okio.Buffer buffer = new okio.Buffer();
    JsonTree.write(com.squareup.moshi.JsonWriter.of(buffer), tree);
    return buffer;
  }

  private static @Nullable String nullableString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }

  /**
   * The envelope's {@code request_id} in a raw body, without parsing the rest: what a raw
   * response's {@code requestId()} reports, as the exceptions and typed results do.
   */
  public static @Nullable String requestIdIn(byte[] body) {
    return dev.orderkit.core.spi.JsonTree.topLevelText(body, "request_id");
  }

  /** Fails when {@code data} was absent where the endpoint documents a value. */
  public static <T> T requireData(Enveloped<T> envelope, String what) {
    if (envelope.data() == null) {
      throw new JsonDataException("The response has no " + what + " in data");
    }
    return envelope.data();
  }
}
