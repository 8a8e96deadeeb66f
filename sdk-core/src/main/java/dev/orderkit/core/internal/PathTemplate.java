package dev.orderkit.core.internal;

import dev.orderkit.core.errors.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * A request path such as {@code api/partner/v1/orders/{id}/detail}, split into segments once and
 * cached: the endpoints' paths are a small fixed set, and splitting them on every call was a
 * measurable share of a call's garbage. Thread-safe.
 */
public final class PathTemplate {
  /** Enough for every endpoint of every API; untyped requests may bring arbitrary paths. */
  private static final int MAX_CACHED = 512;
  private static final ConcurrentHashMap<String, PathTemplate> CACHE = new ConcurrentHashMap<>();

  /** Literal segments as they are sent, or the names of {@code {name}} placeholders. */
  private final String[] segments;
  private final boolean[] placeholders;

  private PathTemplate(String[] segments, boolean[] placeholders) {
    this.segments = segments;
    this.placeholders = placeholders;
  }

  /** Returns the template for {@code path} (no leading slash; empty for the base URL itself). */
  public static PathTemplate of(String path) {
    PathTemplate template = CACHE.get(path);
    if (template == null) {
      template = parse(path);
      if (CACHE.size() < MAX_CACHED) {
        CACHE.putIfAbsent(path, template);
      }
    }
    return template;
  }

  private static PathTemplate parse(String path) {
    List<String> segments = new ArrayList<>();
    List<Boolean> placeholders = new ArrayList<>();
    if (!path.isEmpty()) {
      for (String segment : path.split("/", -1)) {
        boolean placeholder = segment.length() >= 2 && segment.startsWith("{")
            && segment.endsWith("}");
        segments.add(placeholder ? segment.substring(1, segment.length() - 1) : segment);
        placeholders.add(placeholder);
      }
    }
    boolean[] flags = new boolean[placeholders.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = placeholders.get(i);
    }
    return new PathTemplate(segments.toArray(new String[0]), flags);
  }

  /**
   * Appends the segments to {@code url}: literals as they are (already encoded), placeholders
   * from {@code params}, percent-encoded as one segment each.
   *
   * @throws InvalidInputException if a placeholder has no value
   */
  public void appendTo(HttpUrl.Builder url, Map<String, String> params) {
    for (int i = 0; i < segments.length; i++) {
      if (placeholders[i]) {
        String value = params.get(segments[i]);
        if (value == null) {
          throw new InvalidInputException(segments[i], "path parameter is required");
        }
        url.addPathSegment(value);
      } else {
        url.addEncodedPathSegment(segments[i]);
      }
    }
  }
}
