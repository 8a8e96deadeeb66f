package dev.orderkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okio.Buffer;
import org.junit.jupiter.api.Test;

class TrailingCommasTest {

  private static String repair(String json) {
    Buffer out = TrailingCommas.remove(new Buffer().writeUtf8(json));
    return out == null ? null : out.readUtf8();
  }

  @Test
  void removesCommasBeforeClosingBracesAndBrackets() {
    assertThat(repair("{\"a\": 1,\n}")).isEqualTo("{\"a\": 1\n}");
    assertThat(repair("{\"a\": [1, 2,], \"b\": {\"c\": \"d\",},}")).isEqualTo(
        "{\"a\": [1, 2], \"b\": {\"c\": \"d\"}}");
  }

  @Test
  void leavesStringsAndValidJsonAlone() {
    assertThat(repair("{\"a\": \",}\", \"b\": \"x\\\",]\"}")).isNull();
    assertThat(repair("{\"a\": [1, 2], \"b\": 3}")).isNull();
  }
}
