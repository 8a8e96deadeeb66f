package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.LogLevel;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A call's own tenant goes in the client's tenant header, renamed or not, wins over a per-call
 * header of that name, applies to that call only, and is redacted in logs like the client's.
 */
class PerCallTenantTest {
  private static final ApiRequest<Object> GET =
      ApiRequest.builder("GET", "orders/1", ResponseParser.of(JsonTree.adapter())).build();

  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void aCallsTenantUsesTheRenamedHeaderWinsOverAHeaderOfThatNameAndIsRedacted()
      throws Exception {
    List<String> logged = Collections.synchronizedList(new ArrayList<>());
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl(server.url("/").toString()).apiKey("k").tenantHeader("X-Org")
        .tenantId("TENANT-OF-CLIENT").logLevel(LogLevel.HEADERS).logger(logged::add).build())
        .build()) {
      transport.execute(GET, RequestOptions.builder().header("X-Org", "FROM-HEADER")
          .tenantId("TENANT-OF-CALL").build());
      transport.execute(GET, RequestOptions.none());
    }
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getHeaders().values("X-Org")).containsExactly("TENANT-OF-CALL");
    assertThat(first.getHeader("X-Tenant-Id")).isNull();
    assertThat(second.getHeaders().values("X-Org")).containsExactly("TENANT-OF-CLIENT");
    assertThat(logged).isNotEmpty().noneMatch(line -> line.contains("TENANT-OF"));
    assertThat(logged).anyMatch(line -> line.startsWith("X-Org: "));
  }
}
