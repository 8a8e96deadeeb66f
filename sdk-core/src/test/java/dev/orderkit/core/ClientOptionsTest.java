package dev.orderkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.ApiTimeoutException;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.core.spi.JsonTree;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientOptionsTest {
  private static final String KEY = "sk_test_client_options_key";

  private MockWebServer server;
  private OkHttpClient callerClient;

  @AfterEach
  void tearDown() throws IOException {
    if (server != null) {
      server.shutdown();
    }
    if (callerClient != null) {
      callerClient.dispatcher().executorService().shutdown();
      callerClient.connectionPool().evictAll();
    }
  }

  private static ClientOptions.Builder valid() {
    return ClientOptions.builder().baseUrl("https://api.example.com").apiKey(KEY);
  }

  // ---------------------------------------------------------------- validation

  static Stream<Arguments> invalidOptions() {
    return Stream.of(
        invalid("missing baseUrl", b -> ClientOptions.builder().apiKey(KEY), "baseUrl"),
        invalid("blank baseUrl", b -> b.baseUrl("   "), "baseUrl"),
        invalid("garbage baseUrl", b -> b.baseUrl("not a url"), "baseUrl"),
        invalid("non-http baseUrl", b -> b.baseUrl("ftp://files.example.com"), "baseUrl"),
        invalid("baseUrl with query", b -> b.baseUrl("https://api.example.com/v1?x=1"), "baseUrl"),
        invalid("baseUrl with fragment", b -> b.baseUrl("https://api.example.com/#top"), "baseUrl"),
        invalid("negative connectTimeout", b -> b.connectTimeout(Duration.ofMillis(-1)),
            "connectTimeout"),
        invalid("negative readTimeout", b -> b.readTimeout(Duration.ofSeconds(-1)), "readTimeout"),
        invalid("negative writeTimeout", b -> b.writeTimeout(Duration.ofSeconds(-1)),
            "writeTimeout"),
        invalid("negative timeout", b -> b.timeout(Duration.ofSeconds(-1)), "timeout"),
        invalid("null timeout", b -> b.timeout(null), "timeout"),
        invalid("negative initialRetryDelay", b -> b.initialRetryDelay(Duration.ofMillis(-5)),
            "initialRetryDelay"),
        invalid("negative maxRetryDelay", b -> b.maxRetryDelay(Duration.ofMillis(-5)),
            "maxRetryDelay"),
        invalid("maxRetries -1", b -> b.maxRetries(-1), "maxRetries"),
        invalid("maxRetries 11", b -> b.maxRetries(11), "maxRetries"),
        invalid("maxResponseBytes 0", b -> b.maxResponseBytes(0), "maxResponseBytes"),
        invalid("invalid header name", b -> b.header("Bad Header", "v"), "header"),
        invalid("header value with newline", b -> b.header("X-Ok", "a\nb"), "header"),
        invalid("blank tenantId", b -> b.tenantId("   "), "tenantId"),
        invalid("blank tenantHeader", b -> b.tenantHeader(" "), "tenantHeader"),
        invalid("null logLevel", b -> b.logLevel(null), "logLevel"),
        invalid("null logger", b -> b.logger(null), "logger"));
  }

  private static Arguments invalid(String name, UnaryOperator<ClientOptions.Builder> change,
      String field) {
    return Arguments.of(name, change, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidOptions")
  void everyInvalidOptionFailsAtBuildNamingIt(String name,
      UnaryOperator<ClientOptions.Builder> change, String field) {
    ClientOptions.Builder builder = change.apply(valid());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).startsWith(field + ":");
          assertThat(e.attempts()).isZero();
        });
  }

  @Test
  void maxRetriesBoundsAreInclusive() {
    assertThat(valid().maxRetries(0).build().maxRetries()).isZero();
    assertThat(valid().maxRetries(10).build().maxRetries()).isEqualTo(10);
  }

  @Test
  void garbageBaseUrlMessageQuotesTheValue() {
    assertThatThrownBy(() -> valid().baseUrl("htp:/nope").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("htp:/nope")
        .hasMessageContaining("http");
  }

  @Test
  void invalidHeaderMessageNamesTheHeader() {
    assertThatThrownBy(() -> valid().header("Bad Header", "v").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Bad Header");
  }

  @Test
  void blankApiKeyIsRefusedByCredentialsBearer() {
    for (String blank : new String[] {"", "   ", null}) {
      assertThatThrownBy(() -> Credentials.bearer(blank))
          .isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.field()).isEqualTo("apiKey"))
          .hasMessageStartingWith("apiKey:");
    }
  }

  @Test
  void blankApiKeyOnTheBuilderFailsAtBuildLikeEveryOtherOption() {
    // The class contract: "every invalid option fails at Builder#build()".
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl("https://api.example.com");

    assertThatCode(() -> builder.apiKey("   ")).doesNotThrowAnyException();
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("apiKey"));
  }

  // ---------------------------------------------------------------- cleartext

  @Test
  void credentialsOverCleartextToARemoteHostAreRefused() {
    assertThatThrownBy(() -> valid().baseUrl("http://example.com").build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("baseUrl"))
        .hasMessageContaining("cleartext")
        .hasMessageContaining("allowCleartext")
        .hasMessageContaining("example.com");
  }

  @Test
  void refreshingCredentialsOverCleartextAreRefusedToo() {
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl("http://example.com")
        .credentials(Credentials.refreshing(() -> "tok"));

    assertThatThrownBy(builder::build).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cleartext");
  }

  @Test
  void cleartextIsAllowedWhenExplicitlyOptedIn() {
    ClientOptions options = valid().baseUrl("http://example.com").allowCleartext(true).build();

    assertThat(options.allowCleartext()).isTrue();
    assertThat(options.baseUrl().toString()).isEqualTo("http://example.com/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost", "http://localhost:8080/api", "http://127.0.0.1",
      "http://127.0.0.1:9000", "http://[::1]", "http://[::1]:8443/x", "http://LOCALHOST"})
  void cleartextToLoopbackIsAllowed(String url) {
    assertThat(valid().baseUrl(url).build().baseUrl().isHttps()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.example.com", "http://127.0.0.1.attacker.example"})
  void hostNamesThatMerelyStartWith127AreNotLoopback(String url) {
    // "127.example.com" is a DNS name that can resolve anywhere: sending the key to it in
    // cleartext is what the rule exists to prevent.
    assertThatThrownBy(() -> valid().baseUrl(url).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cleartext");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com", "https://localhost", "https://10.0.0.1:8443/p"})
  void httpsIsAlwaysAllowed(String url) {
    assertThat(valid().baseUrl(url).build().baseUrl().isHttps()).isTrue();
  }

  @Test
  void noCredentialsOverCleartextToARemoteHostIsAllowed() {
    ClientOptions options = ClientOptions.builder().baseUrl("http://example.com").build();

    assertThat(options.credentials()).isNull();
    assertThat(options.baseUrl().host()).isEqualTo("example.com");
  }

  // ---------------------------------------------------------------- base URL

  @ParameterizedTest
  @ValueSource(strings = {"https://api.example.com", "https://api.example.com/",
      "  https://api.example.com  "})
  void baseUrlIsNormalisedToEndWithSlash(String url) {
    assertThat(valid().baseUrl(url).build().baseUrl().toString())
        .isEqualTo("https://api.example.com/");
  }

  @Test
  void baseUrlPathPrefixIsKept() {
    assertThat(valid().baseUrl("https://h/api").build().baseUrl().toString())
        .isEqualTo("https://h/api/");
    assertThat(valid().baseUrl("https://h/api/v2/").build().baseUrl().toString())
        .isEqualTo("https://h/api/v2/");
  }

  @Test
  void pathPrefixIsUsedWhenRequestsAreSent() throws Exception {
    server = new MockWebServer();
    server.start();
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));
    String prefixed = server.url("/api").toString(); // no trailing slash
    ClientOptions options = ClientOptions.builder().baseUrl(prefixed).build();

    try (Transport transport = Transport.builder(options).module("test").build()) {
      transport.execute(get("v1/orders"), RequestOptions.none());
    }

    assertThat(server.takeRequest().getRequestUrl().encodedPath()).isEqualTo("/api/v1/orders");
  }

  // ---------------------------------------------------------------- fromEnv

  @Test
  void fromEnvReadsPrefixedVariablesAndOrderkitLog() {
    Map<String, String> env = new HashMap<>();
    env.put("PARTNER_API_KEY", "  env-key-123  ");
    env.put("PARTNER_BASE_URL", " https://partner.example.com/base ");
    env.put("PARTNER_TENANT_ID", " tenant-7 ");
    env.put("ORDERKIT_LOG", "headers");
    env.put("OTHER_API_KEY", "not-this-one");

    ClientOptions options = ClientOptions.builder().fromEnv("PARTNER", env::get).build();

    assertThat(options.credentials().token()).isEqualTo("env-key-123");
    assertThat(options.baseUrl().toString()).isEqualTo("https://partner.example.com/base/");
    assertThat(options.tenantId()).as("tenants are read by the APIs that have one").isNull();
    assertThat(options.logLevel()).isEqualTo(LogLevel.HEADERS);
  }

  @Test
  void fromEnvLeavesUnsetAndBlankVariablesAlone() {
    Map<String, String> env = new HashMap<>();
    env.put("P_API_KEY", "  ");
    env.put("P_TENANT_ID", "");
    Credentials creds = Credentials.bearer("kept-key");

    ClientOptions options = ClientOptions.builder()
        .baseUrl("https://kept.example.com")
        .credentials(creds)
        .tenantId("kept-tenant")
        .logLevel(LogLevel.BASIC)
        .fromEnv("P", env::get)
        .build();

    assertThat(options.credentials()).isSameAs(creds);
    assertThat(options.baseUrl().toString()).isEqualTo("https://kept.example.com/");
    assertThat(options.tenantId()).isEqualTo("kept-tenant");
    assertThat(options.logLevel()).isEqualTo(LogLevel.BASIC);
  }

  @Test
  void fromEnvOnlyBaseUrlGivesAClientWithoutCredentials() {
    Map<String, String> env = new HashMap<>();
    env.put("X_BASE_URL", "https://x.example.com");

    ClientOptions options = ClientOptions.builder().fromEnv("X", env::get).build();

    assertThat(options.credentials()).isNull();
    assertThat(options.tenantId()).isNull();
  }

  // ---------------------------------------------------------------- defaults and toBuilder

  @Test
  void defaults() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://api.example.com")
        .logLevel(LogLevel.NONE).build();

    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.timeout()).isEqualTo(Duration.ZERO);
    assertThat(options.timeoutsExplicit()).isFalse();
    assertThat(options.maxRetries()).isEqualTo(2);
    assertThat(options.initialRetryDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.maxRetryDelay()).isEqualTo(Duration.ofSeconds(8));
    assertThat(options.maxResponseBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(options.tenantHeader()).isEqualTo("X-Tenant-Id");
    assertThat(options.allowCleartext()).isFalse();
    assertThat(options.httpClient()).isNull();
    assertThat(options.credentials()).isNull();
    assertThat(options.defaultHeaders().size()).isZero();
    assertThat(options.logger()).isNotNull();
  }

  @Test
  void settingAnyTimeoutMarksTimeoutsExplicit() {
    assertThat(valid().connectTimeout(Duration.ofSeconds(1)).build().timeoutsExplicit()).isTrue();
    assertThat(valid().readTimeout(Duration.ofSeconds(1)).build().timeoutsExplicit()).isTrue();
    assertThat(valid().writeTimeout(Duration.ofSeconds(1)).build().timeoutsExplicit()).isTrue();
    assertThat(valid().timeout(Duration.ofSeconds(1)).build().timeoutsExplicit()).isTrue();
  }

  @Test
  void toBuilderRoundTripKeepsEveryOption() {
    OkHttpClient client = new OkHttpClient();
    OrderKitLogger logger = line -> { };
    Credentials creds = Credentials.bearer(KEY);
    ClientOptions original = ClientOptions.builder()
        .baseUrl("http://example.com/prefix")
        .credentials(creds)
        .allowCleartext(true)
        .tenantId("t-1")
        .tenantHeader("X-Org")
        .header("X-Custom", "c1")
        .connectTimeout(Duration.ofSeconds(3))
        .readTimeout(Duration.ofSeconds(4))
        .writeTimeout(Duration.ofSeconds(5))
        .timeout(Duration.ofSeconds(6))
        .maxRetries(7)
        .initialRetryDelay(Duration.ofMillis(8))
        .maxRetryDelay(Duration.ofMillis(9))
        .maxRetryAfter(Duration.ofSeconds(11))
        .logLevel(LogLevel.BODY)
        .logger(logger)
        .httpClient(client)
        .maxResponseBytes(1234)
        .build();

    ClientOptions copy = original.toBuilder().build();

    assertThat(copy.baseUrl()).isEqualTo(original.baseUrl());
    assertThat(copy.baseUrl().toString()).isEqualTo("http://example.com/prefix/");
    assertThat(copy.credentials()).isSameAs(creds);
    assertThat(copy.allowCleartext()).isTrue();
    assertThat(copy.tenantId()).isEqualTo("t-1");
    assertThat(copy.tenantHeader()).isEqualTo("X-Org");
    assertThat(copy.defaultHeaders()).isEqualTo(original.defaultHeaders());
    assertThat(copy.defaultHeaders().get("X-Custom")).isEqualTo("c1");
    assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(copy.writeTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.timeout()).isEqualTo(Duration.ofSeconds(6));
    assertThat(copy.timeoutsExplicit()).isTrue();
    assertThat(copy.maxRetries()).isEqualTo(7);
    assertThat(copy.initialRetryDelay()).isEqualTo(Duration.ofMillis(8));
    assertThat(copy.maxRetryDelay()).isEqualTo(Duration.ofMillis(9));
    assertThat(copy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(11));
    assertThat(copy.logLevel()).isEqualTo(LogLevel.BODY);
    assertThat(copy.logger()).isSameAs(logger);
    assertThat(copy.httpClient()).isSameAs(client);
    assertThat(copy.maxResponseBytes()).isEqualTo(1234);
  }

  @Test
  void toBuilderChangesDoNotAffectTheOriginal() {
    ClientOptions original = valid().header("X-A", "1").build();

    ClientOptions changed = original.toBuilder().maxRetries(5).header("X-B", "2").build();

    assertThat(changed.maxRetries()).isEqualTo(5);
    assertThat(changed.defaultHeaders().get("X-B")).isEqualTo("2");
    assertThat(original.maxRetries()).isEqualTo(2);
    assertThat(original.defaultHeaders().get("X-B")).isNull();
  }

  // ---------------------------------------------------------------- caller's OkHttpClient

  @Test
  void suppliedClientsConnectionPoolIsShared() throws Exception {
    server = new MockWebServer();
    server.start();
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"ok\":true}"));
    callerClient = new OkHttpClient();
    assertThat(callerClient.connectionPool().connectionCount()).isZero();
    ClientOptions options = ClientOptions.builder().baseUrl(server.url("/").toString())
        .apiKey(KEY).httpClient(callerClient).build();

    try (Transport transport = Transport.builder(options).module("test").build()) {
      transport.execute(get("ping"), RequestOptions.none());
      // Closing a transport that does not own the client must not evict the shared pool.
    }

    assertThat(server.takeRequest().getRequestUrl().encodedPath()).isEqualTo("/ping");
    assertThat(callerClient.connectionPool().connectionCount()).isEqualTo(1);
    assertThat(callerClient.connectionPool().idleConnectionCount()).isEqualTo(1);
  }

  @Test
  void suppliedClientsReadTimeoutIsKeptWhenTimeoutsAreNotExplicit() throws Exception {
    server = new MockWebServer();
    server.start();
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}")
        .setHeadersDelay(2, TimeUnit.SECONDS)); // answers, but only after the timeout
    callerClient = new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build();
    ClientOptions options = ClientOptions.builder().baseUrl(server.url("/").toString())
        .httpClient(callerClient).build();

    try (Transport transport = Transport.builder(options).module("test").build()) {
      assertThatThrownBy(() -> transport.execute(get("slow"),
          RequestOptions.builder().maxRetries(0).build()))
          .isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void explicitReadTimeoutOverridesTheSuppliedClients() throws Exception {
    server = new MockWebServer();
    server.start();
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}")
        .setHeadersDelay(2, TimeUnit.SECONDS)); // answers, but only after the timeout
    // The caller's client would wait a minute; the explicit option must win.
    callerClient = new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS).build();
    ClientOptions options = ClientOptions.builder().baseUrl(server.url("/").toString())
        .httpClient(callerClient).readTimeout(Duration.ofMillis(300)).build();

    try (Transport transport = Transport.builder(options).module("test").build()) {
      assertThatThrownBy(() -> transport.execute(get("slow"),
          RequestOptions.builder().maxRetries(0).build()))
          .isInstanceOf(ApiTimeoutException.class)
          .hasMessageContaining("timed out");
    }
  }

  @Test
  void suppliedClientsCallTimeoutIsKeptWhenTimeoutsAreNotExplicit() throws Exception {
    server = new MockWebServer();
    server.start();
    // Headers at once, then a body that trickles for ~2 s: no single read is slow enough to hit
    // a read timeout, so only a whole-call timeout can stop it.
    server.enqueue(new MockResponse().setResponseCode(200)
        .setBody("{\"k\":\"" + "x".repeat(12) + "\"}")
        .throttleBody(1, 100, TimeUnit.MILLISECONDS));
    callerClient = new OkHttpClient.Builder().callTimeout(300, TimeUnit.MILLISECONDS).build();
    ClientOptions options = ClientOptions.builder().baseUrl(server.url("/").toString())
        .httpClient(callerClient).build();
    assertThat(options.timeoutsExplicit()).isFalse();

    try (Transport transport = Transport.builder(options).module("test").build()) {
      assertThatThrownBy(() -> transport.execute(get("trickle"),
          RequestOptions.builder().maxRetries(0).build()))
          .isInstanceOf(ApiTimeoutException.class);
    }
  }

  // ---------------------------------------------------------------- toString

  @Test
  void toStringShowsSettingsButNotSecrets() {
    String text = valid().tenantId("tenant-secret-x").maxRetries(3).build().toString();

    assertThat(text).contains("https://api.example.com/").contains("maxRetries=3")
        .doesNotContain(KEY).doesNotContain("tenant-secret-x");
  }

  private static ApiRequest<Object> get(String path) {
    return ApiRequest.builder("GET", path, ResponseParser.of(JsonTree.adapter())).build();
  }
}
