package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.Credentials;
import dev.orderkit.core.LogLevel;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.UnexpectedStatusException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OkHttp never replays on its own, failures stay typed, and derived clients stay clean. */
class HardeningTest {
  private static final ApiRequest<Object> CREATE = ApiRequest.builder("POST", "orders/create",
          ResponseParser.of(JsonTree.adapter()))
      .body(RequestBodyWriter.ofTree(Map.of("order_code", "A"))).description("create order").build();
  private static final ApiRequest<Object> GET =
      ApiRequest.builder("GET", "orders/1", ResponseParser.of(JsonTree.adapter())).build();

  @StartStop private final MockWebServer server = new MockWebServer();

  private ClientOptions.Builder options() {
    return ClientOptions.builder().baseUrl(server.url("/").toString()).apiKey("k")
        .tenantId("T-1").initialRetryDelay(java.time.Duration.ofMillis(1));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {301, 302, 307, 308})
  void aRedirectIsNeverFollowedSoACreateIsNeverResentElsewhere(int status) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .addHeader("Location", server.url("/elsewhere").toString()));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport transport = Transport.builder(options().build()).build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(CREATE, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(UnexpectedStatusException.class);
      assertThat(((UnexpectedStatusException) thrown).status()).isEqualTo(status);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aCallersAuthenticatorCannotReplayACreateOn401() {
    server.enqueue(new MockResponse().setResponseCode(401));
    server.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient withAuthenticator = new OkHttpClient.Builder()
        .authenticator((route, response) -> response.request().newBuilder()
            .header("Authorization", "Bearer other").build())
        .build();
    try (Transport transport = Transport.builder(options().httpClient(withAuthenticator).build())
        .build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(CREATE, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(dev.orderkit.core.errors.AuthenticationException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void cancellingATypedAsyncCallCancelsTheHttpCall() throws Exception {
    // Never answers, so the call stays in flight until cancelled. (The original 30 s headersDelay
    // blocks OkHttp 4.12 MockWebServer.shutdown(), which gives up after 5 s on a sleeping server.)
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OkHttpClient shared = new OkHttpClient();
    try (Transport transport = Transport.builder(options().httpClient(shared).build()).build()) {
      CompletableFuture<Object> future = transport.executeAsync(GET, RequestOptions.none());
      assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();

      future.cancel(true);

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (shared.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(shared.dispatcher().runningCallsCount()).isZero();
      assertThat(future).isCancelled();
    }
  }

  @Test
  void typedAsyncFailuresArriveUnwrapped() {
    server.enqueue(new MockResponse().setResponseCode(500));
    try (Transport transport = Transport.builder(options().build()).build()) {
      CompletableFuture<Object> future = transport.executeAsync(CREATE, RequestOptions.none());

      Throwable thrown = catchThrowable(future::join);
      assertThat(thrown).isInstanceOf(java.util.concurrent.CompletionException.class)
          .cause().isInstanceOf(OutcomeUnknownException.class)
          .cause().isInstanceOf(ServerException.class);
    }
  }

  @Test
  void aDerivedTransportDoesNotStackInterceptorsAndCanTurnLoggingOff() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport logging = Transport.builder(options().logLevel(LogLevel.BODY)
        .logger(lines::add).build()).build()) {
      logging.execute(GET, RequestOptions.none());
      int loggedByParent = lines.size();
      try (Transport quiet = logging.withOptions(o -> o.logLevel(LogLevel.NONE))) {
        quiet.execute(GET, RequestOptions.none());
      }
      assertThat(loggedByParent).isPositive();
      assertThat(lines).hasSize(loggedByParent);
    }
  }

  @Test
  void credentialsThatThrowGiveATypedFailureBlockingAndAsync() throws Exception {
    Credentials broken = new Credentials() {
      @Override
      public String token() {
        throw new IllegalStateException("vault down");
      }

      @Override
      public boolean canRefresh() {
        return false;
      }

      @Override
      public String refresh(String rejectedToken) {
        throw new IllegalStateException("vault down");
      }
    };
    try (Transport transport = Transport.builder(options().credentials(broken).build()).build()) {
      Throwable blocking = catchThrowable(() -> transport.execute(GET, RequestOptions.none()));
      Throwable async = catchThrowable(() ->
          transport.executeAsync(GET, RequestOptions.none()).get(10, TimeUnit.SECONDS));

      assertThat(blocking).isExactlyInstanceOf(OrderKitException.class)
          .hasMessageContaining("credentials failed");
      assertThat(async).isInstanceOf(ExecutionException.class)
          .cause().isExactlyInstanceOf(OrderKitException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void aNonAsciiRetryAfterOnA503IsHandledNotThrown() {
    server.enqueue(new MockResponse().setResponseCode(503)
        .addHeaderLenient("Retry-After", "bientôt"));
    try (Transport transport = Transport.builder(options().maxRetries(0).build()).build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(GET, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(ServerException.class);
      assertThat(((ServerException) thrown).headers().get("Retry-After")).isEqualTo("bientôt");
    }
  }

  @Test
  void headerValuesAndLimitsAreCheckedAtBuildWithoutShowingTheValue() {
    Throwable tenant = catchThrowable(() -> options().tenantId("ABC\nsecret-tenant").build());
    Throwable key = catchThrowable(() -> options().apiKey("sk\r\nsecret").build());
    Throwable perCall = catchThrowable(() ->
        RequestOptions.builder().header("X-Api-Key", "v\nsecret-value"));
    Throwable limit = catchThrowable(() -> options().maxResponseBytes(Long.MAX_VALUE).build());

    assertThat(tenant).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("tenantId:").hasMessageNotContaining("secret");
    assertThat(key).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("apiKey:").hasMessageNotContaining("secret");
    assertThat(perCall).isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("secret");
    assertThat(limit).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("maxResponseBytes:");
  }

  @Test
  void aResultStatusWithAnHtmlBodyIsAServerErrorNotAResult() {
    server.enqueue(new MockResponse().setResponseCode(503)
        .setBody("<html>Service Unavailable</html>"));
    ApiRequest<Object> order = ApiRequest.builder("POST", "api/order",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("code", "cek_imei"))).resultStatus(503).build();
    try (Transport transport = Transport.builder(options().build()).build()) {
      Throwable thrown = catchThrowable(() -> transport.execute(order, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(OutcomeUnknownException.class)
          .cause().isInstanceOf(ServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
