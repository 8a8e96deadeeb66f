package dev.orderkit.core.internal;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.errors.IncompatibleDependencyException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.ResponseParser;
import java.util.Optional;
import okhttp3.Headers;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The {@link HttpResponseFor} of a fully read response. Not API. A UTF-8 byte-order mark before
 * the JSON is skipped ({@link BodyText#skipBom}); an empty body goes to
 * {@link ResponseParser#emptyBody}.
 */
public final class BufferedHttpResponse<T> implements HttpResponseFor<T> {
  private final ResponseMeta meta;
  private final ReadBody body;
  private final ResponseParser<T> parser;
  /** The request's description, or null when the response was made without its request. */
  private final @Nullable String request;
  private final boolean safeToRepeat;
  private @Nullable T parsed;
  private boolean isParsed;
  private @Nullable String bodyRequestId;
  private boolean bodyRequestIdRead;

  /**
   * Wraps a fully read response whose body is {@code body}, taking the array as it is (no copy:
   * the caller must not change it).
   */
  public BufferedHttpResponse(ResponseMeta meta, byte[] body, ResponseParser<T> parser) {
    this(meta, ReadBody.of(body), parser, null, false);
  }

  /** Wraps a fully read response whose body is {@code body}. */
  public BufferedHttpResponse(ResponseMeta meta, ReadBody body, ResponseParser<T> parser) {
    this(meta, body, parser, null, false);
  }

  /**
   * Wraps a fully read response; used by the transport. The request tells a decoding error
   * whether it was a read or a write.
   */
  public BufferedHttpResponse(ResponseMeta meta, ReadBody body, ApiRequest<T> request) {
    this(meta, body, request.parser(), request.description(), request.safeToRepeat());
  }

  private BufferedHttpResponse(ResponseMeta meta, ReadBody body, ResponseParser<T> parser,
      @Nullable String request, boolean safeToRepeat) {
    this.meta = meta;
    this.body = body;
    this.parser = parser;
    this.request = request;
    this.safeToRepeat = safeToRepeat;
  }

  @Override
  public int statusCode() {
    return meta.statusCode();
  }

  @Override
  public Headers headers() {
    return meta.headers();
  }

  /**
   * The request id the API puts in the body, as its module's parser reads it
   * ({@link ResponseParser#requestIdIn}: the partner envelope's, as its exceptions and typed
   * results report it), else the request id header ({@code X-Request-Id} and the like). Read
   * once.
   */
  @Override
  public synchronized Optional<String> requestId() {
    if (!bodyRequestIdRead) {
      bodyRequestIdRead = true;
      try {
        bodyRequestId = parser.requestIdIn(body.bytes());
      } catch (RuntimeException e) {
        bodyRequestId = null; // released after parsing, or a parser that failed: the header then
      }
    }
    return bodyRequestId != null ? Optional.of(bodyRequestId) : meta.requestId();
  }

  @Override
  public int attempts() {
    return meta.attempts();
  }

  @Override
  public ResponseMeta meta() {
    return meta;
  }

  @Override
  public String bodyText() {
    return new String(body.bytes(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public synchronized T parse() {
    if (!isParsed) {
      parsed = doParse();
      isParsed = true;
    }
    return parsed;
  }

  private T doParse() {
    if (body.isBlank()) {
      body.takeSource().clear(); // nothing to read; recycle the segment
      return emptyBody();
    }
    try {
      return parseFrom(body.takeSource()); // consumed by the reader: segment recycled
    } catch (JsonEncodingException e) {
      // Vendor examples (and so, sometimes, servers) put a comma before '}' or ']'. Moshi refuses
      // that even when lenient; retry once without those commas before giving up.
      Buffer repaired = TrailingCommas.remove(new Buffer().write(body.bytes()));
      if (repaired != null) {
        try {
          return parseFrom(repaired);
        } catch (Exception | StackOverflowError ignored) {
          // report the original failure below
        }
      }
      throw decodingError(String.valueOf(e.getMessage()), e);
    } catch (OrderKitException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      throw decodingError(String.valueOf(e.getMessage()), e);
    } catch (LinkageError e) {
      // the response arrived (a write was processed): say so, with the incompatibility as cause
      IncompatibleDependencyException incompatible = RuntimeDependencies.fromLinkageError(e);
      throw decodingError("this app's libraries cannot read the body: "
          + incompatible.getMessage(), incompatible);
    }
  }

  /** An empty (or whitespace-only) body: a success only where the endpoint says so. */
  private T emptyBody() {
    T value;
    try {
      value = parser.emptyBody(meta);
    } catch (OrderKitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw decodingError(String.valueOf(e.getMessage()), e);
    }
    if (value == null) {
      throw decodingError("the body is empty", null);
    }
    return value;
  }

  private T parseFrom(Buffer source) throws java.io.IOException {
    try {
      JsonReader reader = JsonReader.of(BodyText.skipBom(source));
      T value = parser.parse(reader, meta);
      if (value == null) {
        throw decodingError("the body holds no value", null);
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw decodingError("unexpected content after the JSON value", null);
      }
      return value;
    } finally {
      // peek() leaves trailing whitespace unread; a Buffer dropped non-empty never returns its
      // pooled 8 KiB segment, so the next call allocates a new one. Drain it.
      source.clear();
    }
  }

  private ResponseDecodingException decodingError(String message, @Nullable Throwable cause) {
    String quoted = message.length() <= 500 ? message : message.substring(0, 500) + "…[truncated]";
    String rawBody = BodyText.bounded(new Buffer().write(body.bytes()));
    String id = meta.requestId().orElse(null);
    return request == null
        ? new ResponseDecodingException(quoted, cause, meta.statusCode(), meta.headers(), id,
            rawBody, meta.attempts())
        : new ResponseDecodingException(quoted, cause, meta.statusCode(), meta.headers(), id,
            rawBody, meta.attempts(), request, safeToRepeat);
  }

  @Override
  public <R> HttpResponseFor<R> map(java.util.function.Function<? super T, ? extends R> f) {
    ResponseParser<T> inner = parser;
    ResponseParser<R> mapped = new ResponseParser<R>() {
      @Override
      public @Nullable R parse(JsonReader reader, ResponseMeta m) throws java.io.IOException {
        return f.apply(inner.parse(reader, m));
      }

      @Override
      public @Nullable R emptyBody(ResponseMeta m) {
        T empty = inner.emptyBody(m);
        return empty == null ? null : f.apply(empty);
      }

      @Override
      public @Nullable String requestIdIn(byte[] body) {
        return inner.requestIdIn(body);
      }
    };
    // the mapped response parses instead of this one (the first parse takes the read buffer)
    return new BufferedHttpResponse<>(meta, body, mapped, request, safeToRepeat);
  }

  /**
   * Gives the body's pooled segments back once the caller is done with this response (it parsed
   * it and keeps no reference): its text cannot be read after this ({@link ReadBody#release}).
   */
  public void release() {
    body.release();
  }

  /** Releases {@code response}'s body if it is one of these; see {@link #release()}. */
  public static void release(HttpResponseFor<?> response) {
    if (response instanceof BufferedHttpResponse) {
      ((BufferedHttpResponse<?>) response).release();
    }
  }

  @Override
  public String toString() {
    return "HttpResponseFor{status=" + meta.statusCode() + ", requestId=" + meta.requestId().orElse(null)
        + ", attempts=" + meta.attempts() + ", bodyBytes=" + body.size() + "}";
  }
}
