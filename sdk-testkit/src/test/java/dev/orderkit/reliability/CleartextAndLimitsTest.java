package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.testsupport.StartStop;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Credentials never go to a non-loopback {@code http://} URL; error bodies kept in exceptions are
 * capped; a response over the size limit fails cleanly and releases its connection.
 */
class CleartextAndLimitsTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void everyClientRefusesCredentialsOverCleartextToANonLoopbackHost() {
    String url = "http://orders.example.com/";
    List<Supplier<Object>> builds = new ArrayList<>();
    builds.add(() -> PartnerClient.builder().baseUrl(url).apiKey("k").tenantId("t").build());
    builds.add(() -> CekceirClient.builder().baseUrl(url).apiKey("k").build());
    builds.add(() -> CekatClient.builder().baseUrl(url).apiKey("k").build());
    builds.add(() -> BosOnlineClient.builder().baseUrl(url).apiKey("k").build());
    int refused = 0;
    for (Supplier<Object> build : builds) {
      Throwable thrown = catchThrowable(build::get);
      assertThat(thrown).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("cleartext");
      refused++;
    }
    try (CekatClient optedIn = CekatClient.builder().baseUrl(url).apiKey("k")
        .allowCleartext(true).build()) {
      assertThat(optedIn.options().baseUrl().toString()).isEqualTo(url);
    }
    System.out.printf("RELIABILITY cleartext clients=%d refused=%d%n", builds.size(), refused);
  }

  @Test
  void errorBodiesAreCappedAndOversizedResponsesFailCleanly() {
    StringBuilder huge = new StringBuilder("{\"message\":\"");
    while (huge.length() < 1_000_000) {
      huge.append("x");
    }
    huge.append("\"}");
    server.enqueue(new MockResponse().setResponseCode(500).setBody(huge.toString()));
    server.enqueue(new MockResponse().setBody("{\"orders\":\"" + huge + "\"}"));
    server.enqueue(new MockResponse().setBody(
        "{\"message\":\"success\",\"data\":{\"orders\":[]}}"));
    OkHttpClient shared = new OkHttpClient();
    try (CekatClient cekat = CekatClient.builder().baseUrl(server.url("/").toString())
        .apiKey("k").httpClient(shared).maxResponseBytes(64 * 1024).build()) {
      RequestOptions once = RequestOptions.builder().maxRetries(0).build();
      dev.orderkit.cekat.model.ListOrdersParams params =
          dev.orderkit.cekat.model.ListOrdersParams.builder().build();

      Throwable error = catchThrowable(() -> cekat.orders().list(params, once));
      Throwable oversized = catchThrowable(() -> cekat.orders().list(params, once));
      int after = cekat.orders().list(params, once).items().size();

      assertThat(error).isInstanceOf(ResponseDecodingException.class)
          .hasMessageContaining("larger than the limit");
      assertThat(((ResponseDecodingException) error).rawBody().length())
          .isLessThanOrEqualTo(16 * 1024 + 20);
      assertThat(oversized).isInstanceOf(ResponseDecodingException.class);
      assertThat(after).as("the client still works: nothing leaked").isZero();
      assertThat(shared.connectionPool().connectionCount())
          .isEqualTo(shared.connectionPool().idleConnectionCount());
    }

    server.enqueue(new MockResponse().setResponseCode(500)
        .setBody(huge.substring(0, 40_000) + "\"}"));
    try (CekatClient cekat = CekatClient.builder().baseUrl(server.url("/").toString())
        .apiKey("k").maxRetries(0).build()) {
      Throwable capped = catchThrowable(() -> cekat.orders().list(
          dev.orderkit.cekat.model.ListOrdersParams.builder().build()));
      assertThat(capped).isInstanceOf(ServerException.class);
      int kept = ((ServerException) capped).rawBody().length();
      assertThat(kept).isLessThanOrEqualTo(16 * 1024 + 20);
      System.out.printf("RELIABILITY limits error_body=%d kept=%d oversized=refused%n",
          40_002, kept);
    }
  }
}
