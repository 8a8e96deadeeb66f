package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatJson;
import dev.orderkit.core.ApiClient;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.spi.Transport;

/**
 * The cekat commerce orders API: {@link #orders()} (create, list, auto-paging), blocking;
 * {@link #async()} for the same without blocking; {@code orders().withRawResponse()} for status and
 * headers. Every request carries {@code Authorization: Bearer <key>}. The base URL defaults to
 * {@value #DEFAULT_BASE_URL} (the docs'). Thread-safe: build one and share it; {@link #close()}
 * releases its connections when OrderKit created the HTTP client.
 *
 * <pre>{@code
 * CekatClient cekat = CekatClient.builder()
 *     .apiKey(System.getenv("CEKAT_API_KEY"))
 *     .build();                                   // or CekatClient.fromEnv()
 * for (ListedOrder o : cekat.orders().listAutoPaging(ListOrdersParams.builder().limit(50).build())) {
 *   System.out.println(o.orderNumber() + " " + o.grandTotal().orElse(null));
 * }
 * }</pre>
 */
public final class CekatClient extends ApiClient<CekatClient> {
  /** The base URL the docs give. */
  public static final String DEFAULT_BASE_URL = "https://api.cekat.ai";

  private final OrderService orders;
  private final CekatAsyncClient async;

  private CekatClient(Transport transport) {
    super(transport);
    this.orders = new OrderService(transport);
    this.async = new CekatAsyncClient(transport);
  }

  /** Starts a builder; the API key is required, the base URL defaults to the docs'. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client from {@code CEKAT_API_KEY} and, if set, {@code CEKAT_BASE_URL}. */
  public static CekatClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Orders: create, list, auto-paging. */
  public OrderService orders() {
    return orders;
  }

  /** The same API without blocking: every call returns a {@code CompletableFuture}. */
  public CekatAsyncClient async() {
    return async;
  }

  @Override
  protected CekatClient withTransport(Transport derived) {
    return new CekatClient(derived);
  }

  /** Builds a {@link CekatClient}; see {@link ClientBuilder} for the shared options. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super("CEKAT");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Checks the options (the API key is required) and builds the client. */
    public CekatClient build() {
      defaultBaseUrl(DEFAULT_BASE_URL);
      ClientOptions built = buildOptions("cekat API", false);
      return new CekatClient(Transport.builder(built).module("cekat")
          .moshi(CekatJson.MOSHI).build());
    }
  }
}
