package dev.orderkit.cekat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.cekat.model.Fixtures;
import dev.orderkit.cekat.model.RequestParamsTest;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.testsupport.StartStop;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Building the client: the default base URL, what is required, fromEnv, secrets, untyped path. */
class CekatClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void theBaseUrlDefaultsToTheDocsOne() {
    try (CekatClient cekat = CekatClient.builder().apiKey("ck_secret_1").build()) {
      assertThat(CekatClient.DEFAULT_BASE_URL).isEqualTo("https://api.cekat.ai");
      assertThat(cekat.options().baseUrl().toString()).isEqualTo("https://api.cekat.ai/");
      assertThat(cekat.toString()).doesNotContain("ck_secret_1");
    }
  }

  @Test
  void theKeyIsRequiredWithAMessageThatSaysHow() {
    Throwable noKey = catchThrowable(() -> CekatClient.builder().build());
    Throwable noKeyInEnv = catchThrowable(() -> CekatClient.builder()
        .fromEnv(Map.of("CEKAT_BASE_URL", "https://staging.cekat.example")::get).build());

    assertThat(noKey).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CEKAT_API_KEY");
    assertThat(((InvalidInputException) noKey).field()).isEqualTo("apiKey");
    assertThat(((InvalidInputException) noKeyInEnv).field()).isEqualTo("apiKey");
  }

  @Test
  void fromEnvReadsTheKeyAndBaseUrl() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201)
        .setBody(Fixtures.text("create-order.response.json")));
    Map<String, String> env = Map.of("CEKAT_BASE_URL", server.url("/").toString(),
        "CEKAT_API_KEY", "ck_env_secret");
    try (CekatClient cekat = CekatClient.builder().fromEnv(env::get).build()) {
      cekat.orders().create(RequestParamsTest.createOrderExample());

      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_env_secret");
      assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/orders");
      assertThat(cekat.toString()).doesNotContain("ck_env_secret");
      assertThat(cekat.options().toString()).doesNotContain("ck_env_secret");
    }
    try (CekatClient onlyKey = CekatClient.builder()
        .fromEnv(Map.of("CEKAT_API_KEY", "ck_env_secret")::get).build()) {
      assertThat(onlyKey.options().baseUrl().toString()).isEqualTo("https://api.cekat.ai/");
    }
  }

  @Test
  void withOptionsChangesOneClientAndKeepsTheOther() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse().setResponseCode(201)
          .setBody(Fixtures.text("create-order.response.json")));
    }
    try (CekatClient cekat = CekatClient.builder().baseUrl(server.url("/").toString())
        .apiKey("ck_1").build()) {
      CekatClient tagged = cekat.withOptions(o -> o.header("X-Channel", "web"));

      tagged.orders().create(RequestParamsTest.createOrderExample());

      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request.getHeaders().get("X-Channel")).isEqualTo("web");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_1");
      cekat.orders().create(RequestParamsTest.createOrderExample());
      assertThat(server.takeRequest(10, TimeUnit.SECONDS).getHeaders().get("X-Channel")).isNull();
    }
  }

  @Test
  void theUntypedPathCarriesTheSameAuth() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"message\":\"success\",\"data\":"
        + "{\"id\":\"x\",\"order_number\":2292}}"));
    try (CekatClient cekat = CekatClient.builder().baseUrl(server.url("/").toString())
        .apiKey("ck_2").build()) {
      Object tree = cekat.request("GET", "/api/orders/x").execute().parse();

      assertThat(tree).isEqualTo(Map.of("message", "success",
          "data", Map.of("id", "x", "order_number", new BigDecimal("2292"))));
      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/orders/x");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_2");
    }
  }

  @Test
  void servicesAreSharedAndTheClientNamesNoSecret() {
    try (CekatClient cekat = CekatClient.builder().baseUrl(server.url("/").toString())
        .apiKey("ck_secret_3").build()) {
      assertThat(cekat.orders()).isSameAs(cekat.orders());
      assertThat(cekat.async().orders()).isSameAs(cekat.async().orders());
      assertThat(List.of(cekat.toString(), cekat.options().toString()))
          .allSatisfy(s -> assertThat(s).doesNotContain("ck_secret_3"));
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
