package dev.orderkit.core.internal;

import com.squareup.moshi.Moshi;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.LogLevel;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.spi.ErrorDecoder;
import dev.orderkit.core.errors.ErrorDetails;
import dev.orderkit.core.events.CallInfo;
import dev.orderkit.core.events.CallListener;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * What every call of one client shares, built once: the derived OkHttp client, the headers sent
 * on every request, backoff, the module's Moshi and error decoder. Immutable.
 */
public final class TransportCore {
  /** How calls without an endpoint's name (untyped requests) end: {@code <module>.request}. */
  public static final String UNTYPED_SUFFIX = ".request";
  /**
   * The path template listeners see for an untyped request: its path is the caller's literal one,
   * which may hold ids, so it is not shown.
   */
  static final String UNTYPED_PATH = "(untyped)";

  /** The JSON media type of request bodies. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "Request-Id", "X-Trace-Id"};

  private final ClientOptions options;
  private final OkHttpClient baseClient;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private volatile @Nullable Headers cachedAuthHeaders;
  private volatile @Nullable String cachedToken;
  private final Headers baseHeaders;
  private final Backoff backoff;
  private final Moshi moshi;
  private final ErrorDecoder errorDecoder;
  private final Clock clock;
  private final RetryTokens retryTokens;
  private final @Nullable ListenerFailures listenerFailures;

  /**
   * Builds the shared state; derives the OkHttp client from {@code base} when given, and shares
   * {@code sharedTokens} (a parent client's retry quota) when given and of the same quota.
   */
  public TransportCore(ClientOptions options, String userAgent, Moshi moshi,
      ErrorDecoder errorDecoder, @Nullable OkHttpClient base, @Nullable RetryTokens sharedTokens) {
    this.options = options;
    this.ownsClient = base == null && options.httpClient() == null;
    this.baseClient = base != null ? base
        : options.httpClient() != null ? options.httpClient() : new OkHttpClient();
    this.client = deriveClient(options, baseClient, ownsClient || base != null);
    Headers.Builder h = options.defaultHeaders().newBuilder();
    h.set("Accept", "application/json");
    h.set("User-Agent", userAgent);
    if (options.tenantId() != null) {
      h.set(options.tenantHeader(), options.tenantId());
    }
    this.baseHeaders = h.build();
    this.backoff = new Backoff(options.initialRetryDelay(), options.maxRetryDelay());
    this.moshi = moshi;
    this.errorDecoder = errorDecoder;
    this.clock = Clock.systemUTC();
    this.retryTokens = sharedTokens != null && sharedTokens.quota().equals(options.retryQuota())
        ? sharedTokens : new RetryTokens(options.retryQuota());
    this.listenerFailures = options.listener() == null ? null
        : new ListenerFailures(options.logger());
  }

