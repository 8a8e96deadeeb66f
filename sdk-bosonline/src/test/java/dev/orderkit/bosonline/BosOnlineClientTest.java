package dev.orderkit.bosonline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.testsupport.StartStop;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Building the client: required base URL and token, the environment, options, no secrets. */
class BosOnlineClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void theBaseUrlIsRequiredBecauseTheDocsGiveOnlyRelativePaths() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> BosOnlineClient.builder().token("t").build());

    assertThat(e.field()).isEqualTo("baseUrl");
    assertThat(e.getMessage()).contains("bosOnline API docs give no base URL")
        .contains("BOSONLINE_BASE_URL");
  }

  @Test
  void aTokenIsRequired() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> BosOnlineClient.builder().baseUrl("https://bos.example").build());
    InvalidInputException blank = catchThrowableOfType(InvalidInputException.class,
        () -> BosOnlineClient.builder().baseUrl("https://bos.example").token(" ").build());
    InvalidInputException noSupplier = catchThrowableOfType(InvalidInputException.class,
        () -> BosOnlineClient.builder().tokenSupplier(null));

    assertThat(e.field()).isEqualTo("apiKey");
    assertThat(e.getMessage()).contains("BOSONLINE_API_KEY");
    assertThat(blank.field()).isEqualTo("apiKey");
    assertThat(noSupplier.field()).isEqualTo("tokenSupplier");
  }

  @Test
  void fromEnvReadsBaseUrlAndTokenButNoTenant() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    Map<String, String> env = Map.of("BOSONLINE_BASE_URL", server.url("/").toString(),
        "BOSONLINE_API_KEY", "env-tok", "BOSONLINE_TENANT_ID", "T-1");

    try (BosOnlineClient bos = BosOnlineClient.builder().fromEnv(env::get).build()) {
      bos.request("GET", "/me").execute().parse();
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer env-tok");
    assertThat(request.getHeaders().get("X-Tenant-Id")).isNull();
    assertThat(request.getPath()).isEqualTo("/me");
  }

  @Test
  void fromEnvWithNothingSetSaysWhatIsMissing() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> BosOnlineClient.builder().fromEnv(name -> null).build());

    assertThat(e.field()).isEqualTo("baseUrl");
  }

  @Test
  void toStringAndOptionsNeverShowTheToken() {
    try (BosOnlineClient bos = BosOnlineClient.builder().baseUrl("https://bos.example")
        .token("secret-bos-token").build()) {

      assertThat(bos.toString()).startsWith("BosOnlineClient{").doesNotContain("secret-bos-token");
      assertThat(bos.options().toString()).doesNotContain("secret-bos-token");
      assertThat(bos.options().baseUrl().toString()).isEqualTo("https://bos.example/");
    }
  }

  @Test
  void withOptionsDerivesAClientWithChangedOptionsAndTheSameToken() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    try (BosOnlineClient bos = BosOnlineClient.builder().baseUrl("https://bos.example")
        .apiKey("k-1").build()) {
      BosOnlineClient local = bos.withOptions(o -> o.baseUrl(server.url("/v2/").toString())
          .header("X-Store", "toko-1"));

      local.request("GET", "store").execute().parse();

      RecordedRequest request = server.takeRequest();
      assertThat(request.getPath()).isEqualTo("/v2/store");
      assertThat(request.getHeaders().get("X-Store")).isEqualTo("toko-1");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer k-1");
      assertThat(bos.options().baseUrl().toString()).isEqualTo("https://bos.example/");
      assertThat(local.checkout()).isNotSameAs(bos.checkout());
      assertThat(local.async().checkout()).isNotNull();
    }
  }
}
