package dev.orderkit.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.testsupport.StartStop;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** Building the client: what is required, fromEnv, secrets, the untyped path. */
class PartnerClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void baseUrlKeyAndTenantAreRequiredWithMessagesThatSayHow() {
    Throwable noUrl = catchThrowable(() -> PartnerClient.builder().apiKey("k").tenantId("t")
        .build());
    Throwable noKey = catchThrowable(() -> PartnerClient.builder().baseUrl("https://p.example")
        .tenantId("t").build());
    Throwable noTenant = catchThrowable(() -> PartnerClient.builder()
        .baseUrl("https://p.example").apiKey("k").build());

    assertThat(noUrl).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("baseUrl").hasMessageContaining("PARTNER_BASE_URL");
    assertThat(((InvalidInputException) noUrl).field()).isEqualTo("baseUrl");
    assertThat(((InvalidInputException) noKey).field()).isEqualTo("apiKey");
    assertThat(noKey).hasMessageContaining("PARTNER_API_KEY");
    assertThat(((InvalidInputException) noTenant).field()).isEqualTo("tenantId");
    assertThat(noTenant).hasMessageContaining("X-Tenant-Id").hasMessageContaining("PARTNER_TENANT_ID");
  }

  @Test
  void theBuilderOffersEveryRetryAndTenantOptionAndNamesARenamedTenantHeader() throws Exception {
    Throwable noTenant = catchThrowable(() -> PartnerClient.builder()
        .baseUrl("https://p.example").apiKey("k").tenantHeader("X-Org").build());
    assertThat(noTenant).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("carries X-Org;").hasMessageNotContaining("X-Tenant-Id");

    server.enqueue(new MockResponse().setBody(
        "{\"status\":200,\"message\":\"Success\",\"data\":[],\"request_id\":\"r\"}"));
    try (PartnerClient partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("k").tenantId("t").tenantHeader("X-Org")
        .maxRetryAfter(java.time.Duration.ofSeconds(5)).build()) {
      assertThat(partner.options().maxRetryAfter()).isEqualTo(java.time.Duration.ofSeconds(5));
      assertThat(partner.options().tenantHeader()).isEqualTo("X-Org");

      partner.fulfillment().ship("ORD1");
      var request = server.takeRequest();
      assertThat(request.getHeaders().get("X-Org")).isEqualTo("t");
      assertThat(request.getHeaders().get("X-Tenant-Id")).isNull();
    }
  }

  @Test
  void withOptionsUsesANewOkHttpClientItNames() throws Exception {
    okhttp3.OkHttpClient marking = new okhttp3.OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-Through", "marking").build()))
        .build();
    server.enqueue(new MockResponse().setBody(
        "{\"status\":200,\"message\":\"Success\",\"data\":[],\"request_id\":\"r\"}"));
    server.enqueue(new MockResponse().setBody(
        "{\"status\":200,\"message\":\"Success\",\"data\":[],\"request_id\":\"r\"}"));
    try (PartnerClient partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("k").tenantId("t").build()) {
      PartnerClient derived = partner.withOptions(o -> o.httpClient(marking));
      derived.fulfillment().ship("ORD1");
      partner.fulfillment().ship("ORD2");

      assertThat(derived.options().httpClient()).isSameAs(marking);
      assertThat(server.takeRequest().getHeaders().get("X-Through")).isEqualTo("marking");
      assertThat(server.takeRequest().getHeaders().get("X-Through")).as("the original's own")
          .isNull();
    } finally {
      marking.dispatcher().executorService().shutdown();
      marking.connectionPool().evictAll();
    }
  }

  @Test
  void fromEnvReadsThePartnerVariables() throws Exception {
    Map<String, String> env = Map.of("PARTNER_BASE_URL", server.url("/").toString(),
        "PARTNER_API_KEY", "pk_env_secret", "PARTNER_TENANT_ID", "TENANT-9");
    server.enqueue(new MockResponse().setBody(
        "{\"status\":200,\"message\":\"Success\",\"data\":[],\"request_id\":\"r\"}"));
    try (PartnerClient partner = PartnerClient.builder().fromEnv(env::get).build()) {
      partner.fulfillment().ship("ORD1");

      var request = server.takeRequest();
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer pk_env_secret");
      assertThat(request.getHeaders().get("X-Tenant-Id")).isEqualTo("TENANT-9");
      assertThat(partner.toString()).doesNotContain("pk_env_secret", "TENANT-9");
      assertThat(partner.options().toString()).doesNotContain("pk_env_secret", "TENANT-9");
    }
  }

  @Test
  void emptyOrderCodesAreRefusedBeforeAnyRequest() {
    try (PartnerClient partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("k").tenantId("t").build()) {
      Throwable thrown = catchThrowable(() -> partner.fulfillment().ship(" "));

      assertThat(thrown).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("order_code");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void theUntypedPathCarriesTheSameAuthAndTenant() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"status\":200,\"data\":{\"x\":1}}"));
    try (PartnerClient partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("k").tenantId("t").build()) {
      Object tree = partner.request("GET", "/api/partner/v1/orders/stats").execute().parse();

      assertThat(tree).isEqualTo(Map.of("status", new java.math.BigDecimal("200"),
          "data", Map.of("x", new java.math.BigDecimal("1"))));
      var request = server.takeRequest();
      assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/partner/v1/orders/stats");
      assertThat(request.getHeaders().get("X-Tenant-Id")).isEqualTo("t");
    }
  }
}
