package dev.orderkit.partner.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The documented order status flow as data: which {@link FulfillmentAction}s each status allows
 * and the status each leads to.
 *
 * <pre>
 * pending → to_process → process → packed → shipped → completed
 *    ↓          ↓           ↓         ↓         ↓
 * cancelled  cancelled   cancelled cancelled returned
 * </pre>
 *
 * <p>{@code PROCESS}: to_process → process; {@code PACK}: process → packed; {@code
 * PROCESS_AND_PACK}: to_process or process → packed; {@code SHIP}: packed → shipped; {@code
 * COMPLETE}: shipped → completed; {@code RETURN}: shipped → returned; {@code CANCEL} and {@code
 * APPROVE_CANCEL}: pending, to_process, process or packed → cancelled; {@code REJECT_CANCEL}: the
 * same statuses, unchanged. Statuses are matched by {@link OrderStatus#known()}, so display
 * strings such as {@code "In Process"} work; unknown statuses, {@code completed}, {@code
 * cancelled}, {@code returned} and the {@code All} filter allow nothing. {@code pending →
 * to_process} happens when payment is confirmed: no partner call does it. Decide from an order's
 * {@code internal_status}: {@code external_status} is the sales channel's own status (an order
 * can be internally "To Process" while its channel says "PROCESSED").
 */
public final class StatusFlow {
  /** From status, action, resulting status: the whole flow. */
  private static final Map<OrderStatus.Known, Map<FulfillmentAction, OrderStatus>> FLOW =
      new EnumMap<>(OrderStatus.Known.class);

  static {
    for (OrderStatus.Known status : OrderStatus.Known.values()) {
      FLOW.put(status, new EnumMap<FulfillmentAction, OrderStatus>(FulfillmentAction.class));
    }
    allow(OrderStatus.Known.TO_PROCESS, FulfillmentAction.PROCESS, OrderStatus.PROCESS);
    allow(OrderStatus.Known.TO_PROCESS, FulfillmentAction.PROCESS_AND_PACK, OrderStatus.PACKED);
    allow(OrderStatus.Known.PROCESS, FulfillmentAction.PACK, OrderStatus.PACKED);
    allow(OrderStatus.Known.PROCESS, FulfillmentAction.PROCESS_AND_PACK, OrderStatus.PACKED);
    allow(OrderStatus.Known.PACKED, FulfillmentAction.SHIP, OrderStatus.SHIPPED);
    allow(OrderStatus.Known.SHIPPED, FulfillmentAction.COMPLETE, OrderStatus.COMPLETED);
    allow(OrderStatus.Known.SHIPPED, FulfillmentAction.RETURN, OrderStatus.RETURNED);
    cancellable(OrderStatus.Known.PENDING, OrderStatus.PENDING);
    cancellable(OrderStatus.Known.TO_PROCESS, OrderStatus.TO_PROCESS);
    cancellable(OrderStatus.Known.PROCESS, OrderStatus.PROCESS);
    cancellable(OrderStatus.Known.PACKED, OrderStatus.PACKED);
  }

  private StatusFlow() {}

  private static void allow(OrderStatus.Known from, FulfillmentAction action, OrderStatus to) {
    FLOW.get(from).put(action, to);
  }

  private static void cancellable(OrderStatus.Known from, OrderStatus self) {
    allow(from, FulfillmentAction.CANCEL, OrderStatus.CANCELLED);
    allow(from, FulfillmentAction.APPROVE_CANCEL, OrderStatus.CANCELLED);
    allow(from, FulfillmentAction.REJECT_CANCEL, self);
  }

  /** Returns the actions allowed from {@code from}, empty for unknown or final statuses. */
  public static Set<FulfillmentAction> allowedActions(OrderStatus from) {
    Map<FulfillmentAction, OrderStatus> actions = actionsFrom(from);
    return actions.isEmpty()
        ? Collections.<FulfillmentAction>emptySet()
        : Collections.unmodifiableSet(EnumSet.copyOf(actions.keySet()));
  }

  /** Returns true if {@code action} is allowed from {@code from}. */
  public static boolean isAllowed(OrderStatus from, FulfillmentAction action) {
    Objects.requireNonNull(action, "action");
    return actionsFrom(from).containsKey(action);
  }

  /**
   * Returns the status after {@code action} from {@code from}, or empty if the action is not
   * allowed: a code constant such as {@link OrderStatus#PACKED}, or {@code from} itself when the
   * action leaves the status unchanged ({@code REJECT_CANCEL}).
   */
  public static Optional<OrderStatus> next(OrderStatus from, FulfillmentAction action) {
    Objects.requireNonNull(action, "action");
    OrderStatus to = actionsFrom(from).get(action);
    if (to == null) {
      return Optional.empty();
    }
    return Optional.of(to.known().equals(from.known()) ? from : to);
  }

  private static Map<FulfillmentAction, OrderStatus> actionsFrom(OrderStatus from) {
    Objects.requireNonNull(from, "from");
    Optional<OrderStatus.Known> known = from.known();
    return known.isPresent()
        ? FLOW.get(known.get())
        : Collections.<FulfillmentAction, OrderStatus>emptyMap();
  }
}
