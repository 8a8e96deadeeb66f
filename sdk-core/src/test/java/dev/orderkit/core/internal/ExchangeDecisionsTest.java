package dev.orderkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.OrderKitJson;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.StandardErrorDecoder;
import java.net.ConnectException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The retry decisions as a table, without sockets: {@link Exchange} decides what follows each
 * attempt (done, fail with a typed error, retry after a delay), and both the blocking loop
 * ({@code Transport.send}) and the async one ({@link AsyncExchange}) only carry its steps out.
 */
class ExchangeDecisionsTest {
  private static final HttpUrl URL = HttpUrl.get("https://api.example/orders");
  private final TransportCore core = new TransportCore(
      ClientOptions.builder().baseUrl("https://api.example").apiKey("k").maxRetries(2).build(),
      "test", OrderKitJson.moshiBuilder().build(), StandardErrorDecoder.INSTANCE, null);

  @AfterEach
  void close() {
    core.close();
  }

  private Exchange<Object> exchange(String method, boolean safeToRepeat) {
    ApiRequest<Object> request = ApiRequest.builder(method, "orders",
            ResponseParser.of(JsonTree.adapter()))
        .safeToRepeat(safeToRepeat).description("the call").build();
    return new Exchange<>(core, request, RequestOptions.none(), URL, null, null);
  }

  private static Response response(int status, String retryAfter) {
    Response.Builder b = new Response.Builder()
        .request(new Request.Builder().url(URL).build())
        .protocol(Protocol.HTTP_1_1).code(status).message("status " + status)
        .body(ResponseBody.create("{\"message\":\"m\"}", MediaType.get("application/json")));
    if (retryAfter != null) { // an empty table cell
      b.header("Retry-After", retryAfter);
    }
    return b.build();
  }

  /** What a step is: {@code done}, {@code retry <ms>} or the simple name of the error. */
  private static String describe(Step<Object> step) {
    if (step.isRetry()) {
      return "retry " + step.retryDelayMillis();
    }
    OrderKitException error = step.error();
    return error == null ? "done" : error.getClass().getSimpleName();
  }

  @ParameterizedTest(name = "{0} {1} safe={2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      // status, Retry-After, method, safe to repeat, first step
      "200 |      | POST | false | done",
      "201 |      | POST | false | done",
      "404 |      | GET  | true  | NotFoundException",
      "422 |      | POST | false | ValidationException",
      "429 | 2    | POST | false | retry 2000", // declined: not processed, so a write is retried
      "408 | 1    | POST | false | retry 1000",
      "503 | 1    | GET  | true  | retry 1000",
      "503 | 1    | POST | false | OutcomeUnknownException", // may have been processed
      "500 |      | POST | false | OutcomeUnknownException",
      "501 |      | GET  | true  | ServerException", // not a transient status: no retry
      "501 |      | POST | false | OutcomeUnknownException",
      "429 | 3600 | GET  | true  | RateLimitException"}) // asks for longer than maxRetryAfter
  void eachResponseIsDecidedByItsStatusAndWhetherTheRequestIsSafeToRepeat(int status,
      String retryAfter, String method, boolean safe, String expected) {
    Exchange<Object> exchange = exchange(method, safe);
    exchange.newCall(); // an attempt starts (no network: the call is never executed)

    assertThat(describe(exchange.onResponse(response(status, retryAfter)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} safe={1}")
  @CsvSource({"GET, true", "POST, false"})
  void aConnectionThatNeverOpenedIsRetriedThenFailsTyped(String method, boolean safe) {
    Exchange<Object> exchange = exchange(method, safe);
    String[] steps = new String[3];
    for (int i = 0; i < steps.length; i++) {
      exchange.newCall();
      steps[i] = describe(exchange.onFailure(new ConnectException("refused")));
    }

    // two retries with backoff (not sent: even a write is safe to send again), then the error
    assertThat(steps[0]).startsWith("retry ");
    assertThat(steps[1]).startsWith("retry ");
    assertThat(steps[2]).isEqualTo("ApiConnectionException");
    assertThat(exchange.attempts()).isEqualTo(3);
  }
}
