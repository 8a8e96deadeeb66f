package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.LogLevel;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoggingRedactionTest {
  private static final String KEY = "sk_live_SECRET123";
  private static final String TENANT = "TENANT-SECRET-9";
  private static final String COOKIE = "COOKIE-SECRET-1";
  private static final String SET_COOKIE = "SETCOOKIE-SECRET-2";
  private static final String REQUEST_BODY_MARK = "REQUEST-BODY-MARK";
  private static final String RESPONSE_BODY_MARK = "RESPONSE-BODY-MARK";

  private MockWebServer server;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(KEY)
        .tenantId(TENANT)
        .header("Cookie", "session=" + COOKIE)
        .logger(lines::add);
  }

  /** Sends one POST with a JSON body and returns what the server received. */
  private RecordedRequest exchange(ClientOptions options) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200)
        .addHeader("Set-Cookie", "sid=" + SET_COOKIE + "; HttpOnly")
        .addHeader("X-Request-Id", "req-log-1")
        .setBody("{\"reply\":\"" + RESPONSE_BODY_MARK + "\"}"));
    try (Transport transport = Transport.builder(options).module("test").build()) {
      ApiRequest<Object> request = ApiRequest.builder("POST", "orders/search",
              ResponseParser.of(JsonTree.adapter()))
          .body(RequestBodyWriter.ofTree(Map.of("q", REQUEST_BODY_MARK)))
          .build();
      Object result = transport.execute(request, RequestOptions.none());
      assertThat(result).isEqualTo(Map.of("reply", RESPONSE_BODY_MARK));
    }
    return server.takeRequest();
  }

  private String logged() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  private void assertNoSecrets() {
    assertThat(logged()).doesNotContain(KEY, TENANT, COOKIE, SET_COOKIE);
  }

  private void assertLineStartingWith(String prefix, Consumer<String> check) {
    List<String> matching = new ArrayList<>();
    synchronized (lines) {
      for (String line : lines) {
        if (line.startsWith(prefix)) {
          matching.add(line);
        }
      }
    }
    assertThat(matching).as("log lines starting with '%s' in:%n%s", prefix, logged())
        .isNotEmpty();
    matching.forEach(check);
  }

  @ParameterizedTest
  @EnumSource(value = LogLevel.class, names = {"BASIC", "HEADERS", "BODY"})
  void everyLevelLogsTheRequestLineAndNoSecret(LogLevel level) throws Exception {
    RecordedRequest sent = exchange(options().logLevel(level).build());

    // The secrets really were sent, so their absence from the log is redaction, not omission.
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(sent.getHeaders().get("X-Tenant-Id")).isEqualTo(TENANT);
    assertThat(sent.getHeaders().get("Cookie")).contains(COOKIE);

    assertLineStartingWith("--> POST", line -> assertThat(line).contains("/orders/search"));
    assertLineStartingWith("<-- 200", line -> assertThat(line).contains("/orders/search"));
    assertNoSecrets();
  }

  @Test
  void basicLogsNoHeadersAndNoBodies() throws Exception {
    exchange(options().logLevel(LogLevel.BASIC).build());

    assertThat(logged()).doesNotContain("Authorization", "X-Tenant-Id", "Set-Cookie",
        REQUEST_BODY_MARK, RESPONSE_BODY_MARK);
  }

  @ParameterizedTest
  @EnumSource(value = LogLevel.class, names = {"HEADERS", "BODY"})
  void headerNamesAppearButSecretValuesAreRedacted(LogLevel level) throws Exception {
    exchange(options().logLevel(level).build());

    for (String name : new String[] {"Authorization:", "X-Tenant-Id:", "Cookie:",
        "Set-Cookie:"}) {
      assertLineStartingWith(name, line -> assertThat(line).isEqualTo(name + " \u2588\u2588"));
    }
    // A header that is not secret is shown with its value.
    assertLineStartingWith("X-Request-Id:", line -> assertThat(line).endsWith("req-log-1"));
    assertNoSecrets();
  }

  @Test
  void headersLevelDoesNotLogBodies() throws Exception {
    exchange(options().logLevel(LogLevel.HEADERS).build());

    assertThat(logged()).doesNotContain(REQUEST_BODY_MARK, RESPONSE_BODY_MARK);
  }

  @Test
  void bodyLevelLogsRequestAndResponseBodies() throws Exception {
    exchange(options().logLevel(LogLevel.BODY).build());

    assertThat(logged()).contains("{\"q\":\"" + REQUEST_BODY_MARK + "\"}")
        .contains("{\"reply\":\"" + RESPONSE_BODY_MARK + "\"}");
    assertNoSecrets();
  }

  @Test
  void bodyLoggingDoesNotReadPastMaxResponseBytes() throws Exception {
    // maxResponseBytes: "The largest response body read, in bytes; a larger one fails cleanly."
    // Turning on BODY logging must not make the SDK read (and log) an oversized body in full.
    String big = "{\"data\":\"" + "d".repeat(200_000) + "\"}";
    server.enqueue(new MockResponse().setResponseCode(200).setBody(big));
    ClientOptions options = options().logLevel(LogLevel.BODY).maxResponseBytes(1000).build();

    Throwable thrown;
    try (Transport transport = Transport.builder(options).module("test").build()) {
      thrown = org.assertj.core.api.Assertions.catchThrowable(() -> transport.execute(
          ApiRequest.builder("GET", "big", ResponseParser.of(JsonTree.adapter())).build(),
          RequestOptions.builder().maxRetries(0).build()));
    }

    assertThat(thrown).isInstanceOf(dev.orderkit.core.errors.ResponseDecodingException.class)
        .hasMessageContaining("1000");
    assertThat(logged().length()).isLessThan(20_000);
  }

  @Test
  void renamedTenantHeaderIsRedactedToo() throws Exception {
    RecordedRequest sent = exchange(options().tenantHeader("X-Org-Id")
        .logLevel(LogLevel.HEADERS).build());

    assertThat(sent.getHeaders().get("X-Org-Id")).isEqualTo(TENANT);
    assertLineStartingWith("X-Org-Id:", line -> assertThat(line).doesNotContain(TENANT));
    assertNoSecrets();
  }

  @Test
  void perRequestAuthorizationHeaderIsRedactedToo() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));
    try (Transport transport = Transport.builder(options().logLevel(LogLevel.HEADERS).build())
        .build()) {
      transport.execute(ApiRequest.builder("GET", "me", ResponseParser.of(JsonTree.adapter()))
          .build(), RequestOptions.builder().header("Authorization", "Bearer other-SECRET-77")
          .build());
    }

    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer other-SECRET-77");
    assertLineStartingWith("Authorization:", line -> assertThat(line).doesNotContain("SECRET"));
    assertThat(logged()).doesNotContain("other-SECRET-77");
  }

  @Test
  void explicitNoneLogsNothing() throws Exception {
    exchange(options().logLevel(LogLevel.NONE).build());

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(lines).isEmpty();
  }

  @Test
  void defaultLogsNothing() throws Exception {
    assumeTrue(System.getenv("ORDERKIT_LOG") == null, "ORDERKIT_LOG is set in this environment");
    ClientOptions options = options().build();
    assertThat(options.logLevel()).isEqualTo(LogLevel.NONE);

    exchange(options);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(lines).isEmpty();
  }
}
