package dev.orderkit.partner.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.partner.internal.PartnerJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenEnumsTest {
  @ParameterizedTest
  @CsvSource({
    // codes of the flow table
    "pending, PENDING", "to_process, TO_PROCESS", "process, PROCESS", "packed, PACKED",
    "shipped, SHIPPED", "completed, COMPLETED", "cancelled, CANCELLED", "returned, RETURNED",
    "All, ALL",
    // display strings orders carry
    "Pending, PENDING", "To Process, TO_PROCESS", "In Process, PROCESS", "Process, PROCESS",
    "Processed, PROCESS", "PROCESSED, PROCESS", "Packed, PACKED", "Shipped, SHIPPED",
    "Completed, COMPLETED", "Cancelled, CANCELLED", "Canceled, CANCELLED", "Returned, RETURNED",
    // any case, stray spaces, hyphens
    "IN PROCESS, PROCESS", "in process, PROCESS", "' To  Process ', TO_PROCESS",
    "TO_PROCESS, TO_PROCESS", "to-process, TO_PROCESS", "CANCELED, CANCELLED", "all, ALL",
  })
  void orderStatusKnowsCodesAndDisplayStrings(String raw, OrderStatus.Known known) {
    OrderStatus status = OrderStatus.of(raw);
    assertThat(status.value()).isEqualTo(raw);
    assertThat(status.toString()).isEqualTo(raw);
    assertThat(status.known()).contains(known);
  }

  @Test
  void orderStatusConstants() {
    assertThat(OrderStatus.of("pending")).isSameAs(OrderStatus.PENDING);
    assertThat(OrderStatus.of("to_process")).isSameAs(OrderStatus.TO_PROCESS);
    assertThat(OrderStatus.of("process")).isSameAs(OrderStatus.PROCESS);
    assertThat(OrderStatus.of("packed")).isSameAs(OrderStatus.PACKED);
    assertThat(OrderStatus.of("shipped")).isSameAs(OrderStatus.SHIPPED);
    assertThat(OrderStatus.of("completed")).isSameAs(OrderStatus.COMPLETED);
    assertThat(OrderStatus.of("cancelled")).isSameAs(OrderStatus.CANCELLED);
    assertThat(OrderStatus.of("returned")).isSameAs(OrderStatus.RETURNED);
    assertThat(OrderStatus.of("All")).isSameAs(OrderStatus.ALL);
    // A display string keeps its spelling, so it is a different value with the same meaning.
    assertThat(OrderStatus.of("In Process")).isNotEqualTo(OrderStatus.PROCESS);
    assertThat(OrderStatus.of("In Process").known()).isEqualTo(OrderStatus.PROCESS.known());
  }

  @Test
  void isComparesMeaningNotSpelling() {
    assertThat(OrderStatus.of("In Process").is(OrderStatus.PROCESS)).isTrue();
    assertThat(OrderStatus.PROCESS.is(OrderStatus.of("PROCESSED"))).isTrue();
    assertThat(OrderStatus.of("In Process").is(OrderStatus.PACKED)).isFalse();
    // Values the SDK does not know mean the same only when spelt the same.
    assertThat(OrderStatus.of("Awaiting Pickup").is(OrderStatus.of("Awaiting Pickup"))).isTrue();
    assertThat(OrderStatus.of("Awaiting Pickup").is(OrderStatus.of("awaiting pickup"))).isFalse();
    assertThat(OrderStatus.of("Awaiting Pickup").is(OrderStatus.PENDING)).isFalse();
    assertThat(OrderStatus.PENDING.is(OrderStatus.of("Awaiting Pickup"))).isFalse();
    assertThat(PaymentMethod.of("NON COD").is(PaymentMethod.NON_COD)).isTrue();
    assertThat(CancelReason.CUSTOMER_REQUEST.is(CancelReason.CUSTOMER_REQUEST)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"Awaiting Pickup", "on_hold", "''", "processing"})
  void unknownOrderStatusDecodesAndKeepsItsValue(String raw) throws Exception {
    OrderStatus status = PartnerJson.MOSHI.adapter(OrderStatus.class).fromJson("\"" + raw + "\"");
    assertThat(status.value()).isEqualTo(raw);
    assertThat(status.known()).isEmpty();
    assertThat(PartnerJson.MOSHI.adapter(OrderStatus.class).toJson(status))
        .isEqualTo("\"" + raw + "\"");
  }

  @ParameterizedTest
  @CsvSource({
    "bank_transfer, BANK_TRANSFER", "cod, COD", "credit_card, CREDIT_CARD",
    "e_wallet, E_WALLET", "virtual_account, VIRTUAL_ACCOUNT", "qris, QRIS",
    "COD, COD", "Cod, COD", "NON COD, NON_COD", "non cod, NON_COD", "NON_COD, NON_COD",
    "QRIS, QRIS", "E-Wallet, E_WALLET",
  })
  void paymentMethods(String raw, PaymentMethod.Known known) throws Exception {
    PaymentMethod method =
        PartnerJson.MOSHI.adapter(PaymentMethod.class).fromJson("\"" + raw + "\"");
    assertThat(method.value()).isEqualTo(raw);
    assertThat(method.known()).contains(known);
    assertThat(PartnerJson.MOSHI.adapter(PaymentMethod.class).toJson(method))
        .isEqualTo("\"" + raw + "\"");
  }

  @Test
  void paymentMethodConstants() {
    assertThat(PaymentMethod.of("cod")).isSameAs(PaymentMethod.COD);
    assertThat(PaymentMethod.of("NON COD")).isSameAs(PaymentMethod.NON_COD);
    assertThat(PaymentMethod.NON_COD.value()).isEqualTo("NON COD");
    assertThat(PaymentMethod.of("COD").value()).isEqualTo("COD");
    assertThat(PaymentMethod.of("TRANSFER BANK").known()).isEmpty();
  }

  @Test
  void cancelReasons() {
    assertKnown(CancelReason.of("customer_request").known(), CancelReason.Known.CUSTOMER_REQUEST);
    assertKnown(CancelReason.of("out_of_stock").known(), CancelReason.Known.OUT_OF_STOCK);
    assertKnown(CancelReason.of("payment_failed").known(), CancelReason.Known.PAYMENT_FAILED);
    assertKnown(CancelReason.of("fraud_detected").known(), CancelReason.Known.FRAUD_DETECTED);
    assertKnown(CancelReason.of("duplicate_order").known(), CancelReason.Known.DUPLICATE_ORDER);
    assertKnown(CancelReason.of("other").known(), CancelReason.Known.OTHER);
    assertThat(CancelReason.of("customer_request")).isSameAs(CancelReason.CUSTOMER_REQUEST);
    assertThat(CancelReason.of("out_of_stock")).isSameAs(CancelReason.OUT_OF_STOCK);
    assertThat(CancelReason.of("payment_failed")).isSameAs(CancelReason.PAYMENT_FAILED);
    assertThat(CancelReason.of("fraud_detected")).isSameAs(CancelReason.FRAUD_DETECTED);
    assertThat(CancelReason.of("duplicate_order")).isSameAs(CancelReason.DUPLICATE_ORDER);
    assertThat(CancelReason.of("other")).isSameAs(CancelReason.OTHER);
    assertThat(CancelReason.of("changed_mind").known()).isEmpty();
    assertThat(CancelReason.of("changed_mind").value()).isEqualTo("changed_mind");
  }

  @Test
  void returnReasonsPickupOptionsDeliveryStatuses() {
    assertThat(ReturnReason.of("customer_request")).isSameAs(ReturnReason.CUSTOMER_REQUEST);
    assertKnown(ReturnReason.of("customer_request").known(), ReturnReason.Known.CUSTOMER_REQUEST);
    assertKnown(ReturnReason.of("other").known(), ReturnReason.Known.OTHER);
    assertThat(ReturnReason.of("damaged").known()).isEmpty();

    assertThat(PickupOption.of("LATE_PICKUP")).isSameAs(PickupOption.LATE_PICKUP);
    assertThat(PickupOption.of("MID_PICKUP")).isSameAs(PickupOption.MID_PICKUP);
    assertThat(PickupOption.of("EARLY_PICKUP")).isSameAs(PickupOption.EARLY_PICKUP);
    assertKnown(PickupOption.of("LATE_PICKUP").known(), PickupOption.Known.LATE_PICKUP);
    assertKnown(PickupOption.of("MID_PICKUP").known(), PickupOption.Known.MID_PICKUP);
    assertKnown(PickupOption.of("EARLY_PICKUP").known(), PickupOption.Known.EARLY_PICKUP);
    assertThat(PickupOption.of("NEXT_DAY_PICKUP").known()).isEmpty();

    assertThat(DeliveryStatus.of("in_transit")).isSameAs(DeliveryStatus.IN_TRANSIT);
    assertThat(DeliveryStatus.of("delivered")).isSameAs(DeliveryStatus.DELIVERED);
    assertKnown(DeliveryStatus.of("in_transit").known(), DeliveryStatus.Known.IN_TRANSIT);
    assertKnown(DeliveryStatus.of("delivered").known(), DeliveryStatus.Known.DELIVERED);
    assertThat(DeliveryStatus.of("returned_to_sender").known()).isEmpty();
  }

  @Test
  void sortDirectionIsWrittenLowerCase() {
    assertThat(PartnerJson.MOSHI.adapter(SortDirection.class).toJson(SortDirection.ASC))
        .isEqualTo("\"asc\"");
    assertThat(PartnerJson.MOSHI.adapter(SortDirection.class).toJson(SortDirection.DESC))
        .isEqualTo("\"desc\"");
  }

  private static <K> void assertKnown(Optional<K> actual, K expected) {
    assertThat(actual).contains(expected);
  }
}
