package dev.orderkit.core.errors;

import java.util.Optional;
import dev.orderkit.core.spi.ErrorDecoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * What an error response said: the HTTP status and headers, the raw body (bounded), and what the
 * API's error decoder found in it (error code, message, request or trace id, field errors).
 * Immutable; built by the transport and by each API's {@link ErrorDecoder}.
 */
public final class ErrorDetails {
  private final int status;
  private final Headers headers;
  private final String rawBody;
  private final @Nullable String errorCode;
  private final @Nullable String message;
  private final @Nullable String requestId;
  private final @Nullable String traceId;
  private final Map<String, List<String>> fieldErrors;
  private final Map<String, String> attributes;
  private final int attempts;
  private final @Nullable String note;

  private ErrorDetails(Builder b) {
    this.status = b.status;
    this.headers = b.headers;
    this.rawBody = b.rawBody;
    this.errorCode = b.errorCode;
    this.message = b.message;
    this.requestId = b.requestId;
    this.traceId = b.traceId;
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(b.fieldErrors));
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.attempts = b.attempts;
    this.note = b.note;
  }

  /** A copy of these details with OrderKit's {@code note} (see {@link #note()}). */
  public ErrorDetails withNote(@Nullable String note) {
    Builder b = builder(status).headers(headers).rawBody(rawBody).errorCode(errorCode)
        .message(message).requestId(requestId).traceId(traceId).attempts(attempts).note(note);
    for (Map.Entry<String, List<String>> e : fieldErrors.entrySet()) { // no Map.forEach: API 21
      b.addFieldErrors(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      b.attribute(e.getKey(), e.getValue());
    }
    return b.build();
  }

  /** Starts details for a response with this status. */
  public static Builder builder(int status) {
    return new Builder(status);
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public Headers headers() {
    return headers;
  }

  /** The response body as text, cut to a bounded length; empty when there was none. */
  public String rawBody() {
    return rawBody;
  }

  /** The API's error code (such as {@code ORDER_VALIDATION_ERROR}). */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The API's own message. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The request id from the body or the headers. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The trace id from the body. */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /** Field errors: field path to the messages for it, verbatim; empty when none. */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /**
   * Other top-level values an API's error body carries, by name, as its decoder found them (for
   * example cekceir's {@code source}); empty when none.
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** How many HTTP attempts were made. */
  public int attempts() {
    return attempts;
  }

  /**
   * OrderKit's own remark on the error, added to the exception's message: why it was not
   * retried, such as an exhausted retry quota; empty when none.
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /** Builds {@link ErrorDetails}. */
  public static final class Builder {
    private final int status;
    private Headers headers = Headers.of();
    private String rawBody = "";
    private @Nullable String errorCode;
    private @Nullable String message;
    private @Nullable String requestId;
    private @Nullable String traceId;
    private final Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private int attempts = 1;
    private @Nullable String note;

    private Builder(int status) {
      this.status = status;
    }

    /** The HTTP status this builder was started with. */
    public int status() {
      return status;
    }

    /** Sets the response headers. */
    public Builder headers(@Nullable Headers headers) {
      this.headers = headers == null ? Headers.of() : headers;
      return this;
    }

    /** Sets the (already bounded) raw body. */
    public Builder rawBody(@Nullable String rawBody) {
      this.rawBody = rawBody == null ? "" : rawBody;
      return this;
    }

    /** Sets the API's error code. */
    public Builder errorCode(@Nullable String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /** Sets the API's message. */
    public Builder message(@Nullable String message) {
      this.message = message;
      return this;
    }

    /** Sets the request id. */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets the trace id. */
    public Builder traceId(@Nullable String traceId) {
      this.traceId = traceId;
      return this;
    }

    /** Adds messages for one field path. */
    public Builder addFieldErrors(String field, List<String> messages) {
      List<String> copy = Collections.unmodifiableList(new java.util.ArrayList<>(messages));
      fieldErrors.put(field, copy);
      return this;
    }

    /** Records another top-level value of the error body (null values are ignored). */
    public Builder attribute(@Nullable String name, @Nullable String value) {
      if (name != null && value != null) {
        attributes.put(name, value);
      }
      return this;
    }

    /** Sets OrderKit's remark on the error (see {@link ErrorDetails#note()}). */
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /** Sets the number of attempts made. */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /** Builds the immutable details. */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
