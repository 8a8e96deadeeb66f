package dev.orderkit.core;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.internal.HeaderChecks;
import dev.orderkit.core.internal.RuntimeDependencies;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Everything a client needs: base URL, credentials, tenant, default headers, timeouts, retries,
 * logging and, optionally, your own {@link OkHttpClient} (the SDK derives from it with
 * {@code newBuilder()}, so connection pools and dispatchers are shared). Immutable; every invalid
 * option fails at {@link Builder#build()} with a message naming it. {@link #toString()} never
 * shows a key or token.
 */
public final class ClientOptions {
  /** The default connect timeout: 10 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default read and write timeouts: 30 seconds. */
  public static final Duration DEFAULT_READ_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /**
   * The default whole-call timeout: none, as in OkHttp (connect, read and write timeouts still
   * apply). A call timeout makes every call enter OkHttp's shared timeout watchdog, which costs
   * throughput under many threads; set {@code timeout(...)} when you need a hard deadline.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ZERO;
  /** The default number of retries after the first attempt: 2. */
  public static final int DEFAULT_MAX_RETRIES = 2;
  /** The largest number of retries accepted. */
  public static final int MAX_RETRIES_LIMIT = 10;
  /** The largest accepted value of {@code maxResponseBytes}: 1 GiB. */
  public static final long MAX_RESPONSE_BYTES_LIMIT = 1L << 30;
  /** The default largest response body read: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;
  /** The header that carries the tenant unless another name is set. */
  public static final String DEFAULT_TENANT_HEADER = "X-Tenant-Id";

  private final HttpUrl baseUrl;
  private final @Nullable Credentials credentials;
  private final @Nullable String tenantId;
  private final String tenantHeader;
  private final Headers defaultHeaders;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final boolean timeoutsExplicit;
  private final int maxRetries;
  private final Duration initialRetryDelay;
  private final Duration maxRetryDelay;
  private final Duration maxRetryAfter;
  private final LogLevel logLevel;
  private final OrderKitLogger logger;
  private final @Nullable OkHttpClient httpClient;
  private final boolean allowCleartext;
  private final long maxResponseBytes;

  private ClientOptions(Builder b, HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
    this.credentials = b.credentials;
    this.tenantId = b.tenantId;
    this.tenantHeader = b.tenantHeader;
    this.defaultHeaders = b.headers.build();
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.timeoutsExplicit = b.timeoutsExplicit;
    this.maxRetries = b.maxRetries;
    this.initialRetryDelay = b.initialRetryDelay;
    this.maxRetryDelay = b.maxRetryDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    this.logLevel = b.logLevel;
    this.logger = b.logger;
    this.httpClient = b.httpClient;
    this.allowCleartext = b.allowCleartext;
    this.maxResponseBytes = b.maxResponseBytes;
  }

  /**
   * Starts an empty builder.
   *
   * @throws dev.orderkit.core.errors.IncompatibleDependencyException if the OkHttp, Okio, Moshi
   *     or Kotlin standard library found at run time is missing or older than OrderKit needs
   */
  public static Builder builder() {
    RuntimeDependencies.requireCompatible(); // before anything touches OkHttp, Okio or Kotlin
    return new Builder();
  }

  /** A builder holding these options, to derive other options from them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl.toString();
    b.credentials = credentials;
    b.tenantId = tenantId;
    b.tenantHeader = tenantHeader;
    b.headers = defaultHeaders.newBuilder();
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.timeoutsExplicit = timeoutsExplicit;
    b.maxRetries = maxRetries;
    b.initialRetryDelay = initialRetryDelay;
    b.maxRetryDelay = maxRetryDelay;
    b.maxRetryAfter = maxRetryAfter;
    b.logLevel = logLevel;
    b.logLevelExplicit = true;
    b.logger = logger;
    b.httpClient = httpClient;
    b.allowCleartext = allowCleartext;
    b.maxResponseBytes = maxResponseBytes;
    return b;
  }

  /** The base URL every path is resolved against. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The credentials, or null for an API called without auth. */
  public @Nullable Credentials credentials() {
    return credentials;
  }

  /** The tenant id, or null when the API takes none. */
  public @Nullable String tenantId() {
    return tenantId;
  }

  /** The header name the tenant id is sent in. */
  public String tenantHeader() {
    return tenantHeader;
  }

  /** Headers sent with every request. */
  public Headers defaultHeaders() {
    return defaultHeaders;
  }

  /** The connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The read timeout. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The write timeout. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** The whole-call timeout, per attempt (zero means none). */
  public Duration timeout() {
    return callTimeout;
  }

  /** Whether timeouts were set explicitly (they then override those of a supplied client). */
  public boolean timeoutsExplicit() {
    return timeoutsExplicit;
  }

  /** Retries after the first attempt, for failures that are safe to retry. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The first backoff delay; later ones double up to {@link #maxRetryDelay()}. */
  public Duration initialRetryDelay() {
    return initialRetryDelay;
  }

  /** The largest backoff delay. */
  public Duration maxRetryDelay() {
    return maxRetryDelay;
  }

  /** The longest {@code Retry-After} honoured; a longer one ends the retries at once. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** How much of each exchange is logged. */
  public LogLevel logLevel() {
    return logLevel;
  }

  /** Where log lines go. */
  public OrderKitLogger logger() {
    return logger;
  }

  /** The caller's OkHttp client to derive from, or null to let the SDK create (and own) one. */
  public @Nullable OkHttpClient httpClient() {
    return httpClient;
  }

  /** Whether credentials may be sent over cleartext {@code http://} to a non-loopback host. */
  public boolean allowCleartext() {
    return allowCleartext;
  }

  /** The largest response body read, in bytes; a larger one fails cleanly. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl
        + ", credentials=" + (credentials == null ? "none" : "<redacted>")
        + ", tenantId=" + (tenantId == null ? "none" : "<redacted>")
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout + ", timeout=" + callTimeout
        + ", maxRetries=" + maxRetries + ", logLevel=" + logLevel
        + ", sharedHttpClient=" + (httpClient != null) + ", allowCleartext=" + allowCleartext + "}";
  }

  /** Builds {@link ClientOptions}. */
  public static final class Builder {
    private @Nullable String baseUrl;
    private @Nullable Credentials credentials;
    private @Nullable String apiKey;
    private boolean apiKeySet;
    private @Nullable String tenantId;
    private String tenantHeader = DEFAULT_TENANT_HEADER;
    private Headers.Builder headers = new Headers.Builder();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_WRITE_TIMEOUT;
    private Duration writeTimeout = DEFAULT_READ_WRITE_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private boolean timeoutsExplicit;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration initialRetryDelay = Duration.ofMillis(500);
    private Duration maxRetryDelay = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private LogLevel logLevel = LogLevel.NONE;
    private boolean logLevelExplicit;
    private OrderKitLogger logger = OrderKitLogger.javaUtilLogging();
    private @Nullable OkHttpClient httpClient;
    private boolean allowCleartext;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private @Nullable String invalidHeader;

    private Builder() {}

    /** The base URL, {@code https://host[:port][/prefix]}; paths are resolved under it. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sends {@code Authorization: Bearer <apiKey>} with a fixed key. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      this.apiKeySet = true;
      this.credentials = null;
      return this;
    }

    /** Sets the credentials (a fixed key or a refreshing token supplier). */
    public Builder credentials(@Nullable Credentials credentials) {
      this.credentials = credentials;
      this.apiKey = null;
      this.apiKeySet = false;
      return this;
    }

    /** Sends the tenant id with every request, in {@code X-Tenant-Id} unless renamed. */
    public Builder tenantId(@Nullable String tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /** Renames the header the tenant id is sent in. */
    public Builder tenantHeader(String headerName) {
      this.tenantHeader = headerName;
      return this;
    }

    /** Adds a header sent with every request. */
    public Builder header(String name, String value) {
      if (HeaderChecks.isValidName(name) && HeaderChecks.isValidValue(value)) {
        headers.add(name, value);
      } else if (invalidHeader == null) {
        invalidHeader = String.valueOf(name);
      }
      return this;
    }

    /** The connect timeout (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      this.timeoutsExplicit = true;
      return this;
    }

    /** The read timeout (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      this.timeoutsExplicit = true;
      return this;
    }

    /** The write timeout (default 30 s). */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout;
      this.timeoutsExplicit = true;
      return this;
    }

    /** The whole-call timeout for each attempt (default none: zero). */
    public Builder timeout(Duration timeout) {
      this.callTimeout = timeout;
      this.timeoutsExplicit = true;
      return this;
    }

    /** Retries after the first attempt, 0 to {@value ClientOptions#MAX_RETRIES_LIMIT} (default 2). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** The first backoff delay (default 0.5 s); each later one doubles, with jitter. */
    public Builder initialRetryDelay(Duration delay) {
      this.initialRetryDelay = delay;
      return this;
    }

    /** The largest backoff delay (default 8 s). */
    public Builder maxRetryDelay(Duration delay) {
      this.maxRetryDelay = delay;
      return this;
    }

    /** The longest {@code Retry-After} honoured (default 60 s); a longer one is not waited for. */
    public Builder maxRetryAfter(Duration limit) {
      this.maxRetryAfter = limit;
      return this;
    }

    /** How much to log (default {@link LogLevel#NONE}, or {@code ORDERKIT_LOG} when set). */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = logLevel;
      this.logLevelExplicit = true;
      return this;
    }

    /** Where log lines go (default {@code java.util.logging}, logger {@code dev.orderkit}). */
    public Builder logger(OrderKitLogger logger) {
      this.logger = logger;
      return this;
    }

    /** Your own OkHttp client; the SDK derives from it, sharing its pool and dispatcher. */
    public Builder httpClient(@Nullable OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Allows sending credentials over cleartext {@code http://} to a host other than loopback.
     * Off by default: anyone on the network path could read the key.
     */
    public Builder allowCleartext(boolean allow) {
      this.allowCleartext = allow;
      return this;
    }

    /** The largest response body read, in bytes (default 16 MiB). */
    public Builder maxResponseBytes(long maxBytes) {
      this.maxResponseBytes = maxBytes;
      return this;
    }

    /**
     * Reads {@code <PREFIX>_API_KEY}, {@code <PREFIX>_BASE_URL} and {@code ORDERKIT_LOG} from the
     * environment; variables that are unset leave the option as it is. (APIs with a tenant read
     * their own tenant variable.)
     */
    public Builder fromEnv(String prefix) {
      return fromEnv(prefix, System::getenv);
    }

    /** As {@link #fromEnv(String)}, reading variables from {@code env} (for tests and config). */
    public Builder fromEnv(String prefix, Function<String, @Nullable String> env) {
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
      return this;
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

    /** The header the tenant id goes in, as set so far. */
    String tenantHeaderName() {
      return tenantHeader;
    }

    /** Validates every option and builds the immutable options. */
    public ClientOptions build() {
      if (apiKeySet) {
        credentials = Credentials.bearer(apiKey); // fails naming apiKey when blank
      }
      if (baseUrl == null || baseUrl.trim().isEmpty()) {
        throw new InvalidInputException("baseUrl", "is required");
      }
      HttpUrl url = HttpUrl.parse(baseUrl.trim());
      if (url == null) {
        throw new InvalidInputException("baseUrl",
            "must be an absolute http:// or https:// URL; got '" + baseUrl + "'");
      }
      if (url.query() != null || url.fragment() != null) {
        throw new InvalidInputException("baseUrl", "must not have a query or fragment");
      }
      if (credentials != null && !url.isHttps() && !allowCleartext && !isLoopback(url.host())) {
        throw new InvalidInputException("baseUrl", "refuses to send credentials over cleartext "
            + "http:// to " + url.host() + "; use https:// or allowCleartext(true)");
      }
      if (invalidHeader != null) {
        throw new InvalidInputException("header", "'" + invalidHeader
            + "' needs a valid header name and a printable-ASCII value");
      }
      if (tenantId != null && tenantId.trim().isEmpty()) {
        throw new InvalidInputException("tenantId", "must not be blank when set");
      }
      if (tenantId != null && !HeaderChecks.isValidValue(tenantId)) {
        throw new InvalidInputException("tenantId",
            "must be printable ASCII (it is sent as a header)");
      }
      if (!HeaderChecks.isValidName(tenantHeader)) {
        throw new InvalidInputException("tenantHeader", "must be a valid header name");
      }
      requireNonNegative("connectTimeout", connectTimeout);
      requireNonNegative("readTimeout", readTimeout);
      requireNonNegative("writeTimeout", writeTimeout);
      requireNonNegative("timeout", callTimeout);
      requireNonNegative("initialRetryDelay", initialRetryDelay);
      requireNonNegative("maxRetryDelay", maxRetryDelay);
      requireNonNegative("maxRetryAfter", maxRetryAfter);
      if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
        throw new InvalidInputException("maxRetries",
            "must be between 0 and " + MAX_RETRIES_LIMIT + "; got " + maxRetries);
      }
      if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
        throw new InvalidInputException("maxResponseBytes",
            "must be between 1 and " + MAX_RESPONSE_BYTES_LIMIT + "; got " + maxResponseBytes);
      }
      if (logLevel == null) {
        throw new InvalidInputException("logLevel", "must not be null");
      }
      if (logger == null) {
        throw new InvalidInputException("logger", "must not be null");
      }
      if (!logLevelExplicit) {
        logLevel = LogLevel.parse(System.getenv("ORDERKIT_LOG"));
      }
      String path = url.encodedPath();
      HttpUrl normalized = path.endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
      return new ClientOptions(this, normalized);
    }

    private static void requireNonNegative(String option, Duration value) {
      if (value == null || value.isNegative()) {
        throw new InvalidInputException(option, "must be zero or positive; got " + value);
      }
    }

    private static final java.util.regex.Pattern IPV4_LOOPBACK =
        java.util.regex.Pattern.compile("127(\\.\\d{1,3}){3}");

    private static boolean isLoopback(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      return h.equals("localhost") || h.endsWith(".localhost")
          || IPV4_LOOPBACK.matcher(h).matches() || h.equals("::1")
          || h.equals("0:0:0:0:0:0:0:1");
    }
  }
}
