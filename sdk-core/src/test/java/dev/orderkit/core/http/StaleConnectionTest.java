package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiConnectionException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pooled connection the server closed while it sat idle (a keep-alive timeout) never turns a
 * create into an unknown outcome: the write is not sent on it, but once on a fresh connection.
 * A connection that dies after the request was written still is an unknown outcome.
 */
class StaleConnectionTest {
  private static final ApiRequest<Object> READ =
      ApiRequest.builder("GET", "orders/1", ResponseParser.of(JsonTree.adapter())).build();
  private static final ApiRequest<Object> CREATE =
      ApiRequest.builder("POST", "orders/create", ResponseParser.of(JsonTree.adapter()))
          .body(RequestBodyWriter.ofTree(Collections.singletonMap("code", "A")))
          .description("create order").build();

  /** Where keytool writes the test's TLS key, once for the class. */
  @TempDir static Path tlsDir;

  @StartStop private final MockWebServer server = new MockWebServer();

  private Transport transport() {
    return Transport.builder(ClientOptions.builder()
        .baseUrl(server.url("/").toString()).apiKey("k")
        .maxRetries(2)
        .initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2))
        .build()).module("test").build();
  }

  /** An answer after which the server closes the connection without saying so in a header. */
  private static MockResponse answerThenClose(String body) {
    return new MockResponse().setBody(body).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aCreateAfterAReadOnAConnectionTheServerClosedIsSentOnceOnAFreshOne(boolean async)
      throws Exception {
    server.enqueue(answerThenClose("{\"id\":1}"));
    server.enqueue(answerThenClose("{\"id\":2}"));
    try (Transport transport = transport()) {
      assertThat(transport.execute(READ, RequestOptions.none()).toString()).contains("1");
      Thread.sleep(150); // the server's FIN has arrived: the pooled connection is stale

      Object created = async
          ? transport.executeAsync(CREATE, RequestOptions.none()).get(5, TimeUnit.SECONDS)
          : transport.execute(CREATE, RequestOptions.none());

      assertThat(created.toString()).contains("2");
      assertThat(server.getRequestCount()).as("requests the server received").isEqualTo(2);
      RecordedRequest read = server.takeRequest();
      RecordedRequest create = server.takeRequest();
      assertThat(read.getMethod()).isEqualTo("GET");
      assertThat(create.getMethod()).isEqualTo("POST");
      assertThat(create.getSequenceNumber()).as("the create went on a fresh connection")
          .isEqualTo(0);
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void theRawResponseCountsOnlyTheAttemptThatWasSent(boolean async) throws Exception {
    server.enqueue(answerThenClose("{\"id\":1}"));
    server.enqueue(answerThenClose("{\"id\":2}"));
    try (Transport transport = transport()) {
      transport.execute(READ, RequestOptions.none());
      Thread.sleep(150);

      HttpResponseFor<Object> created = async
          ? transport.executeRawAsync(CREATE, RequestOptions.none()).get(5, TimeUnit.SECONDS)
          : transport.executeRaw(CREATE, RequestOptions.none());

      assertThat(created.attempts()).isEqualTo(1);
      assertThat(created.statusCode()).isEqualTo(200);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void manyCreatesEachAfterTheServerClosedTheConnectionAreEachReceivedOnce() throws Exception {
    int creates = 6;
    server.enqueue(answerThenClose("{\"id\":0}"));
    for (int i = 1; i <= creates; i++) {
      server.enqueue(answerThenClose("{\"id\":" + i + "}"));
    }
    try (Transport transport = transport()) {
      transport.execute(READ, RequestOptions.none());
      for (int i = 1; i <= creates; i++) {
        Thread.sleep(60);
        Object created = i % 2 == 0
            ? transport.executeAsync(CREATE, RequestOptions.none()).join()
            : transport.execute(CREATE, RequestOptions.none());
        assertThat(created.toString()).contains(String.valueOf(i));
      }
      assertThat(server.getRequestCount()).isEqualTo(creates + 1);
    }
  }

  /** HTTP/1.1 over TLS is probed (an {@code SSLSocket}); HTTP/2's own reader sees the close. */
  @ParameterizedTest(name = "{0} async={1}")
  @CsvSource({"HTTP_1_1,false", "HTTP_1_1,true", "HTTP_2,false", "HTTP_2,true"})
  void overTlsTooACreateOnAConnectionTheServerClosedIsSentOnceOnAFreshOne(Protocol protocol,
      boolean async) throws Exception {
    Path dir = tlsDir;
    SSLContext tls = selfSignedTls(dir);
    server.useHttps(tls.getSocketFactory(), false);
    server.enqueue(answerThenClose("{\"id\":1}"));
    server.enqueue(answerThenClose("{\"id\":2}"));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(
        TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keyStore(dir));
    List<Protocol> used = new CopyOnWriteArrayList<>();
    OkHttpClient client = new OkHttpClient.Builder()
        .sslSocketFactory(tls.getSocketFactory(), (X509TrustManager) trust.getTrustManagers()[0])
        .hostnameVerifier((host, session) -> true)
        .protocols(protocol == Protocol.HTTP_2
            ? Arrays.asList(Protocol.HTTP_2, Protocol.HTTP_1_1)
            : Collections.singletonList(Protocol.HTTP_1_1))
        .addNetworkInterceptor(chain -> {
          used.add(chain.connection().protocol());
          return chain.proceed(chain.request());
        })
        .build();
    try (Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl(server.url("/").toString()).apiKey("k").httpClient(client)
        .build()).module("test").build()) {
      transport.execute(READ, RequestOptions.none());
      Thread.sleep(150);

      Object created = async
          ? transport.executeAsync(CREATE, RequestOptions.none()).get(5, TimeUnit.SECONDS)
          : transport.execute(CREATE, RequestOptions.none());

      assertThat(created.toString()).contains("2");
      assertThat(server.getRequestCount()).isEqualTo(2);
      server.takeRequest();
      RecordedRequest create = server.takeRequest();
      assertThat(create.getTlsVersion()).isNotNull();
      assertThat(used).as("protocols of the calls sent").containsOnly(protocol);
      assertThat(create.getSequenceNumber()).as("the create went on a fresh connection")
          .isEqualTo(0);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** A TLS context whose key and certificate the JDK's keytool made for this test. */
  private static synchronized SSLContext selfSignedTls(Path dir) throws Exception {
    Path store = dir.resolve("server.p12");
    if (!Files.exists(store)) {
      String keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool").toString();
      Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC",
          "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost",
          "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
          "-storepass", "secret", "-keypass", "secret")
          .redirectErrorStream(true).start();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore(dir), "secret".toCharArray());
    TrustManagerFactory trust = TrustManagerFactory.getInstance(
        TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keyStore(dir));
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  private static KeyStore keyStore(Path dir) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve("server.p12"))) {
      store.load(in, "secret".toCharArray());
    }
    return store;
  }

  @Test
  void aConnectionThatStaysOpenIsReusedForTheCreate() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"id\":1}"));
    server.enqueue(new MockResponse().setBody("{\"id\":2}"));
    try (Transport transport = transport()) {
      transport.execute(READ, RequestOptions.none());
      Thread.sleep(50);
      transport.execute(CREATE, RequestOptions.none());
      server.takeRequest();
      assertThat(server.takeRequest().getSequenceNumber()).as("same connection").isEqualTo(1);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aCreateWhoseConnectionDiesAfterItWasWrittenIsStillAnUnknownOutcome(boolean async)
      throws Exception {
    server.enqueue(new MockResponse().setBody("{\"id\":1}"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    try (Transport transport = transport()) {
      transport.execute(READ, RequestOptions.none()); // the create reuses a healthy connection
      Throwable thrown = catchThrowable(() -> {
        if (async) {
          transport.executeAsync(CREATE, RequestOptions.none()).join();
        } else {
          transport.execute(CREATE, RequestOptions.none());
        }
      });
      if (thrown instanceof CompletionException) {
        thrown = thrown.getCause();
      }

      assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
      assertThat(thrown.getCause()).isInstanceOf(ApiConnectionException.class);
      assertThat(thrown.getCause().getMessage()).contains("after the request was sent");
      assertThat(((OutcomeUnknownException) thrown).attempts()).isEqualTo(1);
      assertThat(server.getRequestCount()).as("requests the server received").isEqualTo(2);
    }
  }

  @Test
  void aReadOnAStaleConnectionIsNotProbedButRetriedAsBefore() throws Exception {
    server.enqueue(answerThenClose("{\"id\":1}"));
    server.enqueue(answerThenClose("{\"id\":2}"));
    server.enqueue(answerThenClose("{\"id\":3}"));
    try (Transport transport = transport()) {
      transport.execute(READ, RequestOptions.none());
      Thread.sleep(150);
      Object again = transport.execute(READ, RequestOptions.none());
      assertThat(again.toString()).contains("2");
    }
  }
}
