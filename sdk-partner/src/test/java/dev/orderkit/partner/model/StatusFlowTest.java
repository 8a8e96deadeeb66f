package dev.orderkit.partner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status (codes, display strings, unknown) against every action. */
class StatusFlowTest {
  /**
   * The documented flow, written out by hand: one row per status, one column per action in
   * {@link FulfillmentAction} order (PROCESS, PACK, PROCESS_AND_PACK, SHIP, COMPLETE, CANCEL,
   * APPROVE_CANCEL, REJECT_CANCEL, RETURN); "-" means not allowed, "=" means unchanged.
   */
  private static final String[][] TABLE = {
    //  from          PROCESS    PACK      P_AND_P   SHIP      COMPLETE     CANCEL       APPROVE      REJECT  RETURN
    {"pending",      "-",       "-",      "-",      "-",      "-",         "cancelled", "cancelled", "=",    "-"},
    {"to_process",   "process", "-",      "packed", "-",      "-",         "cancelled", "cancelled", "=",    "-"},
    {"process",      "-",       "packed", "packed", "-",      "-",         "cancelled", "cancelled", "=",    "-"},
    {"packed",       "-",       "-",      "-",      "shipped", "-",        "cancelled", "cancelled", "=",    "-"},
    {"shipped",      "-",       "-",      "-",      "-",      "completed", "-",         "-",         "-",    "returned"},
    {"completed",    "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
    {"cancelled",    "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
    {"returned",     "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
    {"All",          "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
    {"on_hold",      "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
    // display strings behave like their codes
    {"Pending",      "-",       "-",      "-",      "-",      "-",         "cancelled", "cancelled", "=",    "-"},
    {"To Process",   "process", "-",      "packed", "-",      "-",         "cancelled", "cancelled", "=",    "-"},
    {"In Process",   "-",       "packed", "packed", "-",      "-",         "cancelled", "cancelled", "=",    "-"},
    {"PROCESSED",    "-",       "packed", "packed", "-",      "-",         "cancelled", "cancelled", "=",    "-"},
    {"Packed",       "-",       "-",      "-",      "shipped", "-",        "cancelled", "cancelled", "=",    "-"},
    {"Shipped",      "-",       "-",      "-",      "-",      "completed", "-",         "-",         "-",    "returned"},
    {"Completed",    "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
    {"Canceled",     "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
    {"Returned",     "-",       "-",      "-",      "-",      "-",         "-",         "-",         "-",    "-"},
  };

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    FulfillmentAction[] actions = FulfillmentAction.values();
    for (String[] row : TABLE) {
      assertThat(row).hasSize(actions.length + 1);
      for (int i = 0; i < actions.length; i++) {
        cells.add(Arguments.of(row[0], actions[i], row[i + 1]));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @MethodSource("cells")
  void everyStatusAndAction(String from, FulfillmentAction action, String expected) {
    OrderStatus status = OrderStatus.of(from);
    Optional<OrderStatus> next = StatusFlow.next(status, action);
    switch (expected) {
      case "-":
        assertThat(StatusFlow.isAllowed(status, action)).isFalse();
        assertThat(StatusFlow.allowedActions(status)).doesNotContain(action);
        assertThat(next).isEmpty();
        break;
      case "=":
        assertThat(StatusFlow.isAllowed(status, action)).isTrue();
        assertThat(StatusFlow.allowedActions(status)).contains(action);
        assertThat(next).containsSame(status); // unchanged: the very same value, raw string kept
        break;
      default:
        assertThat(StatusFlow.isAllowed(status, action)).isTrue();
        assertThat(StatusFlow.allowedActions(status)).contains(action);
        assertThat(next).containsSame(OrderStatus.of(expected)); // a code constant
    }
  }

  @Test
  void allowedActionsAsSets() {
    Set<FulfillmentAction> cancelling = EnumSet.of(FulfillmentAction.CANCEL,
        FulfillmentAction.APPROVE_CANCEL, FulfillmentAction.REJECT_CANCEL);
    assertThat(StatusFlow.allowedActions(OrderStatus.PENDING)).isEqualTo(cancelling);
    Set<FulfillmentAction> toProcess = EnumSet.copyOf(cancelling);
    toProcess.addAll(Arrays.asList(FulfillmentAction.PROCESS, FulfillmentAction.PROCESS_AND_PACK));
    assertThat(StatusFlow.allowedActions(OrderStatus.TO_PROCESS)).isEqualTo(toProcess);
    assertThat(StatusFlow.allowedActions(OrderStatus.SHIPPED))
        .isEqualTo(EnumSet.of(FulfillmentAction.COMPLETE, FulfillmentAction.RETURN));
    assertThat(StatusFlow.allowedActions(OrderStatus.COMPLETED)).isEmpty();
    assertThat(StatusFlow.allowedActions(OrderStatus.of("mystery"))).isEmpty();
  }

  @Test
  void allowedActionsCannotBeChanged() {
    Set<FulfillmentAction> actions = StatusFlow.allowedActions(OrderStatus.PACKED);
    assertThatThrownBy(() -> actions.add(FulfillmentAction.RETURN))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> StatusFlow.allowedActions(OrderStatus.RETURNED)
        .add(FulfillmentAction.RETURN)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(StatusFlow.allowedActions(OrderStatus.PACKED)).doesNotContain(FulfillmentAction.RETURN);
  }

  @Test
  void happyPathFromToProcessToCompleted() {
    OrderStatus status = OrderStatus.of("To Process");
    for (FulfillmentAction action : Arrays.asList(FulfillmentAction.PROCESS,
        FulfillmentAction.PACK, FulfillmentAction.SHIP, FulfillmentAction.COMPLETE)) {
      status = StatusFlow.next(status, action).orElseThrow();
    }
    assertThat(status).isSameAs(OrderStatus.COMPLETED);
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> StatusFlow.allowedActions(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StatusFlow.isAllowed(OrderStatus.PENDING, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StatusFlow.next(null, FulfillmentAction.CANCEL))
        .isInstanceOf(NullPointerException.class);
  }
}
