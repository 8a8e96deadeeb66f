package dev.orderkit.core;

import dev.orderkit.core.events.CallListener;
import dev.orderkit.core.internal.HeaderChecks;
import java.time.Duration;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The setter of every client option, declared once here and inherited by both
 * {@link ClientOptions.Builder} and every API client's builder ({@link ClientBuilder}), so the
 * two offer the same options with the same names, documentation and checks. A refused value
 * does not fail in the setter: it fails at {@code build()} with an
 * {@link dev.orderkit.core.errors.InvalidInputException} naming the option. Not meant to be
 * extended outside OrderKit's core.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class OptionSetters<B extends OptionSetters<B>> {
  /** Where the setters write; a {@link ClientBuilder} shares its {@code options}' values. */
  final OptionValues values;

  OptionSetters(OptionValues values) {
    this.values = values;
  }

  /** Returns this builder as its concrete type. */
  protected abstract B self();

  /** The base URL, {@code https://host[:port][/prefix]}; paths are resolved under it. */
  public B baseUrl(String baseUrl) {
    values.baseUrl = baseUrl; // checked at build, together with the credentials
    return self();
  }

  /**
   * A fixed API key, sent as {@code Authorization: Bearer <key>}; replaces any
   * {@link #credentials(Credentials)}. A blank key fails at build.
   */
  public B apiKey(String apiKey) {
    values.apiKey = apiKey;
    values.apiKeySet = true;
    values.credentials = null;
    return self();
  }

  /**
   * The credentials: a fixed key or a refreshing token supplier ({@link Credentials}); replaces
   * any {@link #apiKey(String)}. Null sends no {@code Authorization} header.
   */
  public B credentials(@Nullable Credentials credentials) {
    values.credentials = credentials;
    values.apiKey = null;
    values.apiKeySet = false;
    return self();
  }

  /**
   * The tenant id, sent with every request in {@code X-Tenant-Id} (or the header named by
   * {@link #tenantHeader(String)}), for APIs that have one; null sends none. Must be printable
   * ASCII and not blank.
   */
  public B tenantId(@Nullable String tenantId) {
    values.tenantId = tenantId;
    values.problem("tenantId", tenantId == null ? null : OptionValues.tenantIdProblem(tenantId));
    return self();
  }

  /** The header that carries the tenant id (default {@code X-Tenant-Id}). */
  public B tenantHeader(String headerName) {
    values.tenantHeader = headerName;
    values.problem("tenantHeader",
        HeaderChecks.isValidName(headerName) ? null : "must be a valid header name");
    return self();
  }

  /**
   * Adds a header sent with every request. The name must be a valid header name and the value
   * printable ASCII; {@code toString()} shows only the names.
   */
  public B header(String name, String value) {
    if (HeaderChecks.isValidName(name) && HeaderChecks.isValidValue(value)) {
      values.headers = values.headers.newBuilder().add(name, value).build();
    } else { // the value is not shown: it may be a key
      values.firstProblem("header", "'" + name
          + "' needs a valid header name and a printable-ASCII value");
    }
    return self();
  }

  /** The connect timeout (default 10 s); setting any timeout overrides those of an own client. */
  public B connectTimeout(Duration timeout) {
    values.connectTimeout = timeout;
    values.timeoutsExplicit = true;
    values.problem("connectTimeout", OptionValues.negative(timeout));
    return self();
  }

  /** The read timeout (default 30 s). */
  public B readTimeout(Duration timeout) {
    values.readTimeout = timeout;
    values.timeoutsExplicit = true;
    values.problem("readTimeout", OptionValues.negative(timeout));
    return self();
  }

  /** The write timeout (default 30 s). */
  public B writeTimeout(Duration timeout) {
    values.writeTimeout = timeout;
    values.timeoutsExplicit = true;
    values.problem("writeTimeout", OptionValues.negative(timeout));
    return self();
  }

  /** The whole-call timeout for each attempt (default none: zero). */
  public B timeout(Duration timeout) {
    values.callTimeout = timeout;
    values.timeoutsExplicit = true;
    values.problem("timeout", OptionValues.negative(timeout));
    return self();
  }

  /**
   * Retries after the first attempt, for failures that are safe to retry, 0 to
   * {@value ClientOptions#MAX_RETRIES_LIMIT} (default 2).
   */
  public B maxRetries(int maxRetries) {
    values.maxRetries = maxRetries;
    values.problem("maxRetries", maxRetries < 0 || maxRetries > ClientOptions.MAX_RETRIES_LIMIT
        ? "must be between 0 and " + ClientOptions.MAX_RETRIES_LIMIT + "; got " + maxRetries
        : null);
    return self();
  }

  /** The first backoff delay (default 0.5 s); each later one doubles, with jitter. */
  public B initialRetryDelay(Duration delay) {
    values.initialRetryDelay = delay;
    values.problem("initialRetryDelay", OptionValues.negative(delay));
    return self();
  }

  /** The largest backoff delay (default 8 s). */
  public B maxRetryDelay(Duration delay) {
    values.maxRetryDelay = delay;
    values.problem("maxRetryDelay", OptionValues.negative(delay));
    return self();
  }

  /**
   * The longest {@code Retry-After} the client waits for before a retry (default 60 s); a server
   * asking for longer gets no retry: the call fails with the typed error at once.
   */
  public B maxRetryAfter(Duration limit) {
    values.maxRetryAfter = limit;
    values.problem("maxRetryAfter", OptionValues.negative(limit));
    return self();
  }

  /**
   * The retry quota shared by this client's calls (default {@link RetryQuota#standard()}), so an
   * outage is not multiplied by the retries; {@link RetryQuota#unlimited()} turns it off.
   */
  public B retryQuota(RetryQuota quota) {
    values.retryQuota = quota;
    values.problem("retryQuota", quota == null ? "must not be null; use RetryQuota.unlimited()"
        : quota.problem());
    return self();
  }

  /** How much to log (default {@link LogLevel#NONE}, or {@code ORDERKIT_LOG} when set). */
  public B logLevel(LogLevel logLevel) {
    values.logLevel = logLevel;
    values.logLevelExplicit = true;
    values.problem("logLevel", logLevel == null ? "must not be null" : null);
    return self();
  }

  /** Where log lines go (default {@code java.util.logging}, logger {@code dev.orderkit}). */
  public B logger(OrderKitLogger logger) {
    values.logger = logger;
    values.problem("logger", logger == null ? "must not be null" : null);
    return self();
  }

  /**
   * Your own OkHttp client; the SDK derives from it with {@code newBuilder()}, sharing its
   * connection pool and dispatcher. Null (the default) lets the SDK create and own one.
   */
  public B httpClient(@Nullable OkHttpClient httpClient) {
    values.httpClient = httpClient;
    return self();
  }

  /**
   * How many async calls of this client (and the clients derived from it with
   * {@code withOptions}) run at once, 1 to {@value ClientOptions#MAX_CONCURRENT_REQUESTS_LIMIT}
   * (default {@value ClientOptions#DEFAULT_MAX_CONCURRENT_REQUESTS}); more wait in line. Every
   * call of an API goes to one host, so this is OkHttp's per-host limit, which is 5 by default.
   * OrderKit's own connection pool keeps as many idle connections, so a burst reuses them.
   * Blocking calls are not limited (each runs on its caller's thread). With your own
   * {@link #httpClient}, its dispatcher's limits apply unless you set this; then OrderKit's calls
   * get a dispatcher of their own on your client's threads.
   */
  public B maxConcurrentRequests(int maxConcurrentRequests) {
    values.maxConcurrentRequests = maxConcurrentRequests;
    values.maxConcurrentRequestsExplicit = true;
    values.problem("maxConcurrentRequests", maxConcurrentRequests < 1
        || maxConcurrentRequests > ClientOptions.MAX_CONCURRENT_REQUESTS_LIMIT
        ? "must be between 1 and " + ClientOptions.MAX_CONCURRENT_REQUESTS_LIMIT + "; got "
        + maxConcurrentRequests : null);
    return self();
  }

  /**
   * Allows sending credentials over cleartext {@code http://} to a host other than loopback.
   * Off by default: anyone on the network path could read the key.
   */
  public B allowCleartext(boolean allow) {
    values.allowCleartext = allow;
    return self();
  }

  /**
   * The largest response body read, in bytes, 1 to {@value ClientOptions#MAX_RESPONSE_BYTES_LIMIT}
   * (default 16 MiB); a larger body fails cleanly.
   */
  public B maxResponseBytes(long maxBytes) {
    values.maxResponseBytes = maxBytes;
    values.problem("maxResponseBytes",
        maxBytes < 1 || maxBytes > ClientOptions.MAX_RESPONSE_BYTES_LIMIT
            ? "must be between 1 and " + ClientOptions.MAX_RESPONSE_BYTES_LIMIT + "; got "
            + maxBytes : null);
    return self();
  }

  /**
   * Sees every call, attempt, retry and outcome, for metrics and tracing (see
   * {@link CallListener}); null (the default) measures nothing. A listener that throws never
   * breaks a call.
   */
  public B listener(@Nullable CallListener listener) {
    values.listener = listener;
    return self();
  }

  /**
   * The one reading of the environment: {@code <prefix>_API_KEY}, {@code <prefix>_BASE_URL}
   * (trimmed) and {@code ORDERKIT_LOG}; a variable that is unset or blank changes nothing.
   */
  final void applyEnv(String prefix, Function<String, @Nullable String> env) {
    String key = env.apply(prefix + "_API_KEY");
    if (key != null && !key.trim().isEmpty()) {
      apiKey(key);
    }
    String url = env.apply(prefix + "_BASE_URL");
    if (url != null && !url.trim().isEmpty()) {
      baseUrl(url.trim());
    }
    String log = env.apply("ORDERKIT_LOG");
    if (log != null && !log.trim().isEmpty()) {
      logLevel(LogLevel.parse(log));
    }
  }
}