  private static OkHttpClient deriveClient(ClientOptions options, OkHttpClient base,
      boolean applyTimeouts) {
    OkHttpClient.Builder b = base.newBuilder();
    if (applyTimeouts || options.timeoutsExplicit()) {
      b.connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
    // OrderKit decides every replay itself (the order rule). OkHttp must not replay silently:
    // no connection-failure or 408 retries, no redirects (they re-send bodies, and the tenant
    // header, elsewhere), no 401 authenticator (OrderKit refreshes tokens itself). The 503
    // Retry-After: 0 replay is shielded below. A proxy's 407 stays with the caller's client: the
    // request never reached the API then.
    b.retryOnConnectionFailure(false);
    b.followRedirects(false);
    b.followSslRedirects(false);
    b.authenticator(okhttp3.Authenticator.NONE);
    b.addNetworkInterceptor(SendTracker.INTERCEPTOR); // also hides 503 Retry-After from OkHttp
    if (!base.interceptors().isEmpty()) {
      b.addInterceptor(RetryAfterShield.RESTORE); // the caller's interceptors see it as sent
    }
    if (options.logLevel() != LogLevel.NONE) {
      b.addInterceptor(logging(options));
    }
    if (options.logLevel() != LogLevel.NONE || !base.interceptors().isEmpty()) {
      // Something above reads bodies (body logging, the caller's own interceptors): cap them
      // there too. Otherwise the transport's own bounded read is the only reader.
      b.addInterceptor(BoundedBody.interceptor(options.maxResponseBytes()));
    }
    return b.build();
  }

  private static HttpLoggingInterceptor logging(ClientOptions options) {
    HttpLoggingInterceptor interceptor = new HttpLoggingInterceptor(options.logger()::log);
    switch (options.logLevel()) {
      case BODY:
        interceptor.setLevel(HttpLoggingInterceptor.Level.BODY);
        break;
      case HEADERS:
        interceptor.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        break;
      default:
        interceptor.setLevel(HttpLoggingInterceptor.Level.BASIC);
    }
    for (String header : new String[] {"Authorization", "Proxy-Authorization", "Cookie",
        "Set-Cookie", "X-Tenant-Id", options.tenantHeader()}) {
      interceptor.redactHeader(header);
    }
    return interceptor;
  }

  /** The client's options. */
  public ClientOptions options() {
    return options;
  }

  /** The derived OkHttp client. */
  public OkHttpClient client() {
    return client;
  }

  /** The undecorated client derived transports start from (so interceptors never stack). */
  public OkHttpClient baseClient() {
    return baseClient;
  }

  /** The base headers plus {@code Authorization} for {@code token}, cached for the current token. */
  public Headers headersFor(@Nullable String token) {
    if (token == null) {
      return baseHeaders;
    }
    Headers cached = cachedAuthHeaders;
    if (cached != null && token.equals(cachedToken)) {
      return cached;
    }
    Headers headers = baseHeaders.newBuilder().set("Authorization", "Bearer " + token).build();
    cachedAuthHeaders = headers;
    cachedToken = token;
    return headers;
  }


  /** Headers sent with every request: defaults, Accept, User-Agent and tenant. */
  public Headers baseHeaders() {
    return baseHeaders;
  }

  /** The backoff between retries. */
  public Backoff backoff() {
    return backoff;
  }

  /** The module's Moshi. */
  public Moshi moshi() {
    return moshi;
  }

  /** The retry quota's bucket, shared by every call of this client. */
  public RetryTokens retryTokens() {
    return retryTokens;
  }

  /** The clock used for HTTP-date {@code Retry-After}. */
  public Clock clock() {
    return clock;
  }

  /** The request id from the response headers, or null. */
  public static @Nullable String requestId(Headers headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  /** Builds the typed exception for an error response; the decoder may fail without harm. */
  public ApiException decodeError(int status, Headers headers, Buffer body,
      @Nullable String requestId, int attempts) {
    String raw = body.snapshot().utf8();
    String text = BodyText.withoutBom(raw); // decoders never see a byte-order mark
    ErrorDetails.Builder details = ErrorDetails.builder(status)
        .headers(headers)
        .rawBody(BodyText.bounded(raw, false))
        .requestId(requestId)
        .attempts(attempts);
    try {
      errorDecoder.decode(text, details);
    } catch (Exception | StackOverflowError e) {
      // An unreadable error body: the status, headers and raw body still make a typed exception.
    }
    return ApiException.from(details.build());
  }

  /**
   * Starts the attempts of one call of {@code endpoint} (its stable name, for the listener).
   */
  public <T> Exchange<T> newExchange(String endpoint, boolean async,
      dev.orderkit.core.spi.ApiRequest<T> request, dev.orderkit.core.RequestOptions options,
      okhttp3.HttpUrl url, byte @Nullable [] body) {
    CallListener listener = options().listener();
    CallEvents events = listener == null || listenerFailures == null ? null
        : new CallEvents(listener, new CallInfo(endpoint, request.method(),
            endpoint.endsWith(UNTYPED_SUFFIX) ? UNTYPED_PATH : request.pathTemplate(), async),
            listenerFailures);
    return new Exchange<>(this, request, options, url, body, events);
  }

  /** Releases the connection pool and dispatcher threads when the SDK owns the client. */
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
