package dev.orderkit.bosonline;

import dev.orderkit.bosonline.internal.BosOnlineJson;
import dev.orderkit.core.ApiClient;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.Credentials;
import dev.orderkit.core.TokenSupplier;
import dev.orderkit.core.spi.Transport;

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
 * CreateOrderResult result = bos.checkout().create(formId, params);
 * }</pre>
 */
public final class BosOnlineClient extends ApiClient<BosOnlineClient> {
  private final CheckoutService checkout;
  private final BosOnlineAsyncClient async;

  private BosOnlineClient(Transport transport) {
    super(transport);
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

  @Override
  protected BosOnlineClient withTransport(Transport derived) {
    return new BosOnlineClient(derived);
  }

  /** Builds a {@link BosOnlineClient}; see {@link ClientBuilder} for the shared options. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super("BOSONLINE");
    }

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

    /** Checks the options (base URL and token are required) and builds the client. */
    public BosOnlineClient build() {
      ClientOptions built = buildOptions("bosOnline API", false);
      return new BosOnlineClient(Transport.builder(built).module("bosonline")
          .moshi(BosOnlineJson.MOSHI).build());
    }
  }
}
