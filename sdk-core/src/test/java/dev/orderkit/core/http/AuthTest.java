package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.Credentials;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Bearer keys, tenant header, and the refresh-once-replay-once rule for expiring tokens. */
class AuthTest {
  private static final ApiRequest<Object> CREATE = ApiRequest.builder("POST", "order/{id}",
          ResponseParser.of(JsonTree.adapter()))
      .pathParam("id", "42").body(RequestBodyWriter.ofTree(Map.of("a", 1)))
      .description("create order").build();

  @StartStop private final MockWebServer server = new MockWebServer();

  private Transport transport(Credentials credentials) {
    return Transport.builder(ClientOptions.builder().baseUrl(server.url("/").toString())
        .credentials(credentials).tenantId("ABC-123").build()).build();
  }

  @Test
  void aFixedKeyIsSentAsBearerWithTheTenantAndA401IsNotReplayed() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"message\":\"bad key\"}"));
    try (Transport transport = transport(Credentials.bearer("sk_fixed"))) {
      Throwable thrown = catchThrowable(() -> transport.execute(CREATE, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(AuthenticationException.class);
      assertThat(((AuthenticationException) thrown).attempts()).isEqualTo(1);
      RecordedRequest request = server.takeRequest();
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_fixed");
      assertThat(request.getHeaders().get("X-Tenant-Id")).isEqualTo("ABC-123");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void onA401TheSupplierRefreshesOnceAndTheCallIsReplayedOnce() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    server.enqueue(new MockResponse().setResponseCode(401));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"ok\":true}"));
    try (Transport transport = transport(Credentials.refreshing(
        () -> "token-" + fetches.incrementAndGet()))) {
      HttpResponseFor<Object> response = transport.executeRaw(CREATE, RequestOptions.none());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.attempts()).isEqualTo(2);
      assertThat(fetches.get()).isEqualTo(2);
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
      RecordedRequest replay = server.takeRequest();
      assertThat(replay.getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
      assertThat(replay.getBody().clone().readUtf8()).isEqualTo("{\"a\":1}");
    }
  }

  @Test
  void aSecond401AfterTheRefreshFailsWithTheAuthenticationError() {
    AtomicInteger fetches = new AtomicInteger();
    server.enqueue(new MockResponse().setResponseCode(401));
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"message\":\"token expired\"}"));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));
    try (Transport transport = transport(Credentials.refreshing(
        () -> "token-" + fetches.incrementAndGet()))) {
      Throwable thrown = catchThrowable(() -> transport.execute(CREATE, RequestOptions.none()));

      assertThat(thrown).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("token expired").hasMessageNotContaining("token-");
      assertThat(((AuthenticationException) thrown).attempts()).isEqualTo(2);
      assertThat(fetches.get()).isEqualTo(2);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void asyncCallsRefreshTheSameWay() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    server.enqueue(new MockResponse().setResponseCode(401));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"ok\":true}"));
    try (Transport transport = transport(Credentials.refreshing(
        () -> "token-" + fetches.incrementAndGet()))) {
      HttpResponseFor<Object> response =
          transport.executeRawAsync(CREATE, RequestOptions.none()).get(10, TimeUnit.SECONDS);

      assertThat(response.attempts()).isEqualTo(2);
      assertThat(fetches.get()).isEqualTo(2);
    }
  }

  @Test
  void concurrentRejectionsOfTheSameTokenFetchOnlyOnce() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    CountDownLatch slowFetch = new CountDownLatch(1);
    Credentials credentials = Credentials.refreshing(() -> {
      int n = fetches.incrementAndGet();
      if (n == 2) {
        slowFetch.await(5, TimeUnit.SECONDS);
      }
      return "token-" + n;
    });
    String first = credentials.token();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new CopyOnWriteArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> credentials.refresh(first)));
      }
      slowFetch.countDown();
      for (Future<String> r : results) {
        assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo("token-2");
      }
      assertThat(fetches.get()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingSupplierBecomesAnOrderKitExceptionWithoutTheSecret() {
    Credentials credentials = Credentials.refreshing(() -> {
      throw new IllegalStateException("login failed for secret pw-123");
    });
    try (Transport transport = transport(credentials)) {
      Throwable thrown = catchThrowable(() -> transport.execute(CREATE, RequestOptions.none()));

      assertThat(thrown).isExactlyInstanceOf(OrderKitException.class)
          .hasMessageContaining("token supplier failed").hasMessageNotContaining("pw-123");
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
