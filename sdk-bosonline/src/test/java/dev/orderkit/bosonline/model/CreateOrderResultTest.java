package dev.orderkit.bosonline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result's {@code data}: the docs' example decoded field by field, money exact. */
class CreateOrderResultTest {

  @Test
  void theDocsExampleDataDecodesWithEveryField() {
    CreateOrderResult r =
        Fixtures.data(Fixtures.text("create-order.response.json"), CreateOrderResult.class);

    assertThat(r.csPhone()).contains("6289765183712");
    assertThat(r.payment()).hasSize(1);
    BankAccount bank = r.payment().get(0);
    assertThat(bank.bankAtasnama()).contains("Mohammad Alfian R aja");
    assertThat(bank.bankCode()).contains("BCA");
    assertThat(bank.bankName()).contains("BANK CENTRAL ASIA");
    assertThat(bank.bankRekening()).contains("345193134434");
    assertThat(bank.fileName()).as("the folder, as the docs put it").contains("uploads/bank/");
    assertThat(bank.filePath()).as("the file, as the docs put it").contains("bca.jpg");
    assertThat(bank.additionalProperties()).isEmpty();
    assertThat(r.productName()).contains("Kopi Arabica");
    assertThat(r.socialMedia()).extracting(s -> s.name().get(), s -> s.url().get())
        .containsExactly(tuple("facebook", "https://facebook.com"),
            tuple("instagram", "https://instagram.com"));
    assertThat(r.totalPayment()).isEqualTo(new BigDecimal("102200"));
    assertThat(r.additionalProperties()).isEmpty();
    assertThat(r.message()).as("the top-level message is set by the service, not data").isEmpty();
  }

  @Test
  void moneyStaysExactWhetherANumberOrAStringAndUnknownFieldsAreKept() {
    CreateOrderResult fromNumber = Fixtures.decode(
        "{\"total_payment\": 102200.50, \"invoice\": \"INV-9\", \"payment\": null}",
        CreateOrderResult.class);
    CreateOrderResult fromString = Fixtures.decode(
        "{\"total_payment\": \"99999999999999999.99\"}", CreateOrderResult.class);

    assertThat(fromNumber.totalPayment()).isEqualTo(new BigDecimal("102200.50"));
    assertThat(fromNumber.additionalProperties()).isEqualTo(Map.of("invoice", "INV-9"));
    assertThat(fromNumber.payment()).as("null payment list is empty").isEmpty();
    assertThat(fromNumber.socialMedia()).isEmpty();
    assertThat(fromNumber.csPhone()).isEmpty();
    assertThat(fromString.totalPayment()).isEqualTo(new BigDecimal("99999999999999999.99"));
  }
}
