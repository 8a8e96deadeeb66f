package dev.orderkit.bosonline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.Fixtures;
import dev.orderkit.core.Credentials;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bearer tokens through the client. A refreshing supplier (bosOnline has Login and Refresh, so
 * tokens expire) is asked once more on a 401 and the call is replayed once with the new token,
 * even the create (a 401 was not processed); a second 401 fails with
 * {@link AuthenticationException}. A fixed token is never replayed.
 */
class BosOnlineAuthTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final AtomicInteger fetches = new AtomicInteger();
  private BosOnlineClient refreshing;

  @BeforeEach
  void client() throws IOException {
    refreshing = BosOnlineClient.builder().baseUrl(server.url("/").toString())
        .tokenSupplier(() -> "tok-" + fetches.incrementAndGet()).build();
  }

  @AfterEach
  void close() throws IOException {
    refreshing.close();
  }

  private static final Map<String, Function<BosOnlineClient, Object>> WAYS = Map.of(
      "blocking create", c -> c.checkout().create(Fixtures.FORM_ID,
          Fixtures.createOrderExample()),
      "async create", c -> BosOnlineCheckoutTest.join(c.async().checkout()
          .create(Fixtures.FORM_ID, Fixtures.createOrderExample())),
      "raw create", c -> c.checkout().withRawResponse().create(Fixtures.FORM_ID,
          Fixtures.createOrderExample()).parse(),
      "untyped GET", c -> c.request("GET", "/product/list").execute().parse(),
      "untyped async POST", c -> BosOnlineCheckoutTest.join(c.request("POST", "/order/list")
          .body(Map.of("page", 1)).executeAsync()).parse());

  private List<RecordedRequest> taken() throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = 0; i < server.getRequestCount(); i++) {
      requests.add(server.takeRequest());
    }
    return requests;
  }

  /** The request body as UTF-8, read from a copy so the recorded body stays readable. */
  private static String body(RecordedRequest request) {
    return request.getBody().clone().readUtf8();
  }

  private static List<String> auth(List<RecordedRequest> requests) {
    List<String> values = new ArrayList<>();
    for (RecordedRequest r : requests) {
      values.add(r.getHeaders().get("Authorization"));
    }
    return values;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"blocking create", "async create", "raw create", "untyped GET",
      "untyped async POST"})
  void a401RefreshesOnceAndReplaysOnceWithTheNewToken(String way) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"message\": \"Token expired\"}"));
    server.enqueue(new MockResponse().setBody(Fixtures.text("create-order.response.json")));

    Object result = WAYS.get(way).apply(refreshing);

    List<RecordedRequest> requests = taken();
    assertThat(auth(requests)).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(fetches).hasValue(2);
    assertThat(body(requests.get(1))).as("the same body, replayed")
        .isEqualTo(body(requests.get(0)));
    assertThat(requests.get(1).getPath()).isEqualTo(requests.get(0).getPath());
    if (result instanceof CreateOrderResult) {
      assertThat(((CreateOrderResult) result).totalPayment()).isEqualByComparingTo("102200");
    } else {
      assertThat(result).isInstanceOf(Map.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"blocking create", "async create", "raw create", "untyped GET",
      "untyped async POST"})
  void aSecond401FailsWithTheAuthenticationError(String way) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(401)
          .setBody("{\"message\": \"Unauthenticated.\"}"));
    }

    Throwable thrown = catchThrowable(() -> WAYS.get(way).apply(refreshing));

    assertThat(thrown).isInstanceOf(AuthenticationException.class);
    assertThat(((AuthenticationException) thrown).apiMessage()).contains("Unauthenticated.");
    assertThat(thrown.getMessage()).doesNotContain("tok-1", "tok-2");
    assertThat(auth(taken())).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(fetches).as("refreshed once, not again").hasValue(2);
  }

  @Test
  void theTokenIsFetchedOnceAndReusedUntilRefused() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse().setBody(Fixtures.text("create-order.response.json")));
    }

    WAYS.get("blocking create").apply(refreshing);
    WAYS.get("untyped GET").apply(refreshing);

    assertThat(auth(taken())).containsExactly("Bearer tok-1", "Bearer tok-1");
    assertThat(fetches).hasValue(1);
  }

  @Test
  void aFixedTokenIsNotReplayed() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"message\": \"Token expired\"}"));
    server.enqueue(new MockResponse().setBody(Fixtures.text("create-order.response.json")));
    try (BosOnlineClient fixed = BosOnlineClient.builder().baseUrl(server.url("/").toString())
        .token("fixed-tok").build()) {

      Throwable thrown = catchThrowable(() -> WAYS.get("blocking create").apply(fixed));

      assertThat(thrown).isInstanceOf(AuthenticationException.class);
      assertThat(auth(taken())).containsExactly("Bearer fixed-tok");
    }
  }

  @Test
  void credentialsRefreshingIsTheSameAsTokenSupplier() throws Exception {
    List<String> tokens = Collections.synchronizedList(new ArrayList<>(List.of("a", "b")));
    server.enqueue(new MockResponse().setResponseCode(401));
    server.enqueue(new MockResponse().setBody("{\"data\": []}"));
    try (BosOnlineClient c = BosOnlineClient.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.refreshing(() -> tokens.remove(0))).build()) {

      HttpResponseFor<Object> raw = c.request("GET", "/voucher/list").execute();

      assertThat(raw.parse()).isEqualTo(Map.of("data", List.of()));
      assertThat(raw.attempts()).isEqualTo(2);
      assertThat(auth(taken())).containsExactly("Bearer a", "Bearer b");
    }
  }

  @Test
  void aFailingSupplierIsTypedAndSendsNothing() {
    try (BosOnlineClient c = BosOnlineClient.builder().baseUrl(server.url("/").toString())
        .tokenSupplier(() -> {
          throw new IllegalStateException("login refused");
        }).build()) {

      Throwable thrown = catchThrowable(() -> WAYS.get("blocking create").apply(c));

      assertThat(thrown).isInstanceOf(OrderKitException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
