package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.sample.Customer;
import dev.orderkit.core.spi.sample.SamplesAdapters;
import org.junit.jupiter.api.Test;

/** Rewriting one value type's JSON object on the way in and out, around its normal adapter. */
class JsonRewriteTest {
  private static JsonAdapter<Customer> adapter(JsonRewrite rewrite) {
    Moshi moshi = OrderKitJson.moshiBuilder().add(rewrite).add(SamplesAdapters.FACTORY).build();
    return moshi.adapter(Customer.class);
  }

  @Test
  void aRewriteKeepsThePropertiesInDeclarationOrder() {
    JsonAdapter<Customer> adapter = adapter(JsonRewrite.stringBoolean(Customer.class, "vip"));

    String json = adapter.toJson(Customer.builder().name("Ani").addPhone("0812").build());

    assertThat(json).isEqualTo("{\"name\":\"Ani\",\"phones\":[\"0812\"],\"email\":null}");
  }

  @Test
  void aCustomRewriteRenamesAPropertyBothWays() throws Exception {
    JsonAdapter<Customer> adapter = adapter(JsonRewrite.of(Customer.class,
        object -> {
          object.put("name", String.valueOf(object.remove("full_name")));
          return object;
        },
        object -> {
          object.put("full_name", object.remove("name"));
          return object;
        }));

    Customer read = adapter.fromJson("{\"full_name\":\"Budi\",\"phones\":[]}");

    assertThat(read.name()).isEqualTo("Budi");
    assertThat(adapter.toJson(read))
        .isEqualTo("{\"phones\":[],\"email\":null,\"full_name\":\"Budi\"}");
  }

  @Test
  void aRefusedValueIsAJsonDataExceptionWithThePath() {
    JsonAdapter<Customer> adapter = adapter(JsonRewrite.stringBoolean(Customer.class, "vip"));

    Throwable thrown = catchThrowable(() -> adapter.fromJson("{\"name\":\"A\",\"vip\":\"maybe\"}"));

    assertThat(thrown).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("\"true\" or \"false\" for vip").hasMessageContaining("at path $");
  }
}
