package dev.orderkit.cekceir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.errors.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The create-order body as JSON, free-form and {@code cek_imei}, and what builders refuse. */
class RequestParamsTest {
  @Test
  void cekImeiWritesTheDocumentedDataShape() {
    CreateOrderParams designShape = CreateOrderParams.builder().code("cek_imei")
        .data(CekImei.of("356938035643809", "356938035643817")).build();
    CreateOrderParams convenience = CreateOrderParams.cekImei(
        CekImei.builder().addImei("356938035643809").addImei("356938035643817").build());

    String expected = "{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\"356938035643809\","
        + "\"356938035643817\"]}}";
    assertThat(Fixtures.json(designShape)).isEqualTo(expected);
    assertThat(convenience).isEqualTo(designShape);
    assertThat(CekImei.SERVICE_CODE).isEqualTo("cek_imei");
  }

  @Test
  void freeFormDataIsWrittenAsGivenInOrder() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("b", List.of(1, "two", true));
    nested.put("a", new BigDecimal("0.10"));
    CreateOrderParams params = CreateOrderParams.builder().code("other_service")
        .putData("msisdn", "081234567890").putData("options", nested).putData("count", 3)
        .build();

    assertThat(Fixtures.json(params)).isEqualTo("{\"code\":\"other_service\",\"data\":{"
        + "\"msisdn\":\"081234567890\",\"options\":{\"b\":[1,\"two\",true],\"a\":0.10},"
        + "\"count\":3}}");
  }

  @Test
  void theDocsRequestExampleSendsDataAsAStringButTheTableSaysObject() {
    Map<?, ?> example = Fixtures.decode(Fixtures.text(Fixtures.REQUEST), Map.class);

    assertThat(example.get("code")).isEqualTo("example");
    assertThat(example.get("data")).as("the docs' quirk").isEqualTo("example");
    CreateOrderParams params = CreateOrderParams.builder().code("example")
        .putData("value", "example").build();
    assertThat(Fixtures.json(params))
        .isEqualTo("{\"code\":\"example\",\"data\":{\"value\":\"example\"}}");
  }

  @Test
  void anEmptyOrBlankCodeIsRefusedNamingIt() {
    for (String code : Arrays.asList("", "  ")) {
      Throwable thrown = catchThrowable(() -> CreateOrderParams.builder().code(code)
          .data(CekImei.of("356938035643809")).build());

      assertThat(thrown).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) thrown).field()).isEqualTo("code");
    }
  }

  @Test
  void missingOrNullCodeIsRefusedNamingIt() {
    Throwable missing = catchThrowable(() -> CreateOrderParams.builder()
        .data(CekImei.of("356938035643809")).build());
    Throwable nul = catchThrowable(() -> CreateOrderParams.builder().code(null));

    assertThat(missing).isInstanceOf(InvalidInputException.class).hasMessageContaining("code");
    assertThat(nul).isInstanceOf(InvalidInputException.class).hasMessageContaining("code");
  }

  @Test
  void nullMissingOrEmptyDataIsRefusedNamingIt() {
    Throwable nullCekImei = catchThrowable(() -> CreateOrderParams.builder().code("cek_imei")
        .data((CekImei) null));
    Throwable missing = catchThrowable(() -> CreateOrderParams.builder().code("cek_imei").build());
    Throwable empty = catchThrowable(() -> CreateOrderParams.builder().code("cek_imei")
        .data(Map.of()).build());
    Throwable nullValue = catchThrowable(() -> CreateOrderParams.builder().code("x")
        .putData("imeis", null));

    for (Throwable t : List.of(nullCekImei, missing, empty, nullValue)) {
      assertThat(t).isInstanceOf(InvalidInputException.class).hasMessageContaining("data");
    }
    assertThat(((InvalidInputException) missing).field()).isEqualTo("data");
    // Immutables' generated map setter: a null map fails at once, before any request, untyped
    Throwable nullMap = catchThrowable(() -> CreateOrderParams.builder().code("cek_imei")
        .data((Map<String, Object>) null));
    assertThat(nullMap).isInstanceOf(NullPointerException.class);
    assertThat(((InvalidInputException) empty).field()).isEqualTo("data");
  }

  @Test
  void cekImeiNeedsAtLeastOneNonBlankImei() {
    Throwable none = catchThrowable(() -> CekImei.builder().build());
    Throwable blank = catchThrowable(() -> CekImei.of("356938035643809", " "));
    Throwable nullImei = catchThrowable(() -> CekImei.of(null));

    assertThat(none).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) none).field()).isEqualTo("data.imeis");
    assertThat(((InvalidInputException) blank).field()).isEqualTo("data.imeis[1]");
    assertThat(nullImei).isInstanceOf(InvalidInputException.class).hasMessageContaining("imei");
  }

  @Test
  void cekImeiDataIsAnUnmodifiableCopy() {
    Map<String, Object> data = CekImei.of("356938035643809").toData();

    assertThat(data).containsExactly(Map.entry("imeis", List.of("356938035643809")));
    assertThat(catchThrowable(() -> data.put("x", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
