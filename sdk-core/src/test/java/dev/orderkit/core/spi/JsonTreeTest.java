package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
  private final Moshi moshi = OrderKitJson.moshiBuilder().build();

  private static Object read(String json) throws IOException {
    return JsonTree.read(JsonReader.of(new Buffer().writeUtf8(json)));
  }

  private static String write(Object tree) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      JsonTree.write(writer, tree);
    }
    return buffer.readUtf8();
  }

  private static String nested(int depth) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      json.append('[');
    }
    for (int i = 0; i < depth; i++) {
      json.append(']');
    }
    return json.toString();
  }

  @Test
  void readsPlainJavaTypesWithExactNumbers() throws Exception {
    Object tree = read("{\"a\": 1, \"b\": 0.1, \"c\": [1.50, \"x\", true, null], \"d\": {}}");
    assertThat(tree).isInstanceOf(LinkedHashMap.class);
    Map<?, ?> map = (Map<?, ?>) tree;
    assertThat(new ArrayList<Object>(map.keySet())).containsExactly("a", "b", "c", "d");
    assertThat(map.get("a")).isEqualTo(new BigDecimal("1"));
    assertThat(map.get("b")).isEqualTo(new BigDecimal("0.1"));
    assertThat(map.get("c")).isInstanceOf(ArrayList.class)
        .isEqualTo(Arrays.asList(new BigDecimal("1.50"), "x", true, null));
    assertThat(map.get("d")).isEqualTo(new LinkedHashMap<>());
  }

  @Test
  void writesTreesBackExactly() throws Exception {
    String json = "{\"big\":12345678901234567890.000001,\"list\":[0.10,\"s\",false,null],\"o\":{}}";
    assertThat(write(read(json))).isEqualTo(json);
  }

  @Test
  void writesJavaNumbersAndEnums() throws Exception {
    List<Object> values = Arrays.asList(7, 7L, 1.5d, new BigDecimal("1E+2"),
        new java.math.BigInteger("123456789012345678901234567890"), Thread.State.NEW);
    assertThat(write(values)).isEqualTo("[7,7,1.5,100,123456789012345678901234567890,\"NEW\"]");
  }

  @Test
  void objectAdapterUsesTheTree() throws Exception {
    JsonAdapter<Object> adapter = moshi.adapter(Object.class);
    assertThat(adapter.fromJson("1.10")).isEqualTo(new BigDecimal("1.10"));
    JsonAdapter<Map<String, Object>> mapAdapter =
        moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    assertThat(mapAdapter.fromJson("{\"weight\": 0.001}"))
        .containsEntry("weight", new BigDecimal("0.001"));
  }

  @Test
  void objectAdapterWritesOtherTypesWithMoshi() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("date", LocalDate.of(2025, 1, 31));
    assertThat(moshi.adapter(Object.class).toJson(map)).isEqualTo("{\"date\":\"2025-01-31\"}");
  }

  @Test
  void staticWriteRefusesTypesOutsideTheTree() {
    assertThatThrownBy(() -> write(LocalDate.of(2025, 1, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.time.LocalDate");
  }

  @Test
  void nestingUpToTheLimitIsAccepted() throws Exception {
    Object tree = read(nested(JsonTree.MAX_DEPTH));
    for (int i = 1; i < JsonTree.MAX_DEPTH; i++) {
      tree = ((List<?>) tree).get(0);
    }
    assertThat(tree).isEqualTo(new ArrayList<>());
  }

  @Test
  void nestingBeyondTheLimitIsRejected() {
    assertThatThrownBy(() -> read(nested(JsonTree.MAX_DEPTH + 1)))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Nesting deeper than " + JsonTree.MAX_DEPTH);
  }

  @Test
  void deepNestingAttackEndsAsJsonDataExceptionNotStackOverflow() {
    assertThatThrownBy(() -> moshi.adapter(Object.class).fromJson(nested(100_000)))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Nesting");
  }

  @Test
  void cyclicTreeIsRefusedOnWrite() {
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);
    assertThatThrownBy(() -> write(cycle))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Nesting");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> read("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Duplicate key 'a'")
        .hasMessageContaining("$.a");
  }
}
