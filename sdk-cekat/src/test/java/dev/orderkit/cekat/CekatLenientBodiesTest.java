package dev.orderkit.cekat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.cekat.model.Fixtures;
import dev.orderkit.cekat.model.RequestParamsTest;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.errors.UnexpectedStatusException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the cekat client reads leniently: a byte-order mark before the documented examples
 * (blocking, async, raw), before an error body and before a {@code "success": false} answer.
 * Create's result is the created order (its id and number): an empty answer is not a success to
 * invent, so it stays a decoding error, and is never re-sent.
 */
class CekatLenientBodiesTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private CekatClient cekat;

  @BeforeEach
  void client() throws IOException {
    cekat = CekatClient.builder().baseUrl(server.url("/").toString()).apiKey("ck_test_123")
        .maxRetries(2).build();
  }

  @AfterEach
  void close() throws IOException {
    cekat.close();
  }

  static Stream<CekatEndpointsTest.Endpoint> endpoints() {
    return CekatEndpointsTest.endpoints();
  }

  private void assertSent(CekatEndpointsTest.Endpoint e) throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo(e.method());
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(e.path());
    assertThat(request.getRequestUrl().query()).isEqualTo(e.query());
    if (e.body() != null) {
      assertThat(request.getBody().readUtf8()).isEqualTo(e.body());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void bomBeforeTheExampleIsSkippedBlockingAsyncAndRaw(CekatEndpointsTest.Endpoint e)
      throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(e.status())
          .addHeader("Content-Type", "application/json")
          .setBody("\uFEFF" + Fixtures.text(e.responseFixture())));
    }

    Object blocking = e.blocking().apply(cekat);
    assertSent(e);
    e.check().accept(blocking);
    Object async = e.async().apply(cekat).get(10, TimeUnit.SECONDS);
    assertSent(e);
    e.check().accept(async);
    HttpResponseFor<?> raw = e.raw().apply(cekat);
    assertSent(e);
    e.check().accept(raw.parse());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void bomBeforeAnErrorBodyIsSkipped(CekatEndpointsTest.Endpoint e) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(422)
        .setBody("\uFEFF{\"message\": \"The items field is required.\", \"errors\":"
            + " {\"items\": [\"The items field is required.\"]}}"));

    Throwable thrown = catchThrowable(() -> e.blocking().apply(cekat));

    assertSent(e);
    assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, v -> {
      assertThat(v.apiMessage()).contains("The items field is required.");
      assertThat(v.fieldErrors()).containsEntry("items",
          Collections.singletonList("The items field is required."));
    });
  }

  @Test
  void bomBeforeASuccessFalseAnswerIsSkipped() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200)
        .setBody("\uFEFF{\"success\": false, \"error\": {\"code\": \"OUT_OF_STOCK\","
            + " \"message\": \"prod_002 is out of stock\"}}"));

    Throwable thrown = catchThrowable(
        () -> cekat.orders().create(RequestParamsTest.createOrderExample()));

    assertThat(thrown).isInstanceOfSatisfying(UnexpectedStatusException.class, u -> {
      assertThat(u.status()).isEqualTo(200);
      assertThat(u.apiMessage()).contains("prod_002 is out of stock");
      assertThat(u.errorCode()).contains("OUT_OF_STOCK");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {201, 200, 204})
  void createAnsweredWithNoBodyIsADecodingErrorNeverResent(int status) {
    server.enqueue(new MockResponse().setResponseCode(status));
    server.enqueue(new MockResponse().setResponseCode(201)
        .setBody(Fixtures.text("create-order.response.json")));

    Throwable thrown = catchThrowable(
        () -> cekat.orders().create(RequestParamsTest.createOrderExample()));

    assertThat(thrown).isInstanceOfSatisfying(ResponseDecodingException.class, d -> {
      assertThat(d.status()).isEqualTo(status);
      assertThat(d.getMessage()).contains("the body is empty").contains("do not send it again");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
