package dev.orderkit.cekceir;

import dev.orderkit.cekceir.internal.CekceirErrorDecoder;
import dev.orderkit.cekceir.internal.CekceirJson;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.http.Transport;
import dev.orderkit.core.http.UntypedRequest;
import java.io.Closeable;
import java.util.function.Consumer;
import java.util.function.Function;

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
public final class CekceirClient implements Closeable {
  /** The base URL the docs give, used when none is set. */
  public static final String DEFAULT_BASE_URL = "https://cekceir.online";

  private final Transport transport;
  private final OrderService orders;
  private final CekceirAsyncClient async;

  private CekceirClient(Transport transport) {
    this.transport = transport;
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

  /**
   * A request to a cekceir endpoint this SDK has no typed method for (such as Service Detail,
   * whose path the docs do not give), with the same auth, retries and typed errors. A non-GET
   * request is not replayed once it may have been processed unless marked safe to repeat.
   */
  public UntypedRequest request(String method, String path) {
    return transport.request(method, path);
  }

  /** A client with adjusted options, sharing this one's connection pool. */
  public CekceirClient withOptions(Consumer<ClientOptions.Builder> change) {
    return new CekceirClient(transport.withOptions(change));
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
    return "CekceirClient{" + transport.options() + "}";
  }

  /** Builds a {@link CekceirClient}; see {@link ClientBuilder} for the shared options. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Reads {@code CEKCEIR_API_KEY} and {@code CEKCEIR_BASE_URL} (unset ones change nothing). */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /** As {@link #fromEnv()}, reading variables from {@code env}. */
    public Builder fromEnv(Function<String, String> env) {
      options.fromEnv("CEKCEIR", env);
      return this;
    }

    /** Checks the options (the API key is required) and builds the client. */
    public CekceirClient build() {
      defaultBaseUrl(DEFAULT_BASE_URL);
      ClientOptions built = buildOptions("cekceir API", "CEKCEIR", false);
      return new CekceirClient(Transport.builder(built).module("cekceir")
          .moshi(CekceirJson.MOSHI).errorDecoder(CekceirErrorDecoder.INSTANCE).build());
    }
  }
}
