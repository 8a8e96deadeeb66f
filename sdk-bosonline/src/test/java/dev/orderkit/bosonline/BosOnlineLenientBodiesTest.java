package dev.orderkit.bosonline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.Fixtures;
import dev.orderkit.core.errors.BadRequestException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the bosOnline client reads leniently: a byte-order mark before the documented create-order
 * answer (blocking, async, raw), before the untyped path's JSON and before error bodies in other
 * common shapes. Create order's result is the amount to pay: an empty answer stays a decoding
 * error, never re-sent.
 */
class BosOnlineLenientBodiesTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private BosOnlineClient bos;

  @BeforeEach
  void client() throws IOException {
    bos = BosOnlineClient.builder().baseUrl(server.url("/").toString()).token("bos_tok_123")
        .maxRetries(2).build();
  }

  @AfterEach
  void close() throws IOException {
    bos.close();
  }

  private void assertSentCreate() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/order/" + Fixtures.FORM_ID);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer bos_tok_123");
    assertThat(request.getBody().readUtf8()).isEqualTo(Fixtures.CREATE_ORDER_BODY);
  }

  private static void check(CreateOrderResult r) {
    assertThat(r.totalPayment()).isEqualTo(new BigDecimal("102200"));
    assertThat(r.csPhone()).contains("6289765183712");
    assertThat(r.productName()).contains("Kopi Arabica");
    assertThat(r.payment()).hasSize(1);
    assertThat(r.message()).contains(
        "Lakukan pembayaran ke salah satu bank berikut agar segera kami proses pesananmu");
  }

  @Test
  void bomBeforeTheCreateOrderAnswerIsSkippedBlockingAsyncAndRaw() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(200)
          .addHeader("Content-Type", "application/json")
          .setBody("\uFEFF" + Fixtures.text("create-order.response.json")));
    }

    CreateOrderResult blocking = bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample());
    assertSentCreate();
    CreateOrderResult async = bos.async().checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample()).get(10, TimeUnit.SECONDS);
    assertSentCreate();
    HttpResponseFor<CreateOrderResult> raw = bos.checkout().withRawResponse()
        .create(Fixtures.FORM_ID, Fixtures.createOrderExample());
    assertSentCreate();

    check(blocking);
    check(async);
    check(raw.parse());
  }

  @Test
  void bomBeforeAnUntypedAnswerIsSkipped() throws Exception {
    server.enqueue(new MockResponse().setBody("\uFEFF{\"data\": [{\"sku\": \"K-1\"}]}"));

    Object tree = bos.request("GET", "/product/list").query("page", 1).execute().parse();

    assertThat(server.takeRequest().getPath()).isEqualTo("/product/list?page=1");
    assertThat(((Map<?, ?>) tree).get("data")).isEqualTo(
        Collections.singletonList(Collections.singletonMap("sku", "K-1")));
  }

  @Test
  void bomBeforeAnErrorBodyIsSkipped() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("\uFEFF{\"message\": \"receiver.phone wajib diisi\", \"errors\":"
            + " {\"receiver.phone\": [\"wajib diisi\"]}}"));

    Throwable thrown = catchThrowable(() -> bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample()));

    assertSentCreate();
    assertThat(thrown).isInstanceOfSatisfying(BadRequestException.class, b -> {
      assertThat(b.apiMessage()).contains("receiver.phone wajib diisi");
      assertThat(b.fieldErrors()).containsEntry("receiver.phone",
          Collections.singletonList("wajib diisi"));
    });
  }

  @Test
  void otherErrorShapesFillTheException() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"error\": {\"code\": \"FORM_NOT_FOUND\", \"message\": \"Form tidak"
            + " ditemukan\"}}"));
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"error\": \"Record not found\"}"));
    server.enqueue(new MockResponse().setResponseCode(404)
        .setHeader("Content-Type", "application/problem+json")
        .setBody("{\"type\": \"https://bosonline.example/form-missing\", \"title\": \"Not"
            + " Found\", \"status\": 404, \"instance\": \"/order/x\"}"));

    Throwable object = catchThrowable(() -> bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample()));
    Throwable text = catchThrowable(() -> bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample()));
    Throwable problem = catchThrowable(() -> bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample()));

    assertThat(object).isInstanceOfSatisfying(NotFoundException.class, n -> {
      assertThat(n.apiMessage()).contains("Form tidak ditemukan");
      assertThat(n.errorCode()).contains("FORM_NOT_FOUND");
    });
    assertThat(text).isInstanceOfSatisfying(NotFoundException.class,
        n -> assertThat(n.apiMessage()).contains("Record not found"));
    assertThat(problem).isInstanceOfSatisfying(NotFoundException.class, n -> {
      assertThat(n.apiMessage()).contains("Not Found");
      assertThat(n.errorCode()).contains("https://bosonline.example/form-missing");
      assertThat(n.attribute("instance")).contains("/order/x");
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 204})
  void createAnsweredWithNoBodyIsADecodingErrorNeverResent(int status) {
    server.enqueue(new MockResponse().setResponseCode(status));
    server.enqueue(new MockResponse().setBody(Fixtures.text("create-order.response.json")));

    Throwable thrown = catchThrowable(() -> bos.checkout().create(Fixtures.FORM_ID,
        Fixtures.createOrderExample()));

    assertThat(thrown).isInstanceOfSatisfying(ResponseDecodingException.class, d -> {
      assertThat(d.status()).isEqualTo(status);
      assertThat(d.getMessage()).contains("the body is empty").contains("do not send it again");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
