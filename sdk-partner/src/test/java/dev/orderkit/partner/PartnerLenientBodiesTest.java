package dev.orderkit.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.Fixtures;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the partner client reads leniently, for every endpoint: a byte-order mark before the
 * documented example (blocking, async, raw) and before an error body; an empty body or
 * {@code 204 No Content} from create, update and the fulfillment actions is a success, while the
 * reads (list, detail, label, tracking), whose result is the point, still fail on one.
 */
class PartnerLenientBodiesTest {
  private static final List<String> READS =
      List.of("list orders", "order detail", "shipping label", "tracking");

  @StartStop private final MockWebServer server = new MockWebServer();
  private PartnerClient partner;

  @BeforeEach
  void client() throws IOException {
    partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("pk_test_123").tenantId("ABC-123").maxRetries(0).build();
  }

  @AfterEach
  void close() throws IOException {
    partner.close();
  }

  private static int okStatus(PartnerEndpointsTest.Endpoint e) {
    return e.responseFixture().startsWith("create") ? 201 : 200;
  }

  private void assertSent(PartnerEndpointsTest.Endpoint e) throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo(e.method());
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(e.path());
    assertThat(request.getHeaders().get("X-Tenant-Id")).isEqualTo("ABC-123");
    if (e.body() != null) {
      assertThat(Fixtures.tree(request.getBody().readUtf8())).isEqualTo(Fixtures.tree(e.body()));
    }
  }

  static Stream<PartnerEndpointsTest.Endpoint> endpoints() {
    return PartnerEndpointsTest.endpoints();
  }

  static Stream<PartnerEndpointsTest.Endpoint> actions() {
    return PartnerEndpointsTest.endpoints().filter(e -> !READS.contains(e.name()));
  }

  static Stream<PartnerEndpointsTest.Endpoint> reads() {
    return PartnerEndpointsTest.endpoints().filter(e -> READS.contains(e.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void bomBeforeTheExampleIsSkippedBlockingAsyncAndRaw(PartnerEndpointsTest.Endpoint e)
      throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(okStatus(e))
          .addHeader("Content-Type", "application/json")
          .setBody("\uFEFF" + Fixtures.text(e.responseFixture())));
    }

    Object blocking = e.blocking().apply(partner);
    assertSent(e);
    e.check().accept(blocking);
    Object async = e.async().apply(partner).get(10, TimeUnit.SECONDS);
    assertSent(e);
    e.check().accept(async);
    HttpResponseFor<?> raw = e.raw().apply(partner);
    assertSent(e);
    assertThat(raw.bodyText()).startsWith("\uFEFF");
    e.check().accept(raw.parse());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void bomBeforeAnErrorBodyIsSkipped(PartnerEndpointsTest.Endpoint e) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(422)
        .addHeader("Content-Type", "application/json")
        .setBody("\uFEFF{\"status\": 422, \"message\": \"The given data was invalid.\","
            + " \"data\": null, \"errors\": {\"order_code\": [\"The order code field is"
            + " required.\"]}, \"request_id\": \"req-422\"}"));

    Throwable thrown = catchThrowable(() -> e.blocking().apply(partner));

    assertSent(e);
    assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, v -> {
      assertThat(v.apiMessage()).contains("The given data was invalid.");
      assertThat(v.requestId()).contains("req-422");
      assertThat(v.fieldErrors()).containsEntry("order_code",
          Collections.singletonList("The order code field is required."));
    });
  }

  static Stream<Arguments> actionsAndEmptyAnswers() {
    List<Arguments> rows = new ArrayList<>();
    actions().forEach(e -> {
      rows.add(Arguments.of(e, 204, ""));
      rows.add(Arguments.of(e, 200, ""));
      rows.add(Arguments.of(e, 201, "\uFEFF\n"));
      rows.add(Arguments.of(e, 202, " "));
    });
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} → HTTP {1} ''{2}''")
  @MethodSource("actionsAndEmptyAnswers")
  void anActionAnsweredWithNoBodySucceeded(PartnerEndpointsTest.Endpoint e, int status,
      String body) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(status).setBody(body)
          .addHeader("X-Request-Id", "hdr-1"));
    }

    ActionResult blocking = (ActionResult) e.blocking().apply(partner);
    assertSent(e);
    ActionResult async = (ActionResult) e.async().apply(partner).get(10, TimeUnit.SECONDS);
    assertSent(e);
    HttpResponseFor<?> raw = e.raw().apply(partner);
    assertSent(e);

    for (Object result : List.of(blocking, async, raw.parse())) {
      ActionResult r = (ActionResult) result;
      assertThat(r.status()).isEqualTo(status);
      assertThat(r.message()).isEmpty();
      assertThat(r.requestId()).isEmpty();
    }
    assertThat(raw.statusCode()).isEqualTo(status);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void aReadAnsweredWithNoBodyIsADecodingError(PartnerEndpointsTest.Endpoint e) {
    server.enqueue(new MockResponse().setResponseCode(200).setBody(""));

    Throwable thrown = catchThrowable(() -> e.blocking().apply(partner));

    assertThat(thrown).isInstanceOfSatisfying(ResponseDecodingException.class, d -> {
      assertThat(d.status()).isEqualTo(200);
      assertThat(d.getMessage()).contains("the body is empty");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void problemDetailsAndOauthErrorsFillTheException() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setHeader("Content-Type", "application/problem+json")
        .setBody("{\"type\": \"about:blank\", \"title\": \"Not Found\", \"status\": 404,"
            + " \"detail\": \"No order 5\", \"instance\": \"/api/partner/v1/orders/5/detail\"}"));
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"error\": \"invalid_token\", \"error_description\": \"Token expired\"}"));

    Throwable notFound = catchThrowable(() -> partner.orders().detail(5));
    Throwable unauthorized = catchThrowable(() -> partner.fulfillment().ship("ORD123"));

    assertThat(notFound).isInstanceOfSatisfying(NotFoundException.class, n -> {
      assertThat(n.apiMessage()).contains("No order 5");
      assertThat(n.errorCode()).isEmpty();
      assertThat(n.attribute("title")).contains("Not Found");
      assertThat(n.attribute("instance")).contains("/api/partner/v1/orders/5/detail");
    });
    assertThat(unauthorized).isInstanceOfSatisfying(AuthenticationException.class, a -> {
      assertThat(a.apiMessage()).contains("Token expired");
      assertThat(a.errorCode()).contains("invalid_token");
    });
  }
}
