package dev.orderkit.bosonline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.Fixtures;
import dev.orderkit.bosonline.model.OrderItem;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request Create Order blocking, async and raw: the exact request on the wire (method, path with
 * the form id, bearer and content headers, JSON body) and the docs' example response decoded
 * with every field.
 */
class BosOnlineCheckoutTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private BosOnlineClient bos;

  @BeforeEach
  void client() throws IOException {
    bos = BosOnlineClient.builder().baseUrl(server.url("/").toString())
        .token("bos_tok_123").build();
  }

  @AfterEach
  void close() throws IOException {
    bos.close();
  }

  /** One way to call create order, returning the decoded result. */
  record Call(String name, Function<BosOnlineClient, CreateOrderResult> create) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Call> calls() {
    CreateOrderParams p = Fixtures.createOrderExample();
    return Stream.of(
        new Call("blocking", c -> c.checkout().create(Fixtures.FORM_ID, p)),
        new Call("blocking with options", c -> c.checkout().create(Fixtures.FORM_ID, p,
            RequestOptions.none())),
        new Call("async", c -> join(c.async().checkout().create(Fixtures.FORM_ID, p))),
        new Call("raw", c -> checkedRaw(c.checkout().withRawResponse()
            .create(Fixtures.FORM_ID, p))));
  }

  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static CreateOrderResult checkedRaw(HttpResponseFor<CreateOrderResult> raw) {
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).contains("req-bos-1");
    assertThat(raw.attempts()).isEqualTo(1);
    assertThat(raw.bodyText()).isEqualTo(Fixtures.text("create-order.response.json"));
    return raw.parse();
  }

  /** The request body as UTF-8, read from a copy so the recorded body stays readable. */
  private static String body(RecordedRequest request) {
    return request.getBody().clone().readUtf8();
  }

  private void enqueueDocsResponse() {
    server.enqueue(new MockResponse().setResponseCode(200)
        .addHeader("Content-Type", "application/json").addHeader("X-Request-Id", "req-bos-1")
        .setBody(Fixtures.text("create-order.response.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsTheExactRequestAndDecodesTheDocsResponse(Call call) throws Exception {
    enqueueDocsResponse();

    CreateOrderResult r = call.create().apply(bos);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/order/d9cc7807-36c2-4eb1-b910-ece18a1bbb6e");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer bos_tok_123");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getHeaders().get("User-Agent")).contains("bosonline");
    assertThat(request.getHeaders().get("X-Tenant-Id")).isNull();
    assertThat(body(request)).isEqualTo(Fixtures.CREATE_ORDER_BODY);
    assertThat(Fixtures.tree(body(request)))
        .isEqualTo(Fixtures.tree(Fixtures.text("create-order.request.json")));

    assertThat(r.csPhone()).contains("6289765183712");
    assertThat(r.payment()).extracting(b -> b.bankAtasnama().get(), b -> b.bankCode().get(),
        b -> b.bankName().get(), b -> b.bankRekening().get(), b -> b.fileName().get(),
        b -> b.filePath().get())
        .containsExactly(tuple("Mohammad Alfian R aja", "BCA", "BANK CENTRAL ASIA",
            "345193134434", "uploads/bank/", "bca.jpg"));
    assertThat(r.productName()).contains("Kopi Arabica");
    assertThat(r.socialMedia()).extracting(s -> s.name().get(), s -> s.url().get())
        .containsExactly(tuple("facebook", "https://facebook.com"),
            tuple("instagram", "https://instagram.com"));
    assertThat(r.totalPayment()).isEqualTo(new BigDecimal("102200"));
    assertThat(r.message()).contains(
        "Lakukan pembayaran ke salah satu bank berikut agar segera kami proses pesananmu");
    assertThat(r.additionalProperties()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theFormIdIsPercentEncodedAsOneSegmentUnderTheBaseUrlPrefix() throws Exception {
    enqueueDocsResponse();
    try (BosOnlineClient prefixed = bos.withOptions(o -> o.baseUrl(server.url("/api/v1/")
        .toString()))) {
      prefixed.checkout().create("form/1 ?#", Fixtures.createOrderExample());
    }

    assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/order/form%2F1%20%3F%23");
  }

  @Test
  void perCallOptionsAddHeadersAndBodyFieldsKeepingTheDocsNulls() throws Exception {
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1")
        .bodyField("channel", "api").queryParam("src", "sdk").maxRetries(0).build();
    String expected = Fixtures.CREATE_ORDER_BODY.substring(0,
        Fixtures.CREATE_ORDER_BODY.length() - 1) + ",\"channel\":\"api\"}";
    for (int i = 0; i < 3; i++) {
      enqueueDocsResponse();
    }

    bos.checkout().create(Fixtures.FORM_ID, Fixtures.createOrderExample(), options);
    join(bos.async().checkout().create(Fixtures.FORM_ID, Fixtures.createOrderExample(),
        options));
    bos.checkout().withRawResponse().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample(), options).parse();

    for (int i = 0; i < 3; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getPath()).isEqualTo("/order/" + Fixtures.FORM_ID + "?src=sdk");
      assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
      assertThat(body(request)).as("bodyField merged once, nulls kept")
          .isEqualTo(expected);
    }
  }

  @Test
  void invalidInputIsRefusedBeforeAnyRequest() {
    CreateOrderParams p = Fixtures.createOrderExample();

    Throwable blankForm = catchThrowable(() -> bos.checkout().create(" ", p));
    Throwable nullParams = catchThrowable(() -> bos.checkout().create(Fixtures.FORM_ID, null));
    Throwable dotDot = catchThrowable(() -> bos.checkout().create("..", p));
    // async calls refuse invalid input at once, before any future exists
    Throwable asyncBlank = catchThrowable(() -> bos.async().checkout().create("", p));
    Throwable asyncNull = catchThrowable(() -> bos.async().checkout().create(Fixtures.FORM_ID, null));
    Throwable zeroQty = catchThrowable(() -> p.toBuilder().items(p.items().toBuilder()
        .orderItems(List.of(OrderItem.of("BAT-AA-001-01", 0))).build()).build());

    assertThat(blankForm).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("id");
    assertThat(nullParams).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("params");
    assertThat(dotDot).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("id");
    assertThat(asyncBlank).isInstanceOf(InvalidInputException.class);
    assertThat(asyncNull).isInstanceOf(InvalidInputException.class);
    assertThat(zeroQty).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("items.order_items[0].item_qty: must be at least 1");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aSuccessWithoutDataIsADecodingErrorKeepingTheBody() {
    String body = "{\"data\": null, \"message\": \"Form tidak ditemukan\"}";
    server.enqueue(new MockResponse().setBody(body));

    Throwable thrown = catchThrowable(() -> bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample()));

    assertThat(thrown).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("no data");
    assertThat(((ResponseDecodingException) thrown).rawBody()).isEqualTo(body);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unknownTopLevelFieldsAndAMissingMessageAreTolerated() {
    server.enqueue(new MockResponse()
        .setBody("{\"status\": true, \"data\": {\"total_payment\": 5000, \"order_id\": 77}}"));

    CreateOrderResult r = bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample());

    assertThat(r.totalPayment()).isEqualTo(new BigDecimal("5000"));
    assertThat(r.message()).isEmpty();
    assertThat(r.additionalProperties()).containsOnlyKeys("order_id");
    assertThat(r.payment()).isEmpty();
  }
}
