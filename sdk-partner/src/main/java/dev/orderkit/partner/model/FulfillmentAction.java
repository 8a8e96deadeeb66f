package dev.orderkit.partner.model;

/** A call that moves an order along the status flow; {@link StatusFlow} says where each leads. */
public enum FulfillmentAction {
  /** Set process ({@code fulfillment/set-process}): {@code to_process → process}. */
  PROCESS,
  /** Set packed ({@code fulfillment/set-packed}): {@code process → packed}. */
  PACK,
  /**
   * Async process-packed ({@code fulfillment/set-process-packed}): {@code to_process} or
   * {@code process → packed}.
   */
  PROCESS_AND_PACK,
  /** Ship ({@code fulfillment/ship}): {@code packed → shipped}. */
  SHIP,
  /** Completed ({@code fulfillment/completed}): {@code shipped → completed}. */
  COMPLETE,
  /** Cancel ({@code fulfillment/cancel}): a cancellable status {@code → cancelled}. */
  CANCEL,
  /** Approve a cancellation request ({@code fulfillment/approve-cancel}): {@code → cancelled}. */
  APPROVE_CANCEL,
  /** Reject a cancellation request ({@code fulfillment/reject-cancel}): the status stays. */
  REJECT_CANCEL,
  /** Return ({@code fulfillment/return}): {@code shipped → returned}. */
  RETURN
}
