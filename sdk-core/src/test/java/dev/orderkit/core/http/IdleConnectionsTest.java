package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * OrderKit's pool keeps up to {@code maxConcurrentRequests} idle connections; when the server has
 * closed them, the first call that finds one dead evicts the others, so the next calls open fresh
 * connections instead of each failing once and retrying.
 */
class IdleConnectionsTest {
  private static final ApiRequest<Object> GET =
      ApiRequest.builder("GET", "orders/1", ResponseParser.of(JsonTree.adapter())).build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private volatile boolean closeAfterAnswer = true;
  private final CountDownLatch burst = new CountDownLatch(8);

  @Test
  void theFirstDeadIdleConnectionEvictsTheOthers() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        MockResponse response = new MockResponse().setBody("{}");
        if (closeAfterAnswer) {
          burst.countDown();
          burst.await(10, TimeUnit.SECONDS); // eight at once: eight connections
          // the server closes each connection after answering, without saying so
          response.setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
        }
        return response;
      }
    });
    try (Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl(server.url("/").toString()).apiKey("k")
        .initialRetryDelay(Duration.ofMillis(1)).build()).build()) {
      List<CompletableFuture<Object>> first = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        first.add(transport.executeAsync(GET, RequestOptions.none()));
      }
      CompletableFuture.allOf(first.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
      Thread.sleep(200); // the server's closes arrive; the pool holds eight dead connections
      closeAfterAnswer = false;

      List<Integer> attempts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        attempts.add(transport.executeRaw(GET, RequestOptions.none()).attempts());
      }
      assertThat(attempts).as("only the first call meets a dead connection")
          .containsExactly(2, 1, 1, 1);
    }
  }
}
