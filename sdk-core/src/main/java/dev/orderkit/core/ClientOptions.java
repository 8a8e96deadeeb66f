package dev.orderkit.core;

import dev.orderkit.core.events.CallListener;
import dev.orderkit.core.internal.RuntimeDependencies;
import java.time.Duration;
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
  /**
   * The default number of async calls running at once per client: 64 (OkHttp's own default is
   * 5 per host, and every call of an API goes to one host).
   */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 64;
  /** The largest accepted value of {@code maxConcurrentRequests}. */
  public static final int MAX_CONCURRENT_REQUESTS_LIMIT = 1024;
  /**
   * How long an idle pooled connection is kept: 55 s, below common server idle timeouts (nginx's
   * 75 s, cloud load balancers' 60 s), so fewer pooled connections are found closed by the
   * server. OkHttp's own default is 5 minutes.
   */
  public static final Duration CONNECTION_KEEP_ALIVE = Duration.ofSeconds(55);
  /** The header that carries the tenant unless another name is set. */
  public static final String DEFAULT_TENANT_HEADER = "X-Tenant-Id";

  /** The checked values, never changed (the builder's are copied, not shared). */
  private final OptionValues values;

  private ClientOptions(OptionValues frozen) {
    this.values = frozen;
  }

  /**
   * Starts an empty builder.
   *
   * @throws dev.orderkit.core.errors.IncompatibleDependencyException if the OkHttp, Okio, Moshi
   *     or Kotlin standard library found at run time is missing or older than OrderKit needs
   */
  public static Builder builder() {
    RuntimeDependencies.requireCompatible(); // before anything touches OkHttp, Okio or Kotlin
    return new Builder(new OptionValues());
  }

  /** A builder holding these options, to derive other options from them. */
  public Builder toBuilder() {
    return new Builder(values.copy());
  }

  /** The base URL every path is resolved against; it ends with {@code /}. */
  public HttpUrl baseUrl() {
    return values.url();
  }

  /** The credentials, or null for an API called without auth. */
  public @Nullable Credentials credentials() {
    return values.credentials;
  }

  /** The tenant id, or null when the API takes none. */
  public @Nullable String tenantId() {
    return values.tenantId;
  }

  /** The header name the tenant id is sent in. */
  public String tenantHeader() {
    return values.tenantHeader;
  }

  /** Headers sent with every request. */
  public Headers defaultHeaders() {
    return values.headers;
  }

  /** The connect timeout. */
  public Duration connectTimeout() {
    return values.connectTimeout;
  }

  /** The read timeout. */
  public Duration readTimeout() {
    return values.readTimeout;
  }

  /** The write timeout. */
  public Duration writeTimeout() {
    return values.writeTimeout;
  }

  /** The whole-call timeout, per attempt (zero means none). */
  public Duration timeout() {
    return values.callTimeout;
  }

  /** Whether timeouts were set explicitly (they then override those of a supplied client). */
  public boolean timeoutsExplicit() {
    return values.timeoutsExplicit;
  }

  /** Retries after the first attempt, for failures that are safe to retry. */
  public int maxRetries() {
    return values.maxRetries;
  }

  /** The first backoff delay; later ones double up to {@link #maxRetryDelay()}. */
  public Duration initialRetryDelay() {
    return values.initialRetryDelay;
  }

  /** The largest backoff delay. */
  public Duration maxRetryDelay() {
    return values.maxRetryDelay;
  }

  /** The longest {@code Retry-After} honoured; a longer one ends the retries at once. */
  public Duration maxRetryAfter() {
    return values.maxRetryAfter;
  }

  /** The retry quota shared by the client's calls. */
  public RetryQuota retryQuota() {
    return values.retryQuota;
  }

  /** How much of each exchange is logged. */
  public LogLevel logLevel() {
    return values.logLevel;
  }

  /** Where log lines go. */
  public OrderKitLogger logger() {
    return values.logger;
  }

  /** The caller's OkHttp client to derive from, or null to let the SDK create (and own) one. */
  public @Nullable OkHttpClient httpClient() {
    return values.httpClient;
  }

  /** How many async calls run at once (see {@code maxConcurrentRequests(int)}). */
  public int maxConcurrentRequests() {
    return values.maxConcurrentRequests;
  }

  /** Whether {@code maxConcurrentRequests} was set explicitly (then it applies to your client). */
  public boolean maxConcurrentRequestsExplicit() {
    return values.maxConcurrentRequestsExplicit;
  }

  /** Whether credentials may be sent over cleartext {@code http://} to a non-loopback host. */
  public boolean allowCleartext() {
    return values.allowCleartext;
  }

  /** The largest response body read, in bytes; a larger one fails cleanly. */
  public long maxResponseBytes() {
    return values.maxResponseBytes;
  }

  /** The call listener, or null. */
  public @Nullable CallListener listener() {
    return values.listener;
  }

  /**
   * Every option as {@code name=value}; the credentials and tenant id show only as
   * {@code <redacted>} (or {@code none}), default headers only by name.
   */
  @Override
  public String toString() {
    return values.describe("ClientOptions");
  }

  /**
   * Builds {@link ClientOptions}. Its setters are those of every client builder
   * ({@link OptionSetters}); a refused value fails at {@link #build()}.
   */
  public static final class Builder extends OptionSetters<Builder> {
    private Builder(OptionValues values) {
      super(values);
    }

    /** Returns this builder. */
    @Override
    protected Builder self() {
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
      applyEnv(prefix, env);
      return this;
    }

    /**
     * Validates every option and builds the immutable options; the builder stays usable.
     *
     * @throws dev.orderkit.core.errors.InvalidInputException naming the first refused option
     */
    public ClientOptions build() {
      return new ClientOptions(values.freeze());
    }
  }
}
