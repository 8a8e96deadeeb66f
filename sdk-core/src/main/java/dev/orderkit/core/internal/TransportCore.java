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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
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
  /** Whether the connection pool is OrderKit's own (its idle connections may be evicted). */
  private final boolean ownsPool;
  /** Whether OrderKit's timeouts apply (its own client), or the caller's client's unless set. */
  private final boolean appliesTimeouts;
  /** The auth headers for the current token, as one value: never a token with another's. */
  private volatile @Nullable AuthHeaders cachedAuth;
  private final Headers baseHeaders;
  private final Backoff backoff;
  private final Moshi moshi;
  private final ErrorDecoder errorDecoder;
  private final Clock clock;
  private final RetryTokens retryTokens;
  private final @Nullable ListenerFailures listenerFailures;

  /**
   * Builds the shared state of a client, or, with a {@code parent}, of a client derived from it
   * ({@code withOptions}). A derived client shares the parent's connection pool and threads
   * (unless its options name another OkHttp client), the parent's dispatcher while its limit is
   * the parent's, the retry quota while it is the same, and even the parent's OkHttp client when
   * no option that client is built from changed, so a derived client (a tenant's, say) costs
   * little. It keeps the parent's choice of timeouts: OrderKit's, or those of the caller's client.
   */
  public TransportCore(ClientOptions options, String userAgent, Moshi moshi,
      ErrorDecoder errorDecoder, @Nullable TransportCore parent) {
    this.options = options;
    boolean callersNewClient = options.httpClient() != null
        && (parent == null || options.httpClient() != parent.options.httpClient());
    TransportCore sameBase = parent != null && !callersNewClient ? parent : null;
    this.ownsClient = sameBase == null && options.httpClient() == null;
    this.ownsPool = sameBase != null ? sameBase.ownsPool : ownsClient;
    this.appliesTimeouts = sameBase != null ? sameBase.appliesTimeouts : ownsClient;
    this.baseClient = sameBase != null ? sameBase.baseClient
        : options.httpClient() != null ? options.httpClient() : ownClient(options);
    if (sameBase != null && clientSettings(options).equals(clientSettings(sameBase.options))) {
      this.client = sameBase.client;
    } else {
      Dispatcher dispatcher = sameBase != null && sameLimit(options, sameBase.options)
          ? sameBase.client.dispatcher()
          : ownsClient || !options.maxConcurrentRequestsExplicit() ? baseClient.dispatcher()
          // The caller's dispatcher keeps its limits for the caller's other calls: OrderKit's
          // calls get a dispatcher of their own, on the same threads.
          : limited(new Dispatcher(baseClient.dispatcher().executorService()),
              options.maxConcurrentRequests());
      this.client = deriveClient(options, baseClient, dispatcher, appliesTimeouts);
    }
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
    this.retryTokens = parent != null && parent.retryTokens.quota().equals(options.retryQuota())
        ? parent.retryTokens : new RetryTokens(options.retryQuota());
    this.listenerFailures = options.listener() == null ? null
        : new ListenerFailures(options.logger());
  }

  /**
   * The OkHttp client OrderKit makes when the caller gives none: OkHttp's defaults, but async
   * calls run {@code maxConcurrentRequests} at once (OkHttp's default is 5 per host, and each API
   * is one host), the pool keeps as many idle connections so a burst reuses them, and idle
   * connections are closed after {@link ClientOptions#CONNECTION_KEEP_ALIVE}, before a server
   * would (OkHttp keeps them 5 minutes).
   */
  private static OkHttpClient ownClient(ClientOptions options) {
    int max = options.maxConcurrentRequests();
    return new OkHttpClient.Builder()
        .dispatcher(limited(new Dispatcher(), max))
        .connectionPool(new ConnectionPool(max,
            ClientOptions.CONNECTION_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS))
        .build();
  }

  private static Dispatcher limited(Dispatcher dispatcher, int max) {
    dispatcher.setMaxRequests(max);
    dispatcher.setMaxRequestsPerHost(max);
    return dispatcher;
  }

  /**
   * Every option {@link #deriveClient} and the dispatcher choice read: two clients on the same
   * base whose settings are equal can share one derived OkHttp client.
   */
  private static List<Object> clientSettings(ClientOptions o) {
    return Arrays.<Object>asList(o.connectTimeout(), o.readTimeout(), o.writeTimeout(),
        o.timeoutsExplicit(), o.logLevel(), o.logger(), o.tenantHeader(), o.maxResponseBytes(),
        o.maxConcurrentRequests(), o.maxConcurrentRequestsExplicit());
  }

  private static boolean sameLimit(ClientOptions a, ClientOptions b) {
    return a.maxConcurrentRequests() == b.maxConcurrentRequests()
        && a.maxConcurrentRequestsExplicit() == b.maxConcurrentRequestsExplicit();
  }

  private static OkHttpClient deriveClient(ClientOptions options, OkHttpClient base,
      Dispatcher dispatcher, boolean applyTimeouts) {
    OkHttpClient.Builder b = base.newBuilder().dispatcher(dispatcher);
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


  /** The base headers plus {@code Authorization} for {@code token}, cached for the current token. */
  public Headers headersFor(@Nullable String token) {
    if (token == null) {
      return baseHeaders;
    }
    AuthHeaders cached = cachedAuth;
    if (cached != null && token.equals(cached.token)) {
      return cached.headers;
    }
    Headers headers = baseHeaders.newBuilder().set("Authorization", "Bearer " + token).build();
    cachedAuth = new AuthHeaders(token, headers);
    return headers;
  }

  /** A token and the headers made for it, published together. */
  private static final class AuthHeaders {
    final String token;
    final Headers headers;

    AuthHeaders(String token, Headers headers) {
      this.token = token;
      this.headers = headers;
    }
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

  /**
   * After a connection failure: closes the pool's idle connections if the pool is OrderKit's
   * own, since a server that closed one idle connection has likely closed the others of its age
   * (a pool of up to {@code maxConcurrentRequests} idle ones would otherwise fail one call each).
   * A caller's pool is left alone.
   */
  void evictIdleConnections() {
    if (ownsPool) {
      client.connectionPool().evictAll(); // idle ones only: calls in flight keep theirs
    }
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
            isUntyped(endpoint) ? UNTYPED_PATH : request.pathTemplate(), async),
            listenerFailures);
    return new Exchange<>(this, request, options, url, body, events);
  }

  /**
   * Whether {@code endpoint} names an untyped call, {@code <api>.request}: generated endpoint
   * names have three parts ({@code <api>.<service>.<call>}), so a call named {@code request}
   * is not mistaken for one.
   */
  private static boolean isUntyped(String endpoint) {
    int dot = endpoint.indexOf('.');
    return dot == endpoint.lastIndexOf('.') && endpoint.endsWith(UNTYPED_SUFFIX);
  }

  /** Releases the connection pool and dispatcher threads when the SDK owns the client. */
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
