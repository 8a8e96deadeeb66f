package dev.orderkit.partner;

import dev.orderkit.core.ApiClient;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.partner.internal.PartnerJson;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The partner orders and fulfillment API: {@link #orders()}, {@link #fulfillment()} and
 * {@link #tracking()}, blocking; {@link #async()} for the same without blocking. Every request
 * carries {@code Authorization: Bearer <key>} and {@code X-Tenant-Id}. Thread-safe: build one
 * and share it; {@link #close()} releases its connections when OrderKit created the HTTP client.
 *
 * <pre>{@code
 * PartnerClient partner = PartnerClient.builder()
 *     .baseUrl("https://partner.example.id")
 *     .apiKey(System.getenv("PARTNER_API_KEY"))
 *     .tenantId("ABC-123")
 *     .build();                                   // or PartnerClient.fromEnv()
 * OrderPage page = partner.orders().list(ListOrdersParams.builder().perPage(50).build());
 * }</pre>
 */
public final class PartnerClient extends ApiClient<PartnerClient> {
  private final OrderService orders;
  private final FulfillmentService fulfillment;
  private final TrackingService tracking;
  private final PartnerAsyncClient async;

  private PartnerClient(Transport transport) {
    super(transport);
    this.orders = new OrderService(transport);
    this.fulfillment = new FulfillmentService(transport);
    this.tracking = new TrackingService(transport);
    this.async = new PartnerAsyncClient(transport);
  }

  /** Starts a builder; base URL, API key and tenant id are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client from {@code PARTNER_BASE_URL}, {@code PARTNER_API_KEY}, {@code PARTNER_TENANT_ID}. */
  public static PartnerClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Orders: list, auto-paging, detail, create, update. */
  public OrderService orders() {
    return orders;
  }

  /** Fulfillment: process, pack, ship, complete, return, cancel, cancellation requests, labels. */
  public FulfillmentService fulfillment() {
    return fulfillment;
  }

  /** Tracking: an order's order and delivery history. */
  public TrackingService tracking() {
    return tracking;
  }

  /** The same API without blocking: every call returns a {@code CompletableFuture}. */
  public PartnerAsyncClient async() {
    return async;
  }

  @Override
  protected PartnerClient withTransport(Transport derived) {
    return new PartnerClient(derived);
  }

  /** Builds a {@link PartnerClient}; see {@link ClientBuilder} for the shared options. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super("PARTNER");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The tenant id, sent as {@code X-Tenant-Id} with every request (required). */
    public Builder tenantId(String tenantId) {
      options.tenantId(tenantId);
      return this;
    }

    /** Reads {@code PARTNER_TENANT_ID} as well. */
    @Override
    protected void readEnv(Function<String, @Nullable String> env) {
      String tenant = env.apply("PARTNER_TENANT_ID");
      if (tenant != null && !tenant.trim().isEmpty()) {
        options.tenantId(tenant.trim());
      }
    }

    /** Checks the options (base URL, key and tenant are required) and builds the client. */
    public PartnerClient build() {
      ClientOptions built = buildOptions("partner API", true);
      return new PartnerClient(Transport.builder(built).module("partner")
          .moshi(PartnerJson.MOSHI).build());
    }
  }
}
