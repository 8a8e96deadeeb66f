package dev.orderkit.cekceir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.Fixtures;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Building the client: default base URL, fromEnv, secrets, validation, the untyped path. */
class CekceirClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private CekceirClient local() {
    return CekceirClient.builder().baseUrl(server.url("/").toString()).apiKey("ck_test_123")
        .build();
  }

  @Test
  void theBaseUrlDefaultsToTheDocsOneAndTheKeyIsRequired() {
    try (CekceirClient client = CekceirClient.builder().apiKey("ck_secret_1").build()) {
      assertThat(client.options().baseUrl().toString()).isEqualTo("https://cekceir.online/");
      assertThat(CekceirClient.DEFAULT_BASE_URL).isEqualTo("https://cekceir.online");
      assertThat(client.toString()).doesNotContain("ck_secret_1");
    }
    Throwable noKey = catchThrowable(() -> CekceirClient.builder().build());

    assertThat(noKey).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CEKCEIR_API_KEY");
    assertThat(((InvalidInputException) noKey).field()).isEqualTo("apiKey");
  }

  @Test
  void aBaseUrlSetOnTheBuilderOrInTheEnvironmentWins() throws Exception {
    Map<String, String> env = Map.of("CEKCEIR_BASE_URL", server.url("/").toString(),
        "CEKCEIR_API_KEY", "ck_env_secret");
    server.enqueue(new MockResponse().setResponseCode(201).setBody(Fixtures.withStatus("pending")));
    try (CekceirClient client = CekceirClient.builder().fromEnv(env::get).build()) {
      client.orders().create(CekceirEndpointsTest.CEK_IMEI);

      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_env_secret");
      assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/order");
      assertThat(client.toString()).doesNotContain("ck_env_secret");
      assertThat(client.options().toString()).doesNotContain("ck_env_secret");
    }
    try (CekceirClient onlyKey = CekceirClient.builder()
        .fromEnv(Map.of("CEKCEIR_API_KEY", "k")::get).build()) {
      assertThat(onlyKey.options().baseUrl().toString()).isEqualTo("https://cekceir.online/");
    }
  }

  @Test
  void invalidParamsFailBeforeAnyRequest() {
    try (CekceirClient client = local()) {
      Throwable emptyCode = catchThrowable(() -> client.orders().create(
          CreateOrderParams.builder().code("").data(CekImei.of("356938035643809")).build()));
      Throwable noData = catchThrowable(() -> client.orders().create(
          CreateOrderParams.builder().code("cek_imei").build()));
      Throwable noImeis = catchThrowable(() -> client.orders().create(
          CreateOrderParams.cekImei(CekImei.builder().build())));
      Throwable nullParams = catchThrowable(() -> client.orders().create(null));
      Throwable nullParamsAsync = catchThrowable(() -> client.async().orders().create(null));

      assertThat(((InvalidInputException) emptyCode).field()).isEqualTo("code");
      assertThat(((InvalidInputException) noData).field()).isEqualTo("data");
      assertThat(((InvalidInputException) noImeis).field()).isEqualTo("data.imeis");
      assertThat(((InvalidInputException) nullParams).field()).isEqualTo("params");
      assertThat(((InvalidInputException) nullParamsAsync).field()).isEqualTo("params");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void serviceDetailIsReachedThroughTheUntypedPath() throws Exception {
    server.enqueue(new MockResponse().addHeader("Content-Type", "application/json")
        .setBody("{\"code\": \"cek_imei\", \"price\": 1500, \"max_items\": 10, \"schema\": "
            + "{\"type\": \"object\", \"required\": [\"imeis\"]}}"));
    try (CekceirClient client = local()) {
      // the docs give no path for Service Detail: this one is a placeholder
      HttpResponseFor<Object> response =
          client.request("GET", "/api/service/cek_imei").execute();

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.parse()).isEqualTo(Map.of("code", "cek_imei",
          "price", new BigDecimal("1500"), "max_items", new BigDecimal("10"),
          "schema", Map.of("type", "object", "required", List.of("imeis"))));
      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/service/cek_imei");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_test_123");
      assertThat(request.getBodySize()).isZero();
    }
  }

  @Test
  void theUntypedPathRaisesTheTypedErrorsToo() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"error\": true, \"code\": \"NOT_FOUND\", \"message\": \"Tidak ditemukan\"}"));
    try (CekceirClient client = local()) {
      Throwable thrown = catchThrowable(() ->
          client.request("GET", "/api/service/unknown").execute());

      assertThat(thrown).isInstanceOf(NotFoundException.class);
      assertThat(((NotFoundException) thrown).errorCode()).contains("NOT_FOUND");
      assertThat(((NotFoundException) thrown).apiMessage()).contains("Tidak ditemukan");
    }
  }

  @Test
  void withOptionsKeepsTheKeyAndChangesWhatWasAsked() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201).setBody(Fixtures.withStatus("pending")));
    try (CekceirClient client = local()) {
      CekceirClient tagged = client.withOptions(o -> o.header("X-Trace", "t-1"));

      assertThat(tagged.orders().create(CekceirEndpointsTest.CEK_IMEI).httpStatus())
          .isEqualTo(201);
      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ck_test_123");
      assertThat(client.options().defaultHeaders().get("X-Trace")).isNull();
    }
  }
}
