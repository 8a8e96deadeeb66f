package dev.orderkit.cekceir;

import dev.orderkit.cekceir.internal.CekceirErrorDecoder;
import dev.orderkit.cekceir.internal.CekceirJson;
import dev.orderkit.core.ApiClient;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.spi.Transport;

/**
 * The cekceir service-orders API: {@link #orders()} (blocking), {@link #async()} (the same
 * without blocking) and {@link #request(String, String)} for calls this SDK has no typed method
 * for, such as Service Detail. Every request carries {@code Authorization: Bearer <key>}.
 * Thread-safe: build one and share it; {@link #close()} releases its connections when OrderKit
 * created the HTTP client.
 *
 * <pre>{@code
 * CekceirClient cekceir = CekceirClient.builder()
 *     .apiKey(System.getenv("CEKCEIR_API_KEY"))
 *     .build();                                   // or CekceirClient.fromEnv()
 * OrderResult result = cekceir.orders().create(CreateOrderParams.builder()
 *     .code("cek_imei").data(CekImei.of("356938035643809")).build());
 * if (result.isFailed()) { ... result.refundedAmount() ... }   // HTTP 503: returned, not thrown
 * }</pre>
 */
public final class CekceirClient extends ApiClient<CekceirClient> {
  /** The base URL the docs give, used when none is set. */
  public static final String DEFAULT_BASE_URL = "https://cekceir.online";

  private final OrderService orders;
  private final CekceirAsyncClient async;

  private CekceirClient(Transport transport) {
    super(transport);
    this.orders = new OrderService(transport);
    this.async = new CekceirAsyncClient(transport);
  }

  /** Starts a builder; the API key is required, the base URL defaults to {@value #DEFAULT_BASE_URL}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client from {@code CEKCEIR_API_KEY} and, if set, {@code CEKCEIR_BASE_URL}. */
  public static CekceirClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Service orders: create. */
  public OrderService orders() {
    return orders;
  }

  /** The same API without blocking: every call returns a {@code CompletableFuture}. */
  public CekceirAsyncClient async() {
    return async;
  }

  @Override
  protected CekceirClient withTransport(Transport derived) {
    return new CekceirClient(derived);
  }

  /** Builds a {@link CekceirClient}; see {@link ClientBuilder} for the shared options. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super("CEKCEIR");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Checks the options (the API key is required) and builds the client. */
    public CekceirClient build() {
      defaultBaseUrl(DEFAULT_BASE_URL);
      ClientOptions built = buildOptions("cekceir API", false);
      return new CekceirClient(Transport.builder(built).module("cekceir")
          .moshi(CekceirJson.MOSHI).errorDecoder(CekceirErrorDecoder.INSTANCE).build());
    }
  }
}
