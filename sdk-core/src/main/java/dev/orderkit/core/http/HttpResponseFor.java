package dev.orderkit.core.http;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.internal.BodyText;
import dev.orderkit.core.internal.RuntimeDependencies;
import dev.orderkit.core.internal.TrailingCommas;
import okhttp3.Headers;
import okio.Buffer;

/**
 * A response before parsing: status, headers, request id and attempt count, then {@link #parse()}
 * for the typed value. The body has been read in full (within the size limit) and the connection
 * released, so this object can be kept and parsed later, on any thread.
 */
public final class HttpResponseFor<T> {
  private final ResponseMeta meta;
  private final byte[] body; // never modified
  private final ResponseParser<T> parser;
  /** The body as read, still in Okio's pooled segments, for the first parse; then null. */
  private Buffer unread;
  private T parsed;
  private boolean isParsed;

  /** Wraps a fully read response; used by the transport. */
  public HttpResponseFor(ResponseMeta meta, Buffer body, ResponseParser<T> parser) {
    this(meta, body.snapshot().toByteArray(), null, parser);
  }

  /** Wraps a fully read response held as bytes; used by the transport. */
  public HttpResponseFor(ResponseMeta meta, okio.ByteString body, ResponseParser<T> parser) {
    this(meta, body.toByteArray(), null, parser);
  }

  /**
   * Wraps a fully read response; used by the transport. {@code body} is taken as it is (no
   * copy: the caller must not change it). {@code unread}, if not null, holds the same bytes as
   * read from the connection: the first parse consumes it (its pooled segments go back to
   * Okio's pool), which saves copying the body once more on the usual path.
   */
  public HttpResponseFor(ResponseMeta meta, byte[] body, Buffer unread, ResponseParser<T> parser) {
    this.meta = meta;
    this.body = body;
    this.unread = unread;
    this.parser = parser;
  }

  /** Returns the read buffer for the one parse that may consume it, or a fresh copy. */
  private synchronized Buffer source() {
    Buffer source = unread;
    unread = null;
    return source != null ? source : new Buffer().write(body);
  }

  /** The HTTP status code. */
  public int statusCode() {
    return meta.statusCode();
  }

  /** The response headers. */
  public Headers headers() {
    return meta.headers();
  }

  /** The request id from the response headers, or null. */
  public String requestId() {
    return meta.requestId();
  }

  /** How many HTTP attempts it took to get this response. */
  public int attempts() {
    return meta.attempts();
  }

  /** Status, headers, request id and attempts as one value. */
  public ResponseMeta meta() {
    return meta;
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Parses the body into the endpoint's type (once; later calls return the same value).
   *
   * @throws ResponseDecodingException when the body does not match the documented shape
   */
  public synchronized T parse() {
    if (!isParsed) {
      parsed = doParse();
      isParsed = true;
    }
    return parsed;
  }

  private T doParse() {
    try {
      return parseFrom(source()); // consumed by the reader: segment recycled
    } catch (JsonEncodingException e) {
      // Vendor examples (and so, sometimes, servers) put a comma before '}' or ']'. Moshi refuses
      // that even when lenient; retry once without those commas before giving up.
      Buffer repaired = TrailingCommas.remove(new Buffer().write(body));
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
      throw RuntimeDependencies.fromLinkageError(e);
    }
  }

  private T parseFrom(Buffer source) throws java.io.IOException {
    try {
      JsonReader reader = JsonReader.of(source);
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

  private ResponseDecodingException decodingError(String message, Throwable cause) {
    String quoted = message.length() <= 500 ? message : message.substring(0, 500) + "…[truncated]";
    return new ResponseDecodingException(quoted, cause, meta.statusCode(), meta.headers(),
        meta.requestId(), BodyText.bounded(new Buffer().write(body)), meta.attempts());
  }

  /**
   * The same response, parsed into {@code f}'s result: lets a module turn a decoded envelope into
   * the value its callers see without parsing twice.
   */
  public <R> HttpResponseFor<R> map(java.util.function.Function<? super T, ? extends R> f) {
    ResponseParser<T> inner = parser;
    Buffer pending;
    synchronized (this) {
      pending = unread; // the mapped response parses instead of this one
      unread = null;
    }
    return new HttpResponseFor<>(meta, body, pending,
        (reader, m) -> f.apply(inner.parse(reader, m)));
  }

  @Override
  public String toString() {
    return "HttpResponseFor{status=" + meta.statusCode() + ", requestId=" + meta.requestId()
        + ", attempts=" + meta.attempts() + ", bodyBytes=" + body.length + "}";
  }
}
