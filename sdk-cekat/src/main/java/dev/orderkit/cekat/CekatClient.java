package dev.orderkit.cekat;

import dev.orderkit.cekat.internal.CekatJson;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.http.Transport;
import dev.orderkit.core.http.UntypedRequest;
import java.io.Closeable;
import java.util.function.Consumer;
import java.util.function.Function;

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
public final class CekatClient implements Closeable {
  /** The base URL the docs give. */
  public static final String DEFAULT_BASE_URL = "https://api.cekat.ai";

  private final Transport transport;
  private final OrderService orders;
  private final CekatAsyncClient async;

  private CekatClient(Transport transport) {
    this.transport = transport;
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

  /**
   * A request to a cekat endpoint this SDK has no typed method for, with the same auth, retries
   * and typed errors; the answer comes back as a JSON tree.
   */
  public UntypedRequest request(String method, String path) {
    return transport.request(method, path);
  }

  /** A client with adjusted options, sharing this one's connection pool. */
  public CekatClient withOptions(Consumer<ClientOptions.Builder> change) {
    return new CekatClient(transport.withOptions(change));
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
    return "CekatClient{" + transport.options() + "}";
  }

  /** Builds a {@link CekatClient}; see {@link ClientBuilder} for the shared options. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Reads {@code CEKAT_API_KEY} and {@code CEKAT_BASE_URL} (optional). */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /** As {@link #fromEnv()}, reading variables from {@code env}. */
    public Builder fromEnv(Function<String, String> env) {
      options.fromEnv("CEKAT", env);
      return this;
    }

    /** Checks the options (the API key is required) and builds the client. */
    public CekatClient build() {
      defaultBaseUrl(DEFAULT_BASE_URL);
      ClientOptions built = buildOptions("cekat API", "CEKAT", false);
      return new CekatClient(Transport.builder(built).module("cekat")
          .moshi(CekatJson.MOSHI).build());
    }
  }
}
