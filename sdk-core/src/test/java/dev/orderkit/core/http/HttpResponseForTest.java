package dev.orderkit.core.http;

import dev.orderkit.core.internal.BufferedHttpResponse;
import dev.orderkit.core.internal.BufferedResponseMeta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.internal.BodyBytes;
import dev.orderkit.core.spi.JsonTree;
import dev.orderkit.core.spi.ResponseParser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The read buffer is parsed once and consumed; the kept bytes serve everything else. */
class HttpResponseForTest {
  private static final ResponseParser<Object> TREE = ResponseParser.of(JsonTree.adapter());

  private static HttpResponseFor<Object> response(String json, Buffer unread) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ResponseMeta meta = new BufferedResponseMeta(200, Headers.of("X-Request-Id", "r-1"), "r-1", 1, bytes);
    return new BufferedHttpResponse<>(meta, bytes, unread, TREE);
  }

  @Test
  void bodyBytesCopiesWithoutConsuming() {
    Buffer buffer = new Buffer().writeUtf8("{\"a\":1}");
    byte[] copy = BodyBytes.copyOf(buffer);

    assertThat(new String(copy, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(buffer.readUtf8()).isEqualTo("{\"a\":1}");
  }

  @Test
  void theFirstParseConsumesTheReadBufferAndTheBodyStaysReadable() {
    Buffer unread = new Buffer().writeUtf8("{\"code\":\"A-1\"}");
    HttpResponseFor<Object> response = response("{\"code\":\"A-1\"}", unread);

    assertThat(response.parse()).isEqualTo(Map.of("code", "A-1"));
    assertThat(unread.size()).as("consumed, its segments recycled").isZero();
    assertThat(response.parse()).isSameAs(response.parse());
    assertThat(response.bodyText()).isEqualTo("{\"code\":\"A-1\"}");
  }

  @Test
  void aMappedResponseParsesTheReadBufferAndTheOriginalItsCopy() {
    Buffer unread = new Buffer().writeUtf8("{\"code\":\"A-1\"}");
    HttpResponseFor<Object> response = response("{\"code\":\"A-1\"}", unread);
    HttpResponseFor<String> mapped = response.map(tree -> ((Map<?, ?>) tree).get("code") + "!");

    assertThat(mapped.parse()).isEqualTo("A-1!");
    assertThat(unread.size()).isZero();
    assertThat(response.parse()).isEqualTo(Map.of("code", "A-1"));
  }

  @Test
  void aFailedParseReportsTheWholeRawBody() {
    Buffer unread = new Buffer().writeUtf8("{\"code\": oops}");
    HttpResponseFor<Object> response = response("{\"code\": oops}", unread);

    assertThatThrownBy(response::parse)
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.rawBody()).contains("{\"code\": oops}");
          assertThat(e.requestId()).contains("r-1");
        });
    assertThat(response.bodyText()).isEqualTo("{\"code\": oops}");
  }
}
