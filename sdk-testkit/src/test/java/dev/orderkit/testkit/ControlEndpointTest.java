package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a test in any language does over plain HTTP: plan faults for one endpoint through the
 * control endpoint, read the recorded requests, reset. Also: a planned fault for one path leaves
 * the others alone, and injected errors carry the API's error body.
 */
class ControlEndpointTest {
  private final FakeCekatApi fake = new FakeCekatApi().start();
  private final PlainHttp http = new PlainHttp(fake);

  @AfterEach
  void close() {
    http.close();
    fake.close();
  }

  /** The whole response (its headers are checked too); the caller closes it. */
  private Response call(String method, String path, String body) throws IOException {
    Request.Builder request = new Request.Builder().url(fake.baseUrl() + path)
        .header("Authorization", "Bearer " + fake.apiKey());
    request.method(method, body == null ? null : RequestBody.create(body, PlainHttp.JSON));
    return http.client().newCall(request.build()).execute();
  }

  @Test
  void aFaultPlannedOverHttpHitsOnlyItsEndpointAndCarriesTheApisErrorBody() throws IOException {
    try (Response planned = call("POST", "__orderkit/faults",
        "{\"fault\":\"serverError\",\"status\":503,\"times\":2,\"path\":\"api/orders\"}")) {
      assertThat(planned.code()).isEqualTo(201);
      assertThat(planned.body().string()).isEqualTo(
          "{\"fault\":\"Fault{HTTP 503}\",\"path\":\"api/orders\",\"times\":2}");
    }
    try (Response other = call("GET", "api/other", null)) {
      assertThat(other.code()).as("another path is not faulted").isNotEqualTo(503);
    }
    for (int i = 0; i < 2; i++) {
      try (Response faulted = call("GET", "api/orders?limit=1&page=1", null)) {
        assertThat(faulted.code()).isEqualTo(503);
        assertThat(faulted.header("Content-Type")).isEqualTo("application/json");
        assertThat(faulted.body().string()).isEqualTo("{\"message\":\"Service Unavailable\"}");
      }
    }
    try (Response healthy = call("GET", "api/orders?limit=1&page=1", null)) {
      assertThat(healthy.code()).as("two faults, then the fake answers").isEqualTo(200);
    }
  }

  @Test
  void theRecordedRequestsAreReadableOverHttpWithTheKeyHiddenAndResetForgetsThem()
      throws IOException {
    try (Response created = call("POST", "api/orders", "{\"customer_id\":\"c1\"}")) {
      assertThat(created.code()).isNotZero();
    }

    List<RecordedCall> calls = fake.requests();
    assertThat(calls).hasSize(1);
    RecordedCall call = calls.get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.path()).isEqualTo("/api/orders");
    assertThat(call.header("authorization")).isEqualTo("Bearer " + fake.apiKey());
    assertThat(call.body()).isEqualTo("{\"customer_id\":\"c1\"}");
    assertThat(call.json()).isEqualTo(Collections.singletonMap("customer_id", "c1"));
    assertThat(call).hasToString("POST /api/orders");

    try (Response requests = call("GET", "__orderkit/requests", null)) {
      assertThat(requests.code()).isEqualTo(200);
      String text = requests.body().string();
      assertThat(text).startsWith("[{\"method\":\"POST\",\"path\":\"/api/orders\",\"query\":{},")
          .contains("\"authorization\":[\"Bearer <hidden>\"]")
          .contains("\"body\":\"{\\\"customer_id\\\":\\\"c1\\\"}\"")
          .doesNotContain(fake.apiKey());
    }
    try (Response reset = call("POST", "__orderkit/reset", "")) {
      assertThat(reset.code()).isEqualTo(204);
    }
    assertThat(fake.requests()).as("control calls are not recorded").isEmpty();
  }

  @Test
  void aBadControlRequestIsA400NamingTheProblem() throws IOException {
    try (Response bad = call("POST", "__orderkit/faults", "{\"fault\":\"meteor\"}")) {
      assertThat(bad.code()).isEqualTo(400);
      assertThat(bad.body().string()).contains("unknown fault 'meteor'");
    }
    try (Response unknown = call("GET", "__orderkit/nothing", null)) {
      assertThat(unknown.code()).isEqualTo(404);
    }
  }

  @Test
  void faultsForOnePathAreMatchedBySegmentsNotBySubstring() {
    FaultPlan plan = new FaultPlan();
    Fault fault = Fault.serverError(500);
    plan.onPath("set-process").next(fault);

    assertThat(plan.take("/api/partner/v1/orders/fulfillment/set-process-packed")).isNull();
    assertThat(plan.take("/api/partner/v1/orders/fulfillment/set-process")).isSameAs(fault);
    assertThat(plan.take("/api/partner/v1/orders/fulfillment/set-process")).isNull();
  }
}
