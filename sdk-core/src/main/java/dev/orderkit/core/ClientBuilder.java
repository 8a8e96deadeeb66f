package dev.orderkit.core;

import dev.orderkit.core.errors.InvalidInputException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The options every API client's builder shares, so each client offers the same ones with the
 * same names and checks: {@code PartnerClient.builder().baseUrl(..).apiKey(..).maxRetries(2)}.
 * API modules extend it and add what is theirs (a tenant, a default base URL).
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** The options being collected; subclasses may set what is specific to their API. */
  protected final ClientOptions.Builder options = ClientOptions.builder();
  private final String envPrefix;

  /** Creates a builder whose {@link #fromEnv()} reads variables named {@code <envPrefix>_...}. */
  protected ClientBuilder(String envPrefix) {
    this.envPrefix = envPrefix;
  }

  /** Returns this builder as its concrete type. */
  protected abstract B self();

  /** The base URL, {@code https://host[:port][/prefix]}. */
  public B baseUrl(String baseUrl) {
    options.baseUrl(baseUrl);
    return self();
  }

  /** A fixed API key, sent as {@code Authorization: Bearer <key>}. */
  public B apiKey(String apiKey) {
    options.apiKey(apiKey);
    return self();
  }

  /** Credentials: a fixed key or a refreshing token supplier. */
  public B credentials(Credentials credentials) {
    options.credentials(credentials);
    return self();
  }

  /** A header sent with every request. */
  public B header(String name, String value) {
    options.header(name, value);
    return self();
  }

  /** The whole-call timeout per attempt (default none). */
  public B timeout(Duration timeout) {
    options.timeout(timeout);
    return self();
  }

  /** The connect timeout (default 10 s). */
  public B connectTimeout(Duration timeout) {
    options.connectTimeout(timeout);
    return self();
  }

  /** The read timeout (default 30 s). */
  public B readTimeout(Duration timeout) {
    options.readTimeout(timeout);
    return self();
  }

  /** The write timeout (default 30 s). */
  public B writeTimeout(Duration timeout) {
    options.writeTimeout(timeout);
    return self();
  }

  /** Retries for failures that are safe to retry (default 2). */
  public B maxRetries(int maxRetries) {
    options.maxRetries(maxRetries);
    return self();
  }

  /** The first backoff delay (default 0.5 s). */
  public B initialRetryDelay(Duration delay) {
    options.initialRetryDelay(delay);
    return self();
  }

  /** The largest backoff delay (default 8 s). */
  public B maxRetryDelay(Duration delay) {
    options.maxRetryDelay(delay);
    return self();
  }

  /**
   * The longest {@code Retry-After} the client waits for before a retry (default 60 s); a server
   * asking for longer gets no retry: the call fails with the typed error at once.
   */
  public B maxRetryAfter(Duration limit) {
    options.maxRetryAfter(limit);
    return self();
  }

  /**
   * The header that carries the tenant id, where an API has one (default {@code X-Tenant-Id}).
   */
  public B tenantHeader(String headerName) {
    options.tenantHeader(headerName);
    return self();
  }

  /** How much to log (default none). */
  public B logLevel(LogLevel logLevel) {
    options.logLevel(logLevel);
    return self();
  }

  /** Where log lines go (default {@code java.util.logging}). */
  public B logger(OrderKitLogger logger) {
    options.logger(logger);
    return self();
  }

  /** Your OkHttp client, to share its connection pool and dispatcher. */
  public B httpClient(@Nullable OkHttpClient httpClient) {
    options.httpClient(httpClient);
    return self();
  }

  /** Allows credentials over cleartext {@code http://} to a non-loopback host (off by default). */
  public B allowCleartext(boolean allow) {
    options.allowCleartext(allow);
    return self();
  }

  /** The largest response body read, in bytes (default 16 MiB). */
  public B maxResponseBytes(long maxBytes) {
    options.maxResponseBytes(maxBytes);
    return self();
  }

  /**
   * Reads {@code <PREFIX>_API_KEY}, {@code <PREFIX>_BASE_URL} (and any variable of the API's own,
   * such as {@code PARTNER_TENANT_ID}) and {@code ORDERKIT_LOG}; unset ones change nothing.
   */
  public B fromEnv() {
    return fromEnv(System::getenv);
  }

  /** As {@link #fromEnv()}, reading variables from {@code env} (for tests and config files). */
  public B fromEnv(java.util.function.Function<String, @Nullable String> env) {
    options.fromEnv(envPrefix, env);
    readEnv(env);
    return self();
  }

  /** Reads the API's own variables, if it has any; called by {@link #fromEnv()}. */
  protected void readEnv(java.util.function.Function<String, @Nullable String> env) {}

  /** Uses {@code url} as the base URL when none was set (for APIs whose docs give one). */
  protected final void defaultBaseUrl(String url) {
    if (!options.hasBaseUrl()) {
      options.baseUrl(url);
    }
  }

  /**
   * Builds the options, first checking what this API requires, with messages that say how to
   * provide it (in code, or through the variables {@code fromEnv()} reads).
   */
  protected final ClientOptions buildOptions(String api, boolean tenantRequired) {
    if (!options.hasBaseUrl()) {
      throw new InvalidInputException("baseUrl", "is required: the " + api
          + " docs give no base URL; call baseUrl(...) or set " + envPrefix + "_BASE_URL");
    }
    if (!options.hasCredentials()) {
      throw new InvalidInputException("apiKey", "is required: call apiKey(...) or credentials(...),"
          + " or set " + envPrefix + "_API_KEY");
    }
    if (tenantRequired && !options.hasTenantId()) {
      throw new InvalidInputException("tenantId", "is required: every " + api + " request carries "
          + options.tenantHeaderName() + "; call tenantId(...) or set " + envPrefix
          + "_TENANT_ID");
    }
    return options.build();
  }

  /** Applies any other option directly. */
  public B options(java.util.function.Consumer<ClientOptions.Builder> change) {
    change.accept(options);
    return self();
  }
}
