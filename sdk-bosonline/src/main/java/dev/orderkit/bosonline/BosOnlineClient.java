package dev.orderkit.bosonline;

import dev.orderkit.bosonline.internal.BosOnlineJson;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.Credentials;
import dev.orderkit.core.TokenSupplier;
import dev.orderkit.core.http.Transport;
import dev.orderkit.core.http.UntypedRequest;
import java.io.Closeable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bosOnline API: {@link #checkout()} (Request Create Order), blocking; {@link #async()} for
 * the same without blocking; {@link #request(String, String)} for the endpoints the docs name
 * without a path or schema. Every request carries {@code Authorization: Bearer <token>}, from a
 * fixed token or from a {@link TokenSupplier} that is asked again (once) when the API answers
 * 401, the call then being replayed once. The docs give no base URL: it is required.
 * Thread-safe: build one and share it; {@link #close()} releases its connections when OrderKit
 * created the HTTP client.
 *
 * <pre>{@code
 * BosOnlineClient bos = BosOnlineClient.builder()
 *     .baseUrl("https://api.your-bosonline-host.example")
 *     .tokenSupplier(() -> myLogin.freshToken())   // or .token(...) / .apiKey(...)
 *     .build();                                     // or BosOnlineClient.fromEnv()
 * CreateOrderResult result = bos.checkout().createOrder(formId, params);
 * }</pre>
 */
public final class BosOnlineClient implements Closeable {
  private final Transport transport;
  private final CheckoutService checkout;
  private final BosOnlineAsyncClient async;

  private BosOnlineClient(Transport transport) {
    this.transport = transport;
    this.checkout = new CheckoutService(transport);
    this.async = new BosOnlineAsyncClient(transport);
  }

  /** Starts a builder; the base URL and a token (fixed or supplied) are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client from {@code BOSONLINE_BASE_URL} and {@code BOSONLINE_API_KEY} (a fixed token). */
  public static BosOnlineClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Checkout: Request Create Order. */
  public CheckoutService checkout() {
    return checkout;
  }

  /** The same API without blocking: every call returns a {@code CompletableFuture}. */
  public BosOnlineAsyncClient async() {
    return async;
  }

  /**
   * A request to any bosOnline endpoint this SDK has no typed method for (the docs name about
   * 150 without a path or schema): {@code path} is yours to supply, relative to the base URL.
   * Same bearer auth and token refresh, retries and typed errors as the typed calls; the response
   * comes back as a JSON tree or as a type of yours. A non-GET request is not replayed once it
   * may have been processed unless you mark it {@code safeToRepeat(true)}.
   *
   * <pre>{@code
   * Object tree = bos.request("GET", "/product/list").query("page", 1).execute().parse();
   * }</pre>
   */
  public UntypedRequest request(String method, String path) {
    return transport.request(method, path);
  }

  /** A client with adjusted options, sharing this one's connection pool. */
  public BosOnlineClient withOptions(Consumer<ClientOptions.Builder> change) {
    return new BosOnlineClient(transport.withOptions(change));
  }

  /** This client's options (secrets are redacted in their {@code toString()}). */
  public ClientOptions options() {
    return transport.options();
  }

  /** Releases connections and threads if OrderKit created the OkHttp client. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "BosOnlineClient{" + transport.options() + "}";
  }

  /** Builds a {@link BosOnlineClient}; see {@link ClientBuilder} for the shared options. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * A fixed bearer token (the same as {@link #apiKey(String)}): sent as
     * {@code Authorization: Bearer <token>}; a 401 is not replayed.
     */
    public Builder token(String token) {
      return apiKey(token);
    }

    /**
     * Fetches the bearer token from {@code supplier} (for example a Login or Refresh call) on
     * first use and once more when the API answers 401; the refused call is then replayed once
     * with the new token, and a second 401 fails with
     * {@link dev.orderkit.core.errors.AuthenticationException}. Same as
     * {@code credentials(Credentials.refreshing(supplier))}.
     */
    public Builder tokenSupplier(TokenSupplier supplier) {
      return credentials(Credentials.refreshing(supplier));
    }

    /** Reads {@code BOSONLINE_BASE_URL} and {@code BOSONLINE_API_KEY} (a fixed token). */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /** As {@link #fromEnv()}, reading variables from {@code env}. */
    public Builder fromEnv(Function<String, String> env) {
      // bosOnline has no tenant: BOSONLINE_TENANT_ID is not read.
      options.fromEnv("BOSONLINE", name -> name.endsWith("_TENANT_ID") ? null : env.apply(name));
      return this;
    }

    /** Checks the options (base URL and token are required) and builds the client. */
    public BosOnlineClient build() {
      ClientOptions built = buildOptions("bosOnline API", "BOSONLINE", false);
      return new BosOnlineClient(Transport.builder(built).module("bosonline")
          .moshi(BosOnlineJson.MOSHI).build());
    }
  }
}
