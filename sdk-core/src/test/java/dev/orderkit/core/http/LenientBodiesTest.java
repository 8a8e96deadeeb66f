package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.core.internal.BodyText;
import dev.orderkit.core.internal.BufferedHttpResponse;
import dev.orderkit.core.internal.BufferedResponseMeta;
import dev.orderkit.core.internal.ReadBody;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.testsupport.StartStop;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What core reads leniently: a UTF-8 byte-order mark before any body (typed, raw and untyped
 * parse, error bodies through the transport and through {@link ResponseMeta#toApiException}),
 * and an empty 2xx body where the endpoint's parser says it means success.
 */
class LenientBodiesTest {
  private static final String BOM = "\uFEFF";
  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private Transport transport;

  @BeforeEach
  void client() {
    transport = Transport.builder(ClientOptions.builder().baseUrl(server.url("/").toString())
        .apiKey("sk_test_bom").build()).module("test").build();
  }

  @AfterEach
  void close() {
    transport.close();
  }

  private static ApiRequest<Object> create() {
    return ApiRequest.builder("POST", "v1/orders", ResponseParser.of(JsonTree.adapter()))
        .body(RequestBodyWriter.ofTree(Collections.singletonMap("code", "A1")))
        .description("create order").build();
  }

  private static ApiRequest<Object> read() {
    return ApiRequest.builder("GET", "v1/orders/{id}", ResponseParser.of(JsonTree.adapter()))
        .pathParam("id", "7").description("order detail").build();
  }

  private MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  // ------------------------------------------------------------------------------- byte-order mark

  @Test
  void bomBeforeATypedSuccessBodyIsSkipped() throws Exception {
    server.enqueue(json(201, BOM + "{\"id\": \"o-1\", \"total\": 12}"));

    Object value = transport.execute(create(), NO_RETRY);

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getPath()).isEqualTo("/v1/orders");
    assertThat(sent.getBody().readUtf8()).isEqualTo("{\"code\":\"A1\"}");
    assertThat(value).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) value).get("id")).isEqualTo("o-1");
    assertThat(((Map<?, ?>) value).get("total").toString()).isEqualTo("12");
  }

  @Test
  void bomBeforeARawSuccessBodyIsSkippedAndKeptInTheRawText() {
    server.enqueue(json(200, BOM + "  {\"id\": \"o-2\"}\n"));

    HttpResponseFor<Object> response = transport.executeRaw(read(), NO_RETRY);

    assertThat(response.bodyText()).startsWith(BOM); // the raw text is as received
    assertThat(((Map<?, ?>) response.parse()).get("id")).isEqualTo("o-2");
    assertThat(response.map(v -> ((Map<?, ?>) v).get("id")).parse()).isEqualTo("o-2");
  }

  @Test
  void bomBeforeAnUntypedBodyIsSkipped() {
    server.enqueue(json(200, BOM + "[1, 2]"));

    Object tree = transport.request("GET", "/product/list").execute().parse();

    assertThat(tree).isInstanceOf(List.class);
    assertThat((List<?>) tree).hasSize(2);
  }

  @Test
  void bomWithTrailingCommasStillRepaired() {
    server.enqueue(json(200, BOM + "{\"id\": \"o-3\",}"));

    assertThat(((Map<?, ?>) transport.execute(read(), NO_RETRY)).get("id")).isEqualTo("o-3");
  }

  @Test
  void bomBeforeAnErrorBodyIsSkipped() {
    server.enqueue(json(422, BOM + "{\"message\": \"The given data was invalid.\", \"errors\":"
        + " {\"code\": [\"The code field is required.\"]}}"));

    Throwable thrown = catchThrowable(() -> transport.execute(create(), NO_RETRY));

    assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.apiMessage()).contains("The given data was invalid.");
      assertThat(e.fieldErrors()).containsEntry("code",
          Collections.singletonList("The code field is required."));
    });
  }

  @Test
  void toApiExceptionHandsDecodersTheBodyWithoutBom() {
    byte[] body = (BOM + "{\"message\": \"nope\"}").getBytes(StandardCharsets.UTF_8);
    ResponseMeta meta = new BufferedResponseMeta(404, Headers.of(), null, 1, body);
    AtomicReference<String> seen = new AtomicReference<>();

    ApiException e = meta.toApiException((text, details) -> {
      seen.set(text);
      details.message("custom");
    });

    assertThat(seen.get()).isEqualTo("{\"message\": \"nope\"}");
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.apiMessage()).contains("custom");
  }

  @Test
  void bodyTextRules() {
    assertThat(BodyText.withoutBom(BOM + "{}")).isEqualTo("{}");
    assertThat(BodyText.withoutBom("{}")).isEqualTo("{}");
    assertThat(BodyText.withoutBom(null)).isNull();
    assertThat(BodyText.skipBom(new Buffer().writeUtf8(BOM + "{}")).readUtf8()).isEqualTo("{}");
    assertThat(BodyText.skipBom(new Buffer().writeUtf8("{}")).readUtf8()).isEqualTo("{}");
    assertThat(BodyText.skipBom(new Buffer().write(new byte[] {(byte) 0xEF})).size()).isEqualTo(1);
    assertThat(BodyText.isBlank(new byte[0])).isTrue();
    assertThat(BodyText.isBlank((BOM + " \r\n\t").getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(BodyText.isBlank(" {}".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  // ------------------------------------------------------------------------------------ empty bodies

  private static final ResponseParser<String> ACK = ResponseParser.emptyMeans(
      (reader, meta) -> {
        reader.beginObject();
        String message = null;
        while (reader.hasNext()) {
          if (reader.nextName().equals("message")) {
            message = reader.nextString();
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
        return "body:" + message;
      },
      meta -> "empty:" + meta.statusCode());

  private static ApiRequest<String> action() {
    return ApiRequest.builder("POST", "v1/orders/ship", ACK)
        .body(RequestBodyWriter.ofTree(Collections.singletonMap("order_code", "ORD1")))
        .description("ship order").build();
  }

  @Test
  void noContentIsTheParsersEmptyValue() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));

    assertThat(transport.execute(action(), NO_RETRY)).isEqualTo("empty:204");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getPath()).isEqualTo("/v1/orders/ship");
    assertThat(sent.getBody().readUtf8()).isEqualTo("{\"order_code\":\"ORD1\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\r\n", "\uFEFF", "\uFEFF\n"})
  void emptySuccessBodyIsTheParsersEmptyValue(String body) {
    server.enqueue(new MockResponse().setResponseCode(200).setBody(body));

    assertThat(transport.execute(action(), NO_RETRY)).isEqualTo("empty:200");
  }

  @Test
  void emptyValueSurvivesMapAndAsync() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(new MockResponse().setResponseCode(202).setBody(""));
    server.enqueue(json(200, "{\"message\": \"Shipped\"}"));

    assertThat(transport.executeRaw(action(), NO_RETRY).map(String::length).parse())
        .isEqualTo("empty:204".length());
    assertThat(transport.executeAsync(action(), NO_RETRY).get()).isEqualTo("empty:202");
    assertThat(transport.execute(action(), NO_RETRY)).isEqualTo("body:Shipped");
  }

  @Test
  void emptyBodyIsADecodingErrorByDefault() {
    server.enqueue(new MockResponse().setResponseCode(204));

    Throwable thrown = catchThrowable(() -> transport.execute(create(), NO_RETRY));

    assertThat(thrown).isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
      assertThat(e.status()).isEqualTo(204);
      assertThat(e.getMessage()).contains("the body is empty");
    });
  }

  // -------------------------------------------------------------------- decoding-error message

  @Test
  void decodingErrorOfAWriteSaysItWasProcessed() {
    ResponseDecodingException e = decodingErrorOf(create(), 201);

    assertThat(e.getMessage())
        .startsWith("Could not decode the HTTP 201 response to create order [request_id=r-1]: ")
        .endsWith("(the API reported success: the write was processed, do not send it again)")
        .doesNotContain("repeating it is safe");
  }

  @Test
  void decodingErrorOfAReadSaysRepeatingIsSafe() {
    ResponseDecodingException e = decodingErrorOf(read(), 200);

    assertThat(e.getMessage())
        .startsWith("Could not decode the HTTP 200 response to order detail [request_id=r-1]: ")
        .endsWith("(the API reported success; this request only reads, so repeating it is safe)")
        .doesNotContain("do not send it again");
  }

  @Test
  void decodingErrorOfAPostMarkedSafeToRepeatSaysRepeatingIsSafe() {
    ApiRequest<Object> list = ApiRequest.builder("POST", "v1/orders/list",
        ResponseParser.of(JsonTree.adapter())).safeToRepeat(true).description("list orders")
        .build();

    assertThat(decodingErrorOf(list, 200).getMessage()).contains("repeating it is safe")
        .doesNotContain("do not send it again");
  }

  @Test
  void decodingErrorOfAnErrorStatusHasNoSuccessNote() {
    ResponseDecodingException e = decodingErrorOf(create(), 503);

    assertThat(e.getMessage()).doesNotContain("reported success");
  }

  @Test
  void decodingErrorWithoutItsRequestStaysCautious() {
    ResponseDecodingException e = new ResponseDecodingException("bad", null, 200, null, null,
        "x", 1);

    assertThat(e.getMessage()).isEqualTo("Could not decode the HTTP 200 response: bad (the API"
        + " reported success: the request was processed; if it was a write, such as a create, do"
        + " not send it again)");
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.rawBody()).isEqualTo("x");
    assertThat(e.attempts()).isEqualTo(1);
  }

  /** Through the transport: the response knows its request, so the message tells them apart. */
  @Test
  void throughTheTransportAWriteAndAReadAreToldApart() {
    server.enqueue(json(201, "{\"id\":"));
    server.enqueue(json(200, "{\"id\":"));

    Throwable write = catchThrowable(() -> transport.execute(create(), NO_RETRY));
    Throwable read = catchThrowable(() -> transport.executeAsync(read(), NO_RETRY).join());

    assertThat(write).isInstanceOf(ResponseDecodingException.class).hasMessageContaining(
        "response to create order").hasMessageEndingWith(
        "(the API reported success: the write was processed, do not send it again)");
    assertThat(read).hasCauseInstanceOf(ResponseDecodingException.class);
    assertThat(read.getCause()).hasMessageContaining("response to order detail")
        .hasMessageEndingWith(
            "(the API reported success; this request only reads, so repeating it is safe)");
  }

  private static ResponseDecodingException decodingErrorOf(ApiRequest<Object> request,
      int status) {
    byte[] body = "{\"id\":".getBytes(StandardCharsets.UTF_8);
    ResponseMeta meta = new BufferedResponseMeta(status, Headers.of(), "r-1", 1, body);
    Throwable thrown = catchThrowable(
        () -> new BufferedHttpResponse<>(meta, ReadBody.of(body), request).parse());
    assertThat(thrown).isInstanceOf(ResponseDecodingException.class);
    ResponseDecodingException e = (ResponseDecodingException) thrown;
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.rawBody()).isEqualTo("{\"id\":");
    assertThat(e.requestId()).contains("r-1");
    return e;
  }
}
