package dev.orderkit.core;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.events.CallListener;
import dev.orderkit.core.internal.HeaderChecks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The value of every client option, with its default: the one place options are held. Mutable
 * while {@link OptionSetters} write into it; {@link #freeze()} checks it and returns the copy that
 * {@link ClientOptions} wraps and never changes. Not public API.
 *
 * <p>Every field holds an immutable value (or, for {@link #httpClient} and {@link #logger}, one
 * shared by design), so the shallow {@link #copy()} is a full copy and no option is listed twice.
 * The {@link #problems} map is the one exception and is copied explicitly.
 */
final class OptionValues implements Cloneable {
  /** The default logger, shared, so that {@code toString()} can tell it from the caller's. */
  static final OrderKitLogger DEFAULT_LOGGER = OrderKitLogger.javaUtilLogging();
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  @Nullable String baseUrl;
  @Nullable Credentials credentials;
  @Nullable String tenantId;
  String tenantHeader = ClientOptions.DEFAULT_TENANT_HEADER;
  Headers headers = new Headers.Builder().build();
  Duration connectTimeout = ClientOptions.DEFAULT_CONNECT_TIMEOUT;
  Duration readTimeout = ClientOptions.DEFAULT_READ_WRITE_TIMEOUT;
  Duration writeTimeout = ClientOptions.DEFAULT_READ_WRITE_TIMEOUT;
  Duration callTimeout = ClientOptions.DEFAULT_CALL_TIMEOUT;
  boolean timeoutsExplicit;
  int maxRetries = ClientOptions.DEFAULT_MAX_RETRIES;
  Duration initialRetryDelay = Duration.ofMillis(500);
  Duration maxRetryDelay = Duration.ofSeconds(8);
  Duration maxRetryAfter = Duration.ofSeconds(60);
  RetryQuota retryQuota = RetryQuota.standard();
  LogLevel logLevel = LogLevel.NONE;
  OrderKitLogger logger = DEFAULT_LOGGER;
  @Nullable OkHttpClient httpClient;
  int maxConcurrentRequests = ClientOptions.DEFAULT_MAX_CONCURRENT_REQUESTS;
  /** Whether {@link #maxConcurrentRequests} was set (it then applies to a caller's client too). */
  boolean maxConcurrentRequestsExplicit;
  boolean allowCleartext;
  long maxResponseBytes = ClientOptions.DEFAULT_MAX_RESPONSE_BYTES;
  @Nullable CallListener listener;

  // Builder-only state, settled by freeze().
  /** An API key set with {@code apiKey(..)}, turned into {@link #credentials} at build. */
  @Nullable String apiKey;
  boolean apiKeySet;
  /** Whether {@link #logLevel} was set; if not, {@code ORDERKIT_LOG} decides at build. */
  boolean logLevelExplicit;
  /** The parsed, normalised base URL; set only in frozen values. */
  @Nullable HttpUrl url;
  /** Option name to why its value is refused, in the order found; thrown at build. */
  private Map<String, String> problems = new LinkedHashMap<>();

  /**
   * Writes this object's options, one {@code name=value} row each, in the order of
   * {@link ClientOptions}' getters; secrets show only whether they are set. The one list of
   * how options are shown, for {@link ClientOptions#toString()}.
   */
  String describe(String type) {
    return new Row(type)
        .show("baseUrl", url != null ? url : baseUrl)
        .secret("credentials", credentials != null || apiKeySet)
        .secret("tenantId", tenantId != null)
        .show("tenantHeader", tenantHeader)
        .show("defaultHeaders", headers.names()) // names only: a value may be a key
        .show("connectTimeout", connectTimeout)
        .show("readTimeout", readTimeout)
        .show("writeTimeout", writeTimeout)
        .show("timeout", callTimeout)
        .show("timeoutsExplicit", timeoutsExplicit)
        .show("maxRetries", maxRetries)
        .show("initialRetryDelay", initialRetryDelay)
        .show("maxRetryDelay", maxRetryDelay)
        .show("maxRetryAfter", maxRetryAfter)
        .show("retryQuota", retryQuota)
        .show("logLevel", logLevel)
        .show("logger", logger == DEFAULT_LOGGER ? "java.util.logging" : "custom")
        .show("httpClient", httpClient == null ? "none" : "<shared>")
        .show("maxConcurrentRequests", maxConcurrentRequests)
        .show("maxConcurrentRequestsExplicit", maxConcurrentRequestsExplicit)
        .show("allowCleartext", allowCleartext)
        .show("maxResponseBytes", maxResponseBytes)
        .show("listener", listener == null ? "none" : "custom")
        .end();
  }

  /** An independent copy: changing either leaves the other as it was. */
  OptionValues copy() {
    try {
      OptionValues copy = (OptionValues) super.clone();
      copy.problems = new LinkedHashMap<>(problems);
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  /** Records why {@code option}'s value is refused, or, with null, that it is fine now. */
  void problem(String option, @Nullable String problem) {
    if (problem == null) {
      problems.remove(option);
    } else {
      problems.put(option, problem);
    }
  }

  /** Records a problem for {@code option} unless one is recorded already (for added values). */
  void firstProblem(String option, String problem) {
    if (!problems.containsKey(option)) {
      problems.put(option, problem);
    }
  }

  /**
   * Null if {@code tenantId} can be sent as a tenant header, else why not: the one rule for the
   * client's tenant and a call's ({@link RequestOptions.Builder#tenantId}).
   */
  static @Nullable String tenantIdProblem(String tenantId) {
    return tenantId.trim().isEmpty() ? "must not be blank"
        : !HeaderChecks.isValidValue(tenantId) ? "must be printable ASCII (it is sent as a header)"
        : null;
  }

  /** Null if {@code value} is a usable duration, else why not. */
  static @Nullable String negative(@Nullable Duration value) {
    return value == null || value.isNegative() ? "must be zero or positive; got " + value : null;
  }

  boolean hasBaseUrl() {
    return baseUrl != null && !baseUrl.trim().isEmpty();
  }

  boolean hasCredentials() {
    return apiKeySet || credentials != null;
  }

  boolean hasTenantId() {
    return tenantId != null;
  }

  /** The base URL of frozen values. */
  HttpUrl url() {
    if (url == null) {
      throw new IllegalStateException("not built");
    }
    return url;
  }

  /**
   * Checks every option and returns the immutable copy {@link ClientOptions} wraps: credentials
   * made from the API key, the base URL parsed and ending in {@code /}, the log level settled.
   * This object is not changed.
   *
   * @throws InvalidInputException naming the first option that is refused
   */
  OptionValues freeze() {
    OptionValues f = copy();
    if (f.apiKeySet) {
      f.credentials = Credentials.bearer(f.apiKey); // fails naming apiKey when blank
      f.apiKey = null;
      f.apiKeySet = false;
    }
    String text = f.baseUrl;
    if (text == null || text.trim().isEmpty()) {
      throw new InvalidInputException("baseUrl", "is required");
    }
    HttpUrl parsed = HttpUrl.parse(text.trim());
    if (parsed == null) {
      throw new InvalidInputException("baseUrl",
          "must be an absolute http:// or https:// URL; got '" + text + "'");
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new InvalidInputException("baseUrl", "must not have a query or fragment");
    }
    if (f.credentials != null && !parsed.isHttps() && !f.allowCleartext
        && !isLoopback(parsed.host())) {
      throw new InvalidInputException("baseUrl", "refuses to send credentials over cleartext "
          + "http:// to " + parsed.host() + "; use https:// or allowCleartext(true)");
    }
    if (!f.problems.isEmpty()) {
      Map.Entry<String, String> first = f.problems.entrySet().iterator().next();
      throw new InvalidInputException(first.getKey(), first.getValue());
    }
    if (!f.logLevelExplicit) {
      f.logLevel = LogLevel.parse(System.getenv("ORDERKIT_LOG"));
      f.logLevelExplicit = true; // a copy made by toBuilder() keeps it
    }
    f.url = parsed.encodedPath().endsWith("/") ? parsed
        : parsed.newBuilder().addPathSegment("").build();
    f.baseUrl = f.url.toString();
    return f;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.endsWith(".localhost")
        || IPV4_LOOPBACK.matcher(h).matches() || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }

  /** Joins {@code name=value} rows as {@code Type{a=1, b=2}}. */
  private static final class Row {
    private final StringBuilder text;
    private String separator = "{";

    Row(String type) {
      text = new StringBuilder(type);
    }

    Row show(String name, @Nullable Object value) {
      text.append(separator).append(name).append('=').append(value == null ? "none" : value);
      separator = ", ";
      return this;
    }

    /** A secret: only whether it is set, never its value. */
    Row secret(String name, boolean set) {
      return show(name, set ? "<redacted>" : "none");
    }

    String end() {
      return text.append('}').toString();
    }
  }
}
