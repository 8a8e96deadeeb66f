package dev.orderkit.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fake partner API's own copy of the documented order status flow (the "Order Status Flow"
 * and "Order Status Values" sections of the partner docs), independent of the SDK:
 *
 * <pre>
 * pending → to_process → process → packed → shipped → completed
 *    ↓          ↓           ↓         ↓         ↓
 * cancelled  cancelled   cancelled cancelled returned
 * </pre>
 *
 * <p>Each action's allowed statuses: set-process: to_process → process; set-packed: process →
 * packed; set-process-packed: to_process or process → packed; ship: packed → shipped; completed:
 * shipped → completed; return: shipped → returned; cancel and approve-cancel: pending,
 * to_process, process or packed → cancelled; reject-cancel: the same statuses, unchanged. {@code
 * pending → to_process} is the payment confirmation (no partner call does it).
 */
final class PartnerFlow {
  private PartnerFlow() {}

  /** The documented status values, with the display strings orders carry. */
  enum Status {
    PENDING("pending", "Pending", "UNPAID"),
    TO_PROCESS("to_process", "To Process", "PROCESSED"),
    PROCESS("process", "In Process", "PROCESSED"),
    PACKED("packed", "Packed", "READY_TO_SHIP"),
    SHIPPED("shipped", "Shipped", "SHIPPED"),
    COMPLETED("completed", "Completed", "COMPLETED"),
    CANCELLED("cancelled", "Cancelled", "CANCELLED"),
    RETURNED("returned", "Returned", "RETURNED");

    /** The code of the docs' status table, such as {@code to_process}. */
    final String code;
    /** What orders show in {@code internal_status}, such as {@code "To Process"}. */
    final String display;
    /** The sales channel's status ({@code external_status}), such as {@code "PROCESSED"}. */
    final String channel;

    Status(String code, String display, String channel) {
      this.code = code;
      this.display = display;
      this.channel = channel;
    }

    /** The status with this code or display string (any case), or null. */
    static @Nullable Status of(String text) {
      String key = text.trim().toLowerCase(Locale.ROOT);
      for (Status s : values()) {
        if (s.code.equals(key) || s.display.toLowerCase(Locale.ROOT).equals(key)) {
          return s;
        }
      }
      return null;
    }
  }

  /** The fulfillment actions that move an order along the flow. */
  enum Action {
    PROCESS("process"),
    PACK("pack"),
    PROCESS_AND_PACK("process and pack"),
    SHIP("ship"),
    COMPLETE("complete"),
    RETURN("return"),
    CANCEL("cancel"),
    APPROVE_CANCEL("approve the cancellation of"),
    REJECT_CANCEL("reject the cancellation of");

    /** How refusals name the action: "Cannot ship order ...". */
    final String verb;

    Action(String verb) {
      this.verb = verb;
    }
  }

  private static final Map<Action, Map<Status, Status>> FLOW = new EnumMap<>(Action.class);

  static {
    for (Action action : Action.values()) {
      FLOW.put(action, new EnumMap<Status, Status>(Status.class));
    }
    allow(Action.PROCESS, Status.TO_PROCESS, Status.PROCESS);
    allow(Action.PACK, Status.PROCESS, Status.PACKED);
    allow(Action.PROCESS_AND_PACK, Status.TO_PROCESS, Status.PACKED);
    allow(Action.PROCESS_AND_PACK, Status.PROCESS, Status.PACKED);
    allow(Action.SHIP, Status.PACKED, Status.SHIPPED);
    allow(Action.COMPLETE, Status.SHIPPED, Status.COMPLETED);
    allow(Action.RETURN, Status.SHIPPED, Status.RETURNED);
    for (Status from : new Status[] {Status.PENDING, Status.TO_PROCESS, Status.PROCESS,
        Status.PACKED}) {
      allow(Action.CANCEL, from, Status.CANCELLED);
      allow(Action.APPROVE_CANCEL, from, Status.CANCELLED);
      allow(Action.REJECT_CANCEL, from, from);
    }
  }

  private static void allow(Action action, Status from, Status to) {
    FLOW.get(action).put(from, to);
  }

  /** The status {@code action} leads to from {@code from}, or null if the flow forbids it. */
  static @Nullable Status next(Status from, Action action) {
    return FLOW.get(action).get(from);
  }

  /** The display strings of the statuses {@code action} is allowed from, in flow order. */
  static List<String> allowedFrom(Action action) {
    List<String> from = new ArrayList<>();
    for (Status s : FLOW.get(action).keySet()) {
      from.add(s.display);
    }
    return Collections.unmodifiableList(from);
  }
}
