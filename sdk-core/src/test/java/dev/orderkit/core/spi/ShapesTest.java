package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  void shapesFollowTheReadType() {
    assertThat(Shapes.of(List.class)).isEqualTo(Shapes.Shape.LIST);
    assertThat(Shapes.of(Map.class)).isEqualTo(Shapes.Shape.OBJECT);
    assertThat(Shapes.of(dev.orderkit.core.spi.sample.Customer.class))
        .isEqualTo(Shapes.Shape.OBJECT); // a value type (its Def is @ValueStyle)
    assertThat(Shapes.of(String.class)).isEqualTo(Shapes.Shape.SCALAR);
    assertThat(Shapes.of(Optional.class)).isEqualTo(Shapes.Shape.SCALAR);
    assertThat(Shapes.isDrift(Shapes.Shape.OBJECT, JsonReader.Token.BEGIN_ARRAY)).isTrue();
    assertThat(Shapes.isDrift(Shapes.Shape.LIST, JsonReader.Token.BEGIN_OBJECT)).isTrue();
    assertThat(Shapes.isDrift(Shapes.Shape.SCALAR, JsonReader.Token.BEGIN_ARRAY)).isFalse();
  }
}
