package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import dev.orderkit.core.spi.ValueJsonAdapter.Shape;
import org.junit.jupiter.api.Test;

/** How drifted shapes are recognised, and how a failed optional value is found again. */
class ShapesTest {
  @Test
  void theMemberPathIsTheOneSegmentWithThatName() {
    assertThat(Shapes.memberPath("$.data.data[0].price.amount", "price"))
        .isEqualTo("$.data.data[0].price");
    assertThat(Shapes.memberPath("$.data.data[0].x", "data")).isNull(); // twice: ambiguous
    assertThat(Shapes.memberPath("$.meta.meta.x", "meta")).isNull();
    assertThat(Shapes.memberPath("$.customer", "customer")).isEqualTo("$.customer");
    assertThat(Shapes.memberPath("$.customer.", "customer")).isEqualTo("$.customer");
    assertThat(Shapes.memberPath("$.customers.x", "customer")).isNull();
    assertThat(Shapes.memberPath("$.a.b", "c")).isNull();
  }

  @Test
  void driftIsTheWrongContainerOrABlankForAnObjectOrList() {
    assertThat(Shapes.isDrift(Shape.OBJECT, JsonReader.Token.BEGIN_ARRAY)).isTrue();
    assertThat(Shapes.isDrift(Shape.OBJECT, JsonReader.Token.STRING)).isTrue();
    assertThat(Shapes.isDrift(Shape.LIST, JsonReader.Token.BEGIN_OBJECT)).isTrue();
    assertThat(Shapes.isDrift(Shape.LIST, JsonReader.Token.STRING)).isTrue();
    assertThat(Shapes.isDrift(Shape.SCALAR, JsonReader.Token.BEGIN_ARRAY)).isFalse();
    assertThat(Shapes.isDrift(Shape.OBJECT, JsonReader.Token.BEGIN_OBJECT)).isFalse();
  }

  @Test
  void aTypeVariableBoundToAValueTypeReadsAsAnObject() throws Exception {
    // Envelope<T>.data() has no shape at build time; bound to Order it is an object, so PHP's
    // [] is an absent order rather than a failure.
    com.squareup.moshi.JsonAdapter<dev.orderkit.core.spi.sample.Envelope<
        dev.orderkit.core.spi.sample.Order>> adapter = dev.orderkit.core.spi.sample.Samples.moshi()
        .adapter(com.squareup.moshi.Types.newParameterizedType(
            dev.orderkit.core.spi.sample.Envelope.class, dev.orderkit.core.spi.sample.Order.class));

    assertThat(adapter.fromJson("{\"status\": 200, \"message\": \"OK\", \"data\": []}").data())
        .isEmpty();
  }
}
