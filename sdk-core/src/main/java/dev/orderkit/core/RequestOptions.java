package dev.orderkit.core;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.internal.HeaderChecks;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-call adjustments: a timeout for this call, extra headers, extra query parameters, extra
 * JSON body fields (for parameters the SDK does not model yet) and a retry count. Immutable.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final @Nullable Duration timeout;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final Map<String, @Nullable Object> bodyFields;
  private final @Nullable Integer maxRetries;
  private final @Nullable String tenantId;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.bodyFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.bodyFields));
    this.maxRetries = b.maxRetries;
    this.tenantId = b.tenantId;
  }

  /** No adjustments: the client's options apply. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }


  /** The whole-call timeout for each attempt of this call, if set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Extra headers for this call (they replace client headers of the same name). */
  public Map<String, String> headers() {
    return headers;
  }

  /** Extra query parameters for this call. */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /** Extra top-level fields merged into this call's JSON body (they win over modelled ones). */
  public Map<String, @Nullable Object> bodyFields() {
    return bodyFields;
  }

  /** The retry count for this call, if set. */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /**
   * The tenant this call is for, if set: sent in the client's tenant header instead of the
   * client's tenant, for this call only.
   */
  public Optional<String> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  @Override
  public String toString() {
    // Header values may hold secrets: only names are shown; the tenant only whether it is set.
    return "RequestOptions{timeout=" + timeout + ", headers=" + headers.keySet()
        + ", queryParams=" + queryParams.keySet() + ", bodyFields=" + bodyFields.keySet()
        + ", maxRetries=" + maxRetries + ", tenantId=" + (tenantId == null ? "none" : "<redacted>")
        + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final Map<String, @Nullable Object> bodyFields = new LinkedHashMap<>();
    private @Nullable Integer maxRetries;
    private @Nullable String tenantId;

    private Builder() {}

    /** The whole-call timeout for each attempt of this call. */
    public Builder timeout(Duration timeout) {
      String problem = OptionValues.negative(timeout);
      if (problem != null) {
        throw new InvalidInputException("timeout", problem);
      }
      this.timeout = timeout;
      return this;
    }

    /** Adds or replaces a header for this call. */
    public Builder header(String name, String value) {
      if (!HeaderChecks.isValidName(name) || !HeaderChecks.isValidValue(value)) {
        throw new InvalidInputException("header",
            "needs a valid header name and a printable-ASCII value");
      }
      headers.put(name, value);
      return this;
    }

    /** Adds a query parameter for this call. */
    public Builder queryParam(String name, String value) {
      if (name == null || name.isEmpty() || value == null) {
        throw new InvalidInputException("queryParam", "needs a name and a value");
      }
      queryParams.put(name, value);
      return this;
    }

    /**
     * Adds a top-level JSON body field for this call: a String, Number, Boolean, null, or a
     * Map/List of those.
     */
    public Builder bodyField(String name, @Nullable Object value) {
      if (name == null || name.isEmpty()) {
        throw new InvalidInputException("bodyField", "needs a name");
      }
      bodyFields.put(name, value);
      return this;
    }

    /** Retries for this call, 0 to {@value ClientOptions#MAX_RETRIES_LIMIT}. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > ClientOptions.MAX_RETRIES_LIMIT) {
        throw new InvalidInputException("maxRetries",
            "must be between 0 and " + ClientOptions.MAX_RETRIES_LIMIT + "; got " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The tenant this call is for: sent in the client's tenant header ({@code X-Tenant-Id} unless
     * renamed) in place of the client's tenant, for this call only; the client and its other calls
     * keep theirs. One client can so serve many tenants (see also {@code withOptions}). It wins
     * over a {@link #header} of the same name.
     */
    public Builder tenantId(String tenantId) {
      String problem = tenantId == null ? "must not be blank"
          : OptionValues.tenantIdProblem(tenantId);
      if (problem != null) {
        throw new InvalidInputException("tenantId", problem);
      }
      this.tenantId = tenantId;
      return this;
    }

    /** Builds the immutable options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
