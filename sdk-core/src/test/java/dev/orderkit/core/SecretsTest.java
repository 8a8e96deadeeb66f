package dev.orderkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.errors.ApiConnectionException;
import dev.orderkit.core.errors.ApiTimeoutException;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.core.spi.JsonTree;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretsTest {
  private static final String KEY = "sk_live_SECRETS_TEST_KEY_991";
  private static final String TOKEN = "eyJ.SECRET-REFRESH-TOKEN.sig";
  private static final String TENANT = "TENANT-SECRET-4";
  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  private MockWebServer server;
  private Transport transport;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    if (transport != null) {
      transport.close();
    }
    server.shutdown();
  }

  private ClientOptions.Builder options(String baseUrl) {
    return ClientOptions.builder().baseUrl(baseUrl).apiKey(KEY).tenantId(TENANT)
        .initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2));
  }

  private Transport transport(ClientOptions options) {
    transport = Transport.builder(options).module("test").build();
    return transport;
  }

  private static ApiRequest<Object> get(String path) {
    return ApiRequest.builder("GET", path, ResponseParser.of(JsonTree.adapter())).build();
  }

  /** Asserts that no message in the exception's cause chain, nor its toString, holds a secret. */
  private static void assertNoSecretIn(Throwable thrown, String... secrets) {
    assertThat(thrown).isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(secrets);
      assertThat(t.toString()).doesNotContain(secrets);
    }
  }

  // ---------------------------------------------------------------- toString

  @Test
  void clientOptionsToStringHidesKeyAndTenant() {
    ClientOptions options = options("https://api.example.com").header("X-Api-Key", KEY).build();

    assertThat(options.toString()).contains("<redacted>").doesNotContain(KEY, TENANT);
  }

  @Test
  void bearerCredentialsToStringHidesKey() {
    Credentials credentials = Credentials.bearer(KEY);

    assertThat(credentials.token()).isEqualTo(KEY);
    assertThat(credentials.toString()).doesNotContain(KEY);
    assertThat(String.valueOf(credentials)).contains("redacted");
  }

  @Test
  void refreshingCredentialsToStringHidesTokenBeforeAndAfterFetching() {
    Credentials credentials = Credentials.refreshing(() -> TOKEN);
    assertThat(credentials.toString()).doesNotContain(TOKEN);

    assertThat(credentials.token()).isEqualTo(TOKEN);
    assertThat(credentials.toString()).doesNotContain(TOKEN).contains("redacted");
  }

  @Test
  void requestOptionsToStringHidesHeaderValues() {
    RequestOptions options = RequestOptions.builder()
        .header("Authorization", "Bearer " + TOKEN)
        .header("X-Api-Key", KEY)
        .build();

    assertThat(options.toString()).contains("Authorization", "X-Api-Key")
        .doesNotContain(TOKEN, KEY);
  }

  @Test
  void responseToStringHidesTheBodyEvenWhenItHoldsAToken() throws Exception {
    transport(options(server.url("/").toString()).build());
    server.enqueue(new MockResponse().setResponseCode(200)
        .setBody("{\"access_token\":\"" + TOKEN + "\"}").addHeader("X-Request-Id", "req-1"));

    HttpResponseFor<Object> response = transport.executeRaw(get("login"), NO_RETRY);

    assertThat(response.bodyText()).contains(TOKEN); // the body itself is still available
    assertThat(response.toString()).contains("status=200", "req-1").doesNotContain(TOKEN, KEY);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void invalidHeaderValueIsNotEchoed() {
    Throwable thrown = catchThrowable(() -> options("https://api.example.com")
        .header("X-Api-Key", KEY + "\n").build());

    assertThat(thrown).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("X-Api-Key");
    assertNoSecretIn(thrown, KEY);
  }

  @Test
  void cleartextRefusalDoesNotEchoTheKey() {
    Throwable thrown = catchThrowable(() -> options("http://example.com").build());

    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    assertNoSecretIn(thrown, KEY, TENANT);
  }

  // ---------------------------------------------------------------- exception messages

  @Test
  void authenticationExceptionMessageHasNoKey() {
    transport(options(server.url("/").toString()).build());
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"message\":\"Invalid API key\",\"code\":\"UNAUTHORIZED\"}"));

    Throwable thrown = catchThrowable(() -> transport.execute(get("me"), NO_RETRY));

    assertThat(thrown).isInstanceOfSatisfying(AuthenticationException.class,
        e -> assertThat(e.apiMessage()).contains("Invalid API key"));
    assertNoSecretIn(thrown, KEY, TENANT);
  }

  @Test
  void authenticationExceptionAfterARefreshHasNoToken() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.refreshing(() -> TOKEN + fetches.incrementAndGet())).build());
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"message\":\"expired\"}"));
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"message\":\"expired\"}"));

    Throwable thrown = catchThrowable(() -> transport.execute(get("me"), NO_RETRY));

    assertThat(thrown).isInstanceOfSatisfying(AuthenticationException.class,
        e -> assertThat(e.attempts()).isEqualTo(2));
    assertThat(fetches).hasValue(2);
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + TOKEN + "1");
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + TOKEN + "2");
    assertNoSecretIn(thrown, TOKEN);
  }

  @Test
  void outcomeUnknownAfterA5xxOnPostHasNoKey() {
    transport(options(server.url("/").toString()).build());
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"message\":\"busy\"}"));
    ApiRequest<Object> create = ApiRequest.builder("POST", "orders",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("imei", "123"))).description("create order").build();

    Throwable thrown = catchThrowable(() -> transport.execute(create, RequestOptions.none()));

    assertThat(thrown).isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
      assertThat(e.getCause()).isInstanceOf(ServerException.class);
      assertThat(e.status()).contains(503);
      assertThat(e.getMessage()).contains("create order");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertNoSecretIn(thrown, KEY, TENANT);
  }

  @Test
  void outcomeUnknownAfterATimeoutOnPostHasNoKey() {
    transport(options(server.url("/").toString()).build());
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}")
        .setHeadersDelay(2, TimeUnit.SECONDS)); // answers, but only after the timeout
    ApiRequest<Object> create = ApiRequest.builder("POST", "orders",
            ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Map.of("imei", "123"))).build();

    Throwable thrown = catchThrowable(() -> transport.execute(create,
        RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));

    assertThat(thrown).isInstanceOfSatisfying(OutcomeUnknownException.class,
        e -> assertThat(e.getCause()).isInstanceOf(ApiTimeoutException.class));
    assertNoSecretIn(thrown, KEY, TENANT);
  }

  @Test
  void connectionRefusedHasNoKey() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    HttpUrl deadUrl = closed.url("/");
    closed.shutdown();
    transport(options(deadUrl.toString()).build());

    Throwable thrown = catchThrowable(() -> transport.execute(get("orders"), NO_RETRY));

    assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("before the request was sent");
    assertThat(((OrderKitException) thrown).attempts()).isEqualTo(1);
    assertNoSecretIn(thrown, KEY, TENANT);
  }

  @Test
  void failingTokenSupplierDoesNotLeakTheTokenIntoTheMessage() {
    transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.refreshing(() -> {
          throw new IllegalStateException("login failed for token " + TOKEN);
        })).build());

    Throwable thrown = catchThrowable(() -> transport.execute(get("orders"), NO_RETRY));

    assertThat(thrown).isInstanceOf(OrderKitException.class)
        .hasMessageContaining("token supplier failed");
    assertThat(thrown.getMessage()).doesNotContain(TOKEN);
    assertThat(thrown.toString()).doesNotContain(TOKEN);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void failingTokenSupplierWithACheckedExceptionOnTheAsyncPath() {
    transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.refreshing(() -> {
          throw new IOException("refresh rejected: " + TOKEN);
        })).build());

    CompletableFuture<Object> future = transport.executeAsync(get("orders"), NO_RETRY);
    Throwable thrown = catchThrowable(() -> future.get(10, TimeUnit.SECONDS));

    assertThat(thrown).isInstanceOf(ExecutionException.class);
    assertThat(thrown.getCause()).isInstanceOf(OrderKitException.class)
        .hasMessageContaining("token supplier failed");
    assertThat(thrown.getCause().getMessage()).doesNotContain(TOKEN);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void tokenSupplierReturningBlankFailsWithoutSending() {
    transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.refreshing(() -> "  ")).build());

    Throwable thrown = catchThrowable(() -> transport.execute(get("orders"), NO_RETRY));

    assertThat(thrown).isInstanceOf(OrderKitException.class).hasMessageContaining("empty token");
    assertThat(server.getRequestCount()).isZero();
  }
}
