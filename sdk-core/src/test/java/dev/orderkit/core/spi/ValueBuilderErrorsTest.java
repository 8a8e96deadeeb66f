package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.MissingAttributesException;
import dev.orderkit.core.errors.NullAttributeException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.spi.sample.Order;
import org.junit.jupiter.api.Test;

/** Builders of value types fail with typed OrderKit exceptions naming the attribute, never an NPE. */
class ValueBuilderErrorsTest {

  @Test
  void aMissingRequiredAttributeIsAnInvalidInputExceptionNamingIt() {
    Throwable thrown = catchThrowable(() -> Order.builder().id(5).build());

    assertThat(thrown).isInstanceOf(MissingAttributesException.class)
        .isInstanceOf(InvalidInputException.class).isInstanceOf(OrderKitException.class)
        .hasMessageContaining("code").hasMessageContaining("is required");
    assertThat(((MissingAttributesException) thrown).attributes()).contains("code", "status");
  }

  @Test
  void aNullForARequiredAttributeIsAnInvalidInputExceptionNamingIt() {
    Throwable thrown = catchThrowable(() -> Order.builder().code(null));

    assertThat(thrown).isInstanceOf(NullAttributeException.class)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("code: must not be null");
    assertThat(((InvalidInputException) thrown).field()).isEqualTo("code");
  }
}
