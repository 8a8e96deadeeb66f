package dev.orderkit.cekceir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonDataException;
import dev.orderkit.core.errors.InvalidInputException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The docs' order-result example decoded field by field, and the open status enumeration. */
class ResponseModelsTest {
  /** Asserts every one of the 19 fields of the docs' success example. */
  static void assertDocsSuccessExample(OrderResult r) {
    assertThat(r.status()).isEqualTo(OrderResultStatus.SUCCESS);
    assertThat(r.status().known()).contains(OrderResultStatus.Known.SUCCESS);
    assertThat(r.referenceId()).contains("provider-reference-123");
    assertThat(r.message()).isEqualTo("Pesanan-mu telah berhasil kami proses.");
    assertThat(r.processed()).isEqualTo(1);
    assertThat(r.processedSuccess()).isEqualTo(1);
    assertThat(r.processedError()).isZero();
    assertThat(r.remainingBalance()).isEqualTo(new BigDecimal("98500"));
    assertThat(r.result()).contains(Map.of("status", "registered"));
    assertThat(r.errorMessage()).isEmpty();
    assertThat(r.orderId()).isEqualTo(321L);
    assertThat(r.transactionId()).isEqualTo(654L);
    assertThat(r.serviceCode()).isEqualTo("cek_imei");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.price()).isEqualTo(new BigDecimal("1500"));
    assertThat(r.totalPrice()).isEqualTo(new BigDecimal("1500"));
    assertThat(r.chargedAmount()).isEqualTo(new BigDecimal("1500"));
    assertThat(r.refundedAmount()).isEqualTo(new BigDecimal("0"));
    assertThat(r.balanceBefore()).isEqualTo(new BigDecimal("100000"));
    assertThat(r.createdAt()).isEqualTo(OffsetDateTime.of(2026, 4, 26, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(r.additionalProperties()).isEmpty();
    assertThat(r.isFailed()).isFalse();
  }

  @Test
  void resultStatusesCompareWithIs() {
    assertThat(OrderResultStatus.of("success").is(OrderResultStatus.SUCCESS)).isTrue();
    assertThat(OrderResultStatus.of("success").is(OrderResultStatus.FAILED)).isFalse();
    assertThat(OrderResultStatus.of("queued").is(OrderResultStatus.of("queued"))).isTrue();
    assertThat(OrderResultStatus.of("queued").is(OrderResultStatus.PENDING)).isFalse();
  }

  @Test
  void theDocsSuccessExampleDecodesEveryField() {
    OrderResult r = Fixtures.decode(Fixtures.text(Fixtures.SUCCESS), OrderResult.class);

    assertDocsSuccessExample(r);
    assertThat(r.httpStatus()).as("not received from the API").isZero();
    assertThat(r.requestId()).isEmpty();
  }

  @Test
  void aFailedOrderKeepsItsMoneyAndErrorMessage() {
    OrderResult r = Fixtures.decode(Fixtures.failed(), OrderResult.class);

    assertThat(r.status()).isEqualTo(OrderResultStatus.FAILED);
    assertThat(r.isFailed()).isTrue();
    assertThat(r.referenceId()).isEmpty();
    assertThat(r.result()).isEmpty();
    assertThat(r.errorMessage()).contains("Provider timeout");
    assertThat(r.chargedAmount()).isEqualTo(new BigDecimal("1500"));
    assertThat(r.refundedAmount()).isEqualTo(new BigDecimal("1500"));
    assertThat(r.processedError()).isEqualTo(1);
  }

  @Test
  void moneyStaysExactAndUnknownFieldsAreKept() {
    String json = Fixtures.withStatus("success")
        .replace("\"remaining_balance\": 98500", "\"remaining_balance\": 98500.10")
        .replace("\"price\": 1500", "\"price\": \"1500.005\"")
        .replace("{ \"status\"", "{ \"currency\": \"IDR\", \"status\"");

    OrderResult r = Fixtures.decode(json, OrderResult.class);

    assertThat(r.remainingBalance()).isEqualTo(new BigDecimal("98500.10"));
    assertThat(r.price()).isEqualTo(new BigDecimal("1500.005"));
    assertThat(r.additionalProperties()).containsExactly(Map.entry("currency", "IDR"));
  }

  @Test
  void statusIsAnOpenEnumeration() {
    OrderResult r = Fixtures.decode(Fixtures.withStatus("queued"), OrderResult.class);

    assertThat(r.status().value()).isEqualTo("queued");
    assertThat(r.status().known()).isEmpty();
    assertThat(OrderResultStatus.of("pending")).isSameAs(OrderResultStatus.PENDING);
    assertThat(OrderResultStatus.of("partial").known()).contains(OrderResultStatus.Known.PARTIAL);
    assertThat(OrderResultStatus.of("failed").known()).contains(OrderResultStatus.Known.FAILED);
    assertThat(OrderResultStatus.of("success").known()).contains(OrderResultStatus.Known.SUCCESS);
  }

  @Test
  void aMissingRequiredFieldIsRefusedNamingIt() {
    String json = Fixtures.text(Fixtures.SUCCESS).replace("\"order_id\": 321, ", "");

    Throwable thrown = catchThrowable(() -> Fixtures.decode(json, OrderResult.class));

    assertThat(thrown).isInstanceOfAny(InvalidInputException.class, JsonDataException.class)
        .hasMessageContaining("order_id");
  }
}
