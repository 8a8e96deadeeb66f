package dev.orderkit.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * One request a fake received, as it arrived: method, path, query, headers and body. Immutable;
 * the body can be read any number of times. {@code toString()} hides credentials.
 */
public final class RecordedCall {
  private final String method;
  private final String path;
  private final List<String> pathSegments;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final int sequenceOnConnection;

  private RecordedCall(String method, String path, List<String> pathSegments,
      Map<String, List<String>> query, Map<String, List<String>> headers, String body,
      int sequenceOnConnection) {
    this.method = method;
    this.path = path;
    this.pathSegments = pathSegments;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.sequenceOnConnection = sequenceOnConnection;
  }

  static RecordedCall of(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (url != null) {
      for (String name : url.queryParameterNames()) {
        query.put(name, Collections.unmodifiableList(url.queryParameterValues(name)));
      }
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.getHeaders().names()) {
      headers.put(name.toLowerCase(Locale.ROOT),
          Collections.unmodifiableList(request.getHeaders().values(name)));
    }
    String method = request.getMethod() == null ? "" : request.getMethod();
    String path = url != null ? url.encodedPath() : String.valueOf(request.getPath());
    List<String> segments = url != null ? Collections.unmodifiableList(url.pathSegments())
        : Collections.<String>emptyList();
    return new RecordedCall(method, path, segments, Collections.unmodifiableMap(query),
        Collections.unmodifiableMap(headers), request.getBody().clone().readUtf8(),
        request.getSequenceNumber());
  }

  /** The HTTP method, such as {@code POST}. */
  public String method() {
    return method;
  }

  /** The encoded path, without the query, such as {@code /api/orders}. */
  public String path() {
    return path;
  }

  /** The path's segments, decoded: {@code ["order", "a b"]} for {@code /order/a%20b}. */
  public List<String> pathSegments() {
    return pathSegments;
  }

  /** The first value of query parameter {@code name}, or null. */
  public @Nullable String queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every query parameter, in order. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** The first value of header {@code name} (any case), or null. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every header, by lower-case name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body as UTF-8 text; empty when there was none. */
  public String body() {
    return body;
  }

  /**
   * The body as a JSON tree ({@code Map}, {@code List}, {@code String}, {@code BigDecimal},
   * {@code Boolean}), or null when it is empty or not JSON.
   */
  public @Nullable Object json() {
    if (body.isEmpty()) {
      return null;
    }
    try {
      return Json.parse(body);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * This request's index on its connection: 0 for the first request of a connection, 1 and up
   * for requests on a reused (keep-alive) one.
   */
  public int sequenceOnConnection() {
    return sequenceOnConnection;
  }

  /** Method and path; never credentials. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
