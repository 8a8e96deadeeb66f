package dev.orderkit.core.spi;

import dev.orderkit.core.errors.InvalidInputException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One request as an API module describes it: method, path (with {@code {name}} placeholders
 * filled from encoded path parameters), query, JSON body, how the response is parsed, and whether
 * it is safe to repeat. {@code GET} is safe to repeat; a {@code POST} is not unless marked
 * {@link Builder#safeToRepeat(boolean)}: a POST that may have been processed is never replayed.
 */
public final class ApiRequest<T> {
  private final String method;
  private final String pathTemplate;
  private final Map<String, String> pathParams;
  private final Map<String, String> query;
  private final @Nullable RequestBodyWriter body;
  private final ResponseParser<T> parser;
  private final boolean safeToRepeat;
  private final Set<Integer> resultStatuses;
  private final String description;

  private ApiRequest(Builder<T> b) {
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.pathParams = copyOf(b.pathParams);
    this.query = copyOf(b.query);
    this.body = b.body;
    this.parser = b.parser;
    this.safeToRepeat = b.safeToRepeat != null ? b.safeToRepeat : isSafeMethod(b.method);
    this.resultStatuses = b.resultStatuses == null ? Collections.<Integer>emptySet()
        : Collections.unmodifiableSet(new HashSet<>(b.resultStatuses));
    this.description = b.description != null ? b.description : b.method + " " + b.pathTemplate;
  }

  /** An unmodifiable copy; none for the usual zero or one entry (requests are made per call). */
  private static Map<String, String> copyOf(@Nullable Map<String, String> map) {
    if (map == null) {
      return Collections.emptyMap();
    }
    if (map.size() == 1) {
      Map.Entry<String, String> only = map.entrySet().iterator().next();
      return Collections.singletonMap(only.getKey(), only.getValue());
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Starts a request; {@code path} is relative to the base URL and may hold {@code {name}}. */
  public static <T> Builder<T> builder(String method, String path, ResponseParser<T> parser) {
    return new Builder<>(method, path, parser);
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path template, e.g. {@code api/partner/v1/orders/{id}/detail}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** Values for the path's placeholders, encoded when the URL is built. */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /** Query parameters. */
  public Map<String, String> query() {
    return query;
  }

  /** The JSON body writer, or null for no body. */
  public @Nullable RequestBodyWriter body() {
    return body;
  }

  /** Parses the body of a successful response. */
  public ResponseParser<T> parser() {
    return parser;
  }

  /** Whether the request may be replayed after it may have reached the server. */
  public boolean safeToRepeat() {
    return safeToRepeat;
  }

  /**
   * Error statuses whose non-empty body is a business result to parse, never retried (cekceir's
   * 503 with a failed order).
   */
  public Set<Integer> resultStatuses() {
    return resultStatuses;
  }

  /** A short description used in messages, e.g. {@code create order}. */
  public String description() {
    return description;
  }

  private static boolean isSafeMethod(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder<T> {
    private final String method;
    private final String pathTemplate;
    private final ResponseParser<T> parser;
    private @Nullable Map<String, String> pathParams; // created on first use: most requests have none
    private @Nullable Map<String, String> query;
    private @Nullable Set<Integer> resultStatuses;
    private @Nullable RequestBodyWriter body;
    private @Nullable Boolean safeToRepeat;
    private @Nullable String description;

    private Builder(String method, String path, ResponseParser<T> parser) {
      if (method == null || method.trim().isEmpty()) {
        throw new InvalidInputException("method", "is required");
      }
      if (path == null) {
        throw new InvalidInputException("path", "is required");
      }
      if (parser == null) {
        throw new InvalidInputException("parser", "is required");
      }
      this.method = method.trim().toUpperCase(Locale.ROOT);
      String p = path.trim();
      while (p.startsWith("/")) {
        p = p.substring(1);
      }
      this.pathTemplate = p;
      this.parser = parser;
    }

    /** Fills the {@code {name}} placeholder; the value is percent-encoded as one segment. */
    public Builder<T> pathParam(String name, String value) {
      if (value == null || value.isEmpty()) {
        throw new InvalidInputException(name, "must not be empty");
      }
      if (value.equals(".") || value.equals("..")) {
        throw new InvalidInputException(name, "must not be '.' or '..' (a path segment of its own)");
      }
      if (pathParams == null) {
        pathParams = new LinkedHashMap<>();
      }
      pathParams.put(name, value);
      return this;
    }

    /** Adds a query parameter (null values are skipped). */
    public Builder<T> query(String name, @Nullable Object value) {
      if (value != null) {
        if (query == null) {
          query = new LinkedHashMap<>();
        }
        query.put(name, String.valueOf(value));
      }
      return this;
    }

    /** Sets the JSON body. */
    public Builder<T> body(@Nullable RequestBodyWriter body) {
      this.body = body;
      return this;
    }

    /** Marks whether a replay after the request may have been processed is harmless. */
    public Builder<T> safeToRepeat(boolean safe) {
      this.safeToRepeat = safe;
      return this;
    }

    /** Treats a non-empty body with this error status as a result to parse, never retried. */
    public Builder<T> resultStatus(int status) {
      if (resultStatuses == null) {
        resultStatuses = new HashSet<>();
      }
      resultStatuses.add(status);
      return this;
    }

    /** A short description for messages, e.g. {@code create order}. */
    public Builder<T> description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /** Builds the request. */
    public ApiRequest<T> build() {
      return new ApiRequest<>(this);
    }
  }
}
