package dev.orderkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.orderkit.core.spi.sample.OrderStatus;
import dev.orderkit.core.spi.sample.Samples;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
  /** The sample open enum is bound by the adapter generated for the samples. */
  private final Moshi moshi = Samples.moshi();
  private final JsonAdapter<OrderStatus> adapter = moshi.adapter(OrderStatus.class);

  /** A second subclass, package-private, sharing a value with {@link OrderStatus}. */
  static final class Flag extends OpenEnum {
    static final Flag PENDING = new Flag("pending");
    private static final Lookup<Flag, Known> LOOKUP =
        OpenEnum.lookup(Flag::new, Known.class).add(PENDING, Known.PENDING).build();

    private Flag(String value) {
      super(value);
    }

    public static Flag of(String value) {
      return LOOKUP.of(value);
    }

    Optional<Known> known() {
      return LOOKUP.known(this);
    }

    enum Known {
      PENDING
    }
  }

  @Test
  void knownValueReturnsTheConstant() {
    assertThat(OrderStatus.of("pending")).isSameAs(OrderStatus.PENDING);
    assertThat(OrderStatus.PENDING.known()).contains(OrderStatus.Known.PENDING);
    assertThat(OrderStatus.PENDING.value()).isEqualTo("pending");
    assertThat(OrderStatus.PENDING).hasToString("pending");
  }

  @Test
  void unknownValueKeepsTheRawStringAndHasNoKnownMember() {
    OrderStatus refunded = OrderStatus.of("refunded");
    assertThat(refunded.value()).isEqualTo("refunded");
    assertThat(refunded.known()).isEmpty();
    assertThat(refunded).isEqualTo(OrderStatus.of("refunded")).isNotSameAs(OrderStatus.of("refunded"));
    assertThat(refunded.hashCode()).isEqualTo(OrderStatus.of("refunded").hashCode());
  }

  @Test
  void aliasMapsToKnownMemberButKeepsItsSpelling() {
    OrderStatus display = OrderStatus.of("To Process");
    assertThat(display.known()).contains(OrderStatus.Known.TO_PROCESS);
    assertThat(display.value()).isEqualTo("To Process");
    assertThat(display).isNotEqualTo(OrderStatus.TO_PROCESS);
  }

  @Test
  void equalityNeedsTheSameClass() {
    assertThat((Object) Flag.PENDING).isNotEqualTo(OrderStatus.PENDING);
    assertThat(Flag.of("pending").known()).contains(Flag.Known.PENDING);
  }

  @Test
  void moshiDecodesKnownAndUnknownValues() throws Exception {
    JsonAdapter<List<OrderStatus>> list =
        moshi.adapter(Types.newParameterizedType(List.class, OrderStatus.class));
    List<OrderStatus> statuses = list.fromJson("[\"shipped\", \"lost_in_space\", null, 207]");
    assertThat(statuses.get(0)).isSameAs(OrderStatus.SHIPPED);
    assertThat(statuses.get(1).value()).isEqualTo("lost_in_space");
    assertThat(statuses.get(1).known()).isEmpty();
    assertThat(statuses.get(2)).isNull();
    assertThat(statuses.get(3).value()).isEqualTo("207");
    assertThat(list.toJson(Arrays.asList(statuses.get(0), statuses.get(1))))
        .isEqualTo("[\"shipped\",\"lost_in_space\"]");
  }

  @Test
  void objectWhereOpenEnumExpectedFailsNamingThePath() {
    JsonAdapter<List<OrderStatus>> list =
        moshi.adapter(Types.newParameterizedType(List.class, OrderStatus.class));
    assertThatThrownBy(() -> list.fromJson("[\"pending\", {\"code\": \"x\"}]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("BEGIN_OBJECT")
        .hasMessageContaining("$[1]");
  }

  @Test
  void duplicateValuesInLookupAreRefused() {
    assertThatThrownBy(
            () -> OpenEnum.lookup(Flag::new, Flag.Known.class)
                .add(Flag.PENDING, Flag.Known.PENDING)
                .alias("pending", Flag.Known.PENDING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pending");
  }
}
