package dev.orderkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.LogLevel;
import dev.orderkit.core.spi.OrderKitJson;
import dev.orderkit.core.spi.StandardErrorDecoder;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a derived client ({@code withOptions}) shares with its parent, without sockets: the OkHttp
 * client itself when nothing it is built from changed, else the pool and, while the limit is the
 * same, the dispatcher; and the parent's choice of timeouts.
 */
class DerivedClientsTest {
  private OkHttpClient callers;
  private TransportCore root;

  @AfterEach
  void close() {
    if (root != null) {
      root.close();
    }
    if (callers != null) {
      callers.dispatcher().executorService().shutdown();
    }
  }

  private static ClientOptions.Builder options() {
    return ClientOptions.builder().baseUrl("https://api.example").apiKey("k").tenantId("T-0");
  }

  private static TransportCore core(ClientOptions options, TransportCore parent) {
    return new TransportCore(options, "test", OrderKitJson.moshiBuilder().build(),
        StandardErrorDecoder.INSTANCE, parent);
  }

  private TransportCore derive(TransportCore parent, Consumer<ClientOptions.Builder> change) {
    ClientOptions.Builder b = parent.options().toBuilder();
    change.accept(b);
    return core(b.build(), parent);
  }

  @Test
  void aTenantsClientSharesTheParentsOkHttpClient() {
    root = core(options().build(), null);
    TransportCore tenant = derive(root, o -> o.tenantId("T-1"));

    assertThat(tenant.client()).isSameAs(root.client());
    assertThat(tenant.baseHeaders().get("X-Tenant-Id")).isEqualTo("T-1");
    assertThat(root.baseHeaders().get("X-Tenant-Id")).isEqualTo("T-0");
    assertThat(tenant.retryTokens()).isSameAs(root.retryTokens());
  }

  @Test
  void otherSettingsGetAnOkHttpClientOnTheSamePoolAndDispatcher() {
    root = core(options().maxConcurrentRequests(8).build(), null);
    TransportCore slow = derive(root, o -> o.readTimeout(Duration.ofSeconds(7)));
    TransportCore wider = derive(root, o -> o.maxConcurrentRequests(16));

    assertThat(slow.client()).isNotSameAs(root.client());
    assertThat(slow.client().readTimeoutMillis()).isEqualTo(7_000);
    assertThat(slow.client().connectionPool()).isSameAs(root.client().connectionPool());
    assertThat(slow.client().dispatcher()).isSameAs(root.client().dispatcher());
    assertThat(root.client().dispatcher().getMaxRequestsPerHost()).isEqualTo(8);

    assertThat(wider.client().dispatcher()).isNotSameAs(root.client().dispatcher());
    assertThat(wider.client().dispatcher().getMaxRequestsPerHost()).isEqualTo(16);
    assertThat(wider.client().dispatcher().executorService())
        .isSameAs(root.client().dispatcher().executorService());
    assertThat(wider.client().connectionPool()).isSameAs(root.client().connectionPool());
  }

  @Test
  void derivedClientsOfACallersClientKeepItsTimeoutsUnlessTheySetTheirOwn() {
    callers = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(2)).build();
    root = core(options().httpClient(callers).build(), null);
    TransportCore logging = derive(root, o -> o.logLevel(LogLevel.BASIC).logger(line -> { }));
    TransportCore own = derive(root, o -> o.readTimeout(Duration.ofSeconds(9)));

    assertThat(root.client().readTimeoutMillis()).isEqualTo(2_000);
    assertThat(logging.client()).isNotSameAs(root.client());
    assertThat(logging.client().readTimeoutMillis()).as("the caller's, not OrderKit's 30 s")
        .isEqualTo(2_000);
    assertThat(own.client().readTimeoutMillis()).isEqualTo(9_000);
    assertThat(logging.client().dispatcher()).isSameAs(callers.dispatcher());
  }

  @Test
  void anOwnClientsTimeoutsAndLimitsAreOrderKits() {
    root = core(options().build(), null);
    TransportCore tenant = derive(root, o -> o.tenantId("T-1").logLevel(LogLevel.BASIC)
        .logger(line -> { }));

    assertThat(root.client().readTimeoutMillis()).isEqualTo(30_000);
    assertThat(tenant.client().readTimeoutMillis()).isEqualTo(30_000);
    assertThat(root.client().dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
    assertThat(root.client().dispatcher().getMaxRequests()).isEqualTo(64);
    assertThat(tenant.client().dispatcher()).isSameAs(root.client().dispatcher());
  }
}
