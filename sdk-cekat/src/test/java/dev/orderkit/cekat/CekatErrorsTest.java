package dev.orderkit.cekat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.cekat.model.Fixtures;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.Order;
import dev.orderkit.cekat.model.RequestParamsTest;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.BadRequestException;
import dev.orderkit.core.errors.ConflictException;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.PermissionDeniedException;
import dev.orderkit.core.errors.RateLimitException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.errors.ServerException;
import dev.orderkit.core.errors.UnexpectedStatusException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
 * Error statuses for both endpoints through the typed exceptions (the docs list none, so the
 * usual ones and the common error-body shape); list (GET) is retried on 5xx, create is never
 * replayed; {@code success: false} and a missing {@code data} on a 2xx.
 */
class CekatErrorsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private CekatClient cekat;

  @BeforeEach
  void client() throws IOException {
    cekat = CekatClient.builder().baseUrl(server.url("/").toString()).apiKey("ck_test_123")
        .maxRetries(2).initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(2))
        .build();
  }

  @AfterEach
  void close() throws IOException {
    cekat.close();
  }

  static Stream<Arguments> endpointsAndStatuses() {
    List<Arguments> rows = new ArrayList<>();
    CekatEndpointsTest.endpoints().forEach(e -> {
      for (int status : new int[] {400, 401, 403, 404, 409, 422, 429, 500, 502, 503}) {
        rows.add(Arguments.of(e, status));
      }
    });
    return rows.stream();
  }

  private static String errorBody(int status) {
    return "{\"success\": false, \"message\": \"Nope " + status + "\", \"error_code\": \"E"
        + status + "\", \"request_id\": \"req-" + status + "\", \"errors\": {\"items\": "
        + "[\"The items field is required.\"]}}";
  }

  @ParameterizedTest(name = "{0} → HTTP {1}")
  @MethodSource("endpointsAndStatuses")
  void errorStatusesBecomeTypedExceptions(CekatEndpointsTest.Endpoint e, int status) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(status).setBody(errorBody(status)));
    }
    CekatClient oneTry = status == 429 ? cekat.withOptions(o -> o.maxRetries(0)) : cekat;

    Throwable thrown = catchThrowable(() -> e.blocking().apply(oneTry));

    boolean serverError = status >= 500;
    boolean create = e.method().equals("POST");
    if (serverError && create) {
      assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
      assertThat(server.getRequestCount()).as("a create is never replayed").isEqualTo(1);
      assertThat(((OutcomeUnknownException) thrown).status()).contains(status);
      assertThat(((OutcomeUnknownException) thrown).requestId()).contains("req-" + status);
      thrown = thrown.getCause();
    } else if (serverError) {
      assertThat(server.getRequestCount()).as("a list (GET) is retried").isEqualTo(3);
    } else {
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
    Class<?> expected = Map.<Integer, Class<?>>of(400, BadRequestException.class,
        401, AuthenticationException.class, 403, PermissionDeniedException.class,
        404, NotFoundException.class, 409, ConflictException.class,
        422, ValidationException.class, 429, RateLimitException.class).getOrDefault(status,
        ServerException.class);
    assertThat(thrown).isInstanceOf(expected);
    ApiException api = (ApiException) thrown;
    assertThat(api.status()).isEqualTo(status);
    assertThat(api.apiMessage()).contains("Nope " + status);
    assertThat(api.errorCode()).contains("E" + status);
    assertThat(api.requestId()).contains("req-" + status);
    assertThat(api.fieldErrors())
        .containsExactly(Map.entry("items", List.of("The items field is required.")));
    assertThat(api.rawBody()).isEqualTo(errorBody(status));
    assertThat(api.attempts()).isEqualTo(serverError && !create ? 3 : 1);
    assertThat(api.getMessage()).doesNotContain("ck_test_123");
  }

  @ParameterizedTest(name = "{0} async")
  @MethodSource("dev.orderkit.cekat.CekatEndpointsTest#endpoints")
  void asyncFailuresCarryTheTypedExceptionItself(CekatEndpointsTest.Endpoint e) {
    server.enqueue(new MockResponse().setResponseCode(401).setBody(errorBody(401)));

    Throwable thrown = catchThrowable(() -> e.async().apply(cekat).get(10, TimeUnit.SECONDS));

    assertThat(thrown).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(AuthenticationException.class).hasMessageContaining("Nope 401");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAsyncCreateIsNotReplayedAfterA5xxEither() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).setBody(errorBody(503)));
    }

    Throwable thrown = catchThrowable(() -> cekat.async().orders()
        .create(RequestParamsTest.createOrderExample()).get(10, TimeUnit.SECONDS));

    assertThat(thrown.getCause()).isInstanceOf(OutcomeUnknownException.class)
        .cause().isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aListRecoversWhenARetryAfterA5xxSucceeds() {
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>"));
    server.enqueue(new MockResponse().setBody(Fixtures.text("list-orders.response.json")));

    OrderPage page = cekat.orders().list(ListOrdersParams.builder().build());

    assertThat(page.items()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a429IsRetriedEvenForACreateBecauseTheServerDidNotProcessIt() {
    server.enqueue(new MockResponse().setResponseCode(429).addHeader("Retry-After", "0")
        .setBody(errorBody(429)));
    server.enqueue(new MockResponse().setResponseCode(201)
        .setBody(Fixtures.text("create-order.response.json")));

    Order order = cekat.orders().create(RequestParamsTest.createOrderExample());

    assertThat(order.id()).isEqualTo("order_xyz789");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void successFalseOnA2xxIsAnApiExceptionForThatStatus() {
    String body = "{\"success\": false, \"message\": \"Customer not found\", \"data\": null}";
    server.enqueue(new MockResponse().setResponseCode(201).setBody(body));
    server.enqueue(new MockResponse().setResponseCode(200)
        .setBody("{\"data\": {\"orders\": []}, \"success\": \"false\", \"error\": \"Disabled\"}"));

    Throwable create = catchThrowable(() -> cekat.orders()
        .create(RequestParamsTest.createOrderExample()));
    Throwable list = catchThrowable(() -> cekat.orders().list(ListOrdersParams.builder().build()));

    assertThat(create).isInstanceOf(UnexpectedStatusException.class)
        .hasMessageContaining("HTTP 201").hasMessageContaining("Customer not found");
    assertThat(((ApiException) create).status()).isEqualTo(201);
    assertThat(((ApiException) create).apiMessage()).contains("Customer not found");
    assertThat(((ApiException) create).rawBody()).isEqualTo(body);
    assertThat(list).isInstanceOf(UnexpectedStatusException.class);
    assertThat(((ApiException) list).apiMessage()).contains("Disabled");
    assertThat(server.getRequestCount()).as("neither is retried").isEqualTo(2);
  }

  @Test
  void aMissingOrNullDataOnA2xxIsADecodingErrorKeepingTheBody() {
    String noData = "{\"success\": true}";
    String nullData = "{\"message\": \"success\", \"data\": null}";
    String noOrders = "{\"message\": \"success\", \"data\": {\"total\": 0}}";
    server.enqueue(new MockResponse().setResponseCode(201).setBody(noData));
    server.enqueue(new MockResponse().setBody(nullData));
    server.enqueue(new MockResponse().setBody(noOrders));

    Throwable create = catchThrowable(() -> cekat.orders()
        .create(RequestParamsTest.createOrderExample()));
    Throwable list = catchThrowable(() -> cekat.orders().list(ListOrdersParams.builder().build()));
    Throwable orders = catchThrowable(() -> cekat.orders()
        .list(ListOrdersParams.builder().build()));

    assertThat(create).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("no created order in data");
    assertThat(((ResponseDecodingException) create).status()).isEqualTo(201);
    assertThat(((ResponseDecodingException) create).rawBody()).isEqualTo(noData);
    assertThat(list).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("no order list in data");
    assertThat(orders).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("data.orders");
    assertThat(((ResponseDecodingException) orders).rawBody()).isEqualTo(noOrders);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void malformedSuccessBodiesAreDecodingErrors() {
    server.enqueue(new MockResponse().setResponseCode(201).setBody("[]"));
    server.enqueue(new MockResponse().setResponseCode(201)
        .setBody("{\"success\": true, \"data\": {\"id\": \"o\"}}"));

    Throwable notObject = catchThrowable(() -> cekat.orders()
        .create(RequestParamsTest.createOrderExample()));
    Throwable missing = catchThrowable(() -> cekat.orders()
        .create(RequestParamsTest.createOrderExample()));

    assertThat(notObject).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("envelope");
    assertThat(missing).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("order_number");
  }

  @Test
  void invalidParamsAreRefusedBeforeAnyRequest() {
    Throwable thrown = catchThrowable(() -> cekat.orders().create(
        dev.orderkit.cekat.model.CreateOrderParams.builder().customerId("c")
            .total(BigDecimal.ONE).build()));

    assertThat(thrown).isInstanceOf(InvalidInputException.class).hasMessageContaining("items");
    assertThat(server.getRequestCount()).isZero();
  }
}
