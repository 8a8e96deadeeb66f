package dev.orderkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.internal.BufferedHttpResponse;
import dev.orderkit.core.internal.BufferedResponseMeta;
import dev.orderkit.core.internal.ReadBody;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.ResponseParser;
import java.util.Map;
import okhttp3.Headers;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * A typed call's body: parsed once from the read buffer (consumed), a pooled copy kept for error
 * reports until the parse succeeded; a raw response's body is an array that serves everything.
 */
class HttpResponseForTest {
  private static final ResponseParser<Object> TREE = ResponseParser.of(JsonTree.adapter());

  private static BufferedHttpResponse<Object> response(ReadBody body) {
    ResponseMeta meta =
        new BufferedResponseMeta(200, Headers.of("X-Request-Id", "r-1"), "r-1", 1, body);
    return new BufferedHttpResponse<>(meta, body, TREE);
  }

  @Test
  void aReadBodyKeepsItsBytesWithoutConsumingOrSharingTheReadBuffer() {
    Buffer read = new Buffer().writeUtf8("{\"a\":1}");
    ReadBody body = ReadBody.inBuffer(read);

    assertThat(body.size()).isEqualTo(7);
    assertThat(body.isBlank()).isFalse();
    assertThat(new String(body.bytes(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":1}");
    assertThat(body.takeSource().readUtf8()).as("the read buffer itself").isEqualTo("{\"a\":1}");
    assertThat(read.size()).isZero();
    assertThat(ReadBody.inBuffer(new Buffer().writeUtf8("\uFEFF \n")).isBlank()).isTrue();
  }

  @Test
  void aTypedCallParsesTheReadBufferOnceAndKeepsTheBodyUntilReleased() {
    Buffer read = new Buffer().writeUtf8("{\"code\":\"A-1\"}");
    ReadBody body = ReadBody.inBuffer(read);
    BufferedHttpResponse<Object> response = response(body);

    assertThat(response.parse()).isEqualTo(Map.of("code", "A-1"));
    assertThat(read.size()).as("consumed, its segments recycled").isZero();
    assertThat(response.parse()).isSameAs(response.parse());

    response.release(); // what Transport.execute does once the caller has its value
    assertThatThrownBy(body::bytes).as("the pooled copy went back too")
        .isInstanceOf(IllegalStateException.class);
    assertThat(response).hasToString("HttpResponseFor{status=200, requestId=r-1, attempts=1, "
        + "bodyBytes=14}");

    // A mapper that reads the text before the release made an array, which stays.
    BufferedHttpResponse<Object> mapped =
        response(ReadBody.inBuffer(new Buffer().writeUtf8("{}")));
    mapped.parse();
    assertThat(mapped.bodyText()).isEqualTo("{}");
    mapped.release();
    assertThat(mapped.bodyText()).isEqualTo("{}");
  }

  @Test
  void aBodyLargerThanThePoolKeepsAnArrayCopyThatOutlivesTheParse() {
    StringBuilder json = new StringBuilder("{\"notes\":[");
    for (int i = 0; i < 2000; i++) {
      json.append(i == 0 ? "" : ",").append("\"note ").append(i).append('"');
    }
    String text = json.append("]}").toString();
    Buffer read = new Buffer().writeUtf8(text);
    ReadBody body = ReadBody.inBuffer(read);
    BufferedHttpResponse<Object> response = response(body);

    assertThat(text.length()).isGreaterThan(16 * 1024);
    assertThat(((Map<?, ?>) response.parse()).get("notes")).asList().hasSize(2000);
    assertThat(read.size()).as("consumed, its segments recycled").isZero();
    response.release();
    assertThat(response.bodyText()).as("an array outlives the release").isEqualTo(text);
  }

  @Test
  void aRawResponseParsesAsOftenAsAskedAndKeepsItsText() {
    ReadBody body =
        ReadBody.of("{\"code\":\"A-1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponseFor<Object> response = response(body);
    HttpResponseFor<String> mapped = response.map(tree -> ((Map<?, ?>) tree).get("code") + "!");

    assertThat(mapped.parse()).isEqualTo("A-1!");
    assertThat(response.parse()).isEqualTo(Map.of("code", "A-1"));
    assertThat(response.bodyText()).isEqualTo("{\"code\":\"A-1\"}");
  }

  @Test
  void aFailedTypedParseReportsTheWholeRawBody() {
    ReadBody body = ReadBody.inBuffer(new Buffer().writeUtf8("{\"code\": oops}"));
    HttpResponseFor<Object> response = response(body);

    assertThatThrownBy(response::parse)
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.rawBody()).contains("{\"code\": oops}");
          assertThat(e.requestId()).contains("r-1");
        });
    assertThat(response.bodyText()).isEqualTo("{\"code\": oops}");
  }

  private static java.util.Optional<String> requestIdOf(String header, String body) {
    Headers headers = header == null ? Headers.of() : Headers.of("X-Request-Id", header);
    ReadBody read = ReadBody.of(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ResponseParser<Object> enveloped = new ResponseParser<Object>() {
      @Override
      public Object parse(com.squareup.moshi.JsonReader reader, ResponseMeta meta)
          throws java.io.IOException {
        return TREE.parse(reader, meta);
      }

      @Override
      public String requestIdIn(byte[] bytes) { // as an API with an envelope writes it
        return JsonTree.topLevelText(bytes, "request_id");
      }
    };
    return new BufferedHttpResponse<>(new BufferedResponseMeta(200, headers, header, 1, read),
        read, enveloped).requestId();
  }

  @Test
  void anApisBodyRequestIdWinsOverTheHeaderAndOnlyWhereItsParserReadsOne() {
    ReadBody read = ReadBody.of("{\"request_id\":\"body\"}".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(new BufferedHttpResponse<>(new BufferedResponseMeta(200,
        Headers.of("X-Request-Id", "hdr"), "hdr", 1, read), read, TREE).requestId())
        .as("a parser without a body request id: the header").contains("hdr");
    assertThat(requestIdOf(null, "{\"status\":200,\"request_id\":\"env-1\"}"))
        .contains("env-1");
    assertThat(requestIdOf("proxy-1", "{\"data\":{\"request_id\":\"inner\"},"
        + "\"request_id\":\"env-2\"}")).as("the envelope's wins over a proxy's header")
        .contains("env-2");
    assertThat(requestIdOf("hdr-3", "{\"status\":200}")).contains("hdr-3");
    assertThat(requestIdOf(null, "\uFEFF{\"request_id\":\"bom-4\",}")).as("BOM, trailing comma")
        .contains("bom-4");
    assertThat(requestIdOf(null, "{\"request_id\":12345}")).contains("12345");
    assertThat(requestIdOf("hdr-6", "<html>oops</html>")).contains("hdr-6");
    assertThat(requestIdOf(null, "[1,2]")).isEmpty();
    assertThat(requestIdOf(null, "{\"request_id\":\"\"}")).isEmpty();
  }
}
