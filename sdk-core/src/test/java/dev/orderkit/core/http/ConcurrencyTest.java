package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** One transport shared by many threads, blocking and async calls mixed: every call succeeds. */
class ConcurrencyTest {

  @Test
  void oneTransportServesManyThreadsWithoutFailuresOrMixUps() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String id = request.getRequestUrl().pathSegments().get(1);
          return new MockResponse().setBody("{\"id\":" + id + "}");
        }
      });
      server.start();
      OkHttpClient shared = new OkHttpClient();
      ClientOptions options = ClientOptions.builder().baseUrl(server.url("/").toString())
          .apiKey("k").httpClient(shared).build();
      int threads = 16;
      int callsPerThread = 60;
      try (Transport transport = Transport.builder(options).build()) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          final int thread = t;
          results.add(pool.submit(() -> {
            int ok = 0;
            for (int i = 0; i < callsPerThread; i++) {
              int id = thread * 1000 + i;
              ApiRequest<Object> get = ApiRequest.builder("GET", "orders/{id}",
                  ResponseParser.of(JsonTree.adapter())).pathParam("id", String.valueOf(id)).build();
              Object value;
              if (i % 2 == 0) {
                value = transport.execute(get, RequestOptions.none());
              } else {
                CompletableFuture<Object> future = transport.executeAsync(get, RequestOptions.none());
                value = future.get(30, TimeUnit.SECONDS);
              }
              if (value.equals(Map.of("id", new BigDecimal(id)))) {
                ok++;
              }
            }
            return ok;
          }));
        }
        int succeeded = 0;
        for (Future<Integer> r : results) {
          succeeded += r.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(threads * callsPerThread);
        assertThat(server.getRequestCount()).isEqualTo(threads * callsPerThread);
        assertThat(shared.connectionPool().connectionCount()).as("pooled connections")
            .isLessThanOrEqualTo(threads + shared.dispatcher().getMaxRequestsPerHost());
      }
    }
  }
}
