package dev.orderkit.bosonline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.Fixtures;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.BadRequestException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.PermissionDeniedException;
import dev.orderkit.core.errors.RateLimitException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented statuses of Request Create Order (400, 404, 503, bodies not documented: empty,
 * HTML and JSON) and the others any call can meet (401, 403, 422, 429, 5xx), through the typed
 * exceptions, blocking, async and raw. The create is never replayed once it may have been
 * processed: a 5xx is an {@link OutcomeUnknownException} after exactly one request.
 */
class BosOnlineErrorsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private BosOnlineClient bos;

  @BeforeEach
  void client() throws IOException {
    bos = BosOnlineClient.builder().baseUrl(server.url("/").toString()).token("bos_tok_123")
        .maxRetries(2).initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2))
        .build();
  }

  @AfterEach
  void close() throws IOException {
    bos.close();
  }

  static final CreateOrderParams P = Fixtures.createOrderExample();
  static final Map<String, Function<BosOnlineClient, CreateOrderResult>> WAYS = Map.of(
      "blocking", c -> c.checkout().create(Fixtures.FORM_ID, P),
      "async", c -> BosOnlineCheckoutTest.join(c.async().checkout().create(Fixtures.FORM_ID, P)),
      "raw", c -> c.checkout().withRawResponse().create(Fixtures.FORM_ID, P).parse());

  static final String JSON_ERROR = "{\"message\": \"Data tidak valid\", \"errors\": "
      + "{\"items.order_items.0.item_sku\": [\"SKU tidak ditemukan\"]}}";
  static final Map<String, String> BODIES = Map.of(
      "empty", "",
      "html", "<html><body><h1>503 Service Unavailable</h1></body></html>",
      "json", JSON_ERROR);

  static Stream<Arguments> documentedStatuses() {
    List<Arguments> rows = new ArrayList<>();
    for (String way : List.of("blocking", "async", "raw")) {
      for (int status : new int[] {400, 404, 503}) {
        for (String body : List.of("empty", "html", "json")) {
          rows.add(Arguments.of(way, status, body));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: HTTP {1}, {2} body")
  @MethodSource("documentedStatuses")
  void documentedStatusesBecomeTypedOutcomes(String way, int status, String bodyKind) {
    String body = BODIES.get(bodyKind);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(status)
          .addHeader("X-Request-Id", "req-" + i).setBody(body));
    }

    Throwable thrown = catchThrowable(() -> WAYS.get(way).apply(bos));

    assertThat(server.getRequestCount()).as("never replayed").isEqualTo(1);
    if (status == 503) {
      assertThat(thrown).isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("create order");
      OutcomeUnknownException unknown = (OutcomeUnknownException) thrown;
      assertThat(unknown.status()).contains(503);
      assertThat(unknown.requestId()).contains("req-0");
      thrown = thrown.getCause();
      assertThat(thrown).isInstanceOf(ServerException.class);
    } else {
      assertThat(thrown).isInstanceOf(status == 400 ? BadRequestException.class
          : NotFoundException.class);
    }
    ApiException api = (ApiException) thrown;
    assertThat(api.status()).isEqualTo(status);
    assertThat(api.requestId()).contains("req-0");
    assertThat(api.rawBody()).isEqualTo(body);
    if (bodyKind.equals("json")) {
      assertThat(api.apiMessage()).contains("Data tidak valid");
      assertThat(api.fieldErrors()).containsExactly(
          Map.entry("items.order_items.0.item_sku", List.of("SKU tidak ditemukan")));
    } else {
      assertThat(api.apiMessage()).isEmpty();
      assertThat(api.fieldErrors()).isEmpty();
    }
    assertThat(api.getMessage()).doesNotContain("bos_tok_123");
  }

  static Stream<Arguments> otherStatuses() {
    return Stream.of(
        Arguments.of(401, AuthenticationException.class, 1),
        Arguments.of(403, PermissionDeniedException.class, 1),
        Arguments.of(422, ValidationException.class, 1),
        Arguments.of(429, RateLimitException.class, 3),
        Arguments.of(500, ServerException.class, 1),
        Arguments.of(502, ServerException.class, 1),
        Arguments.of(504, ServerException.class, 1));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("otherStatuses")
  void otherStatusesBecomeTypedExceptions(int status, Class<?> type, int requests) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(status).addHeader("Retry-After", "0")
          .setBody("{\"message\": \"Nope " + status + "\"}"));
    }

    Throwable thrown = catchThrowable(() -> WAYS.get("blocking").apply(bos));

    assertThat(server.getRequestCount()).isEqualTo(requests);
    if (status >= 500) {
      assertThat(thrown).as("a create answered 5xx may have been processed")
          .isInstanceOf(OutcomeUnknownException.class);
      thrown = thrown.getCause();
    }
    assertThat(thrown).isInstanceOf(type);
    assertThat(((ApiException) thrown).status()).isEqualTo(status);
    assertThat(((ApiException) thrown).apiMessage()).contains("Nope " + status);
  }

  @Test
  void a429IsRetriedEvenForTheCreateBecauseTheServerDidNotProcessIt() {
    server.enqueue(new MockResponse().setResponseCode(429).addHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setBody(Fixtures.text("create-order.response.json")));

    CreateOrderResult r = WAYS.get("async").apply(bos);

    assertThat(r.totalPayment()).isEqualByComparingTo("102200");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateWithANon503ServerErrorIsNotReplayedInAsyncEither() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(500).setBody("Internal Server Error"));
    }

    Throwable thrown = catchThrowable(() -> WAYS.get("async").apply(bos));

    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class)
        .cause().isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
