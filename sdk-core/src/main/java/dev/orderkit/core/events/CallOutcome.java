package dev.orderkit.core.events;

/** How a call ended. */
public enum CallOutcome {
  /** The caller got the response (and, for a typed call, its parsed value). */
  SUCCESS,
  /** The caller got a typed error; the server did not process the request, or said how. */
  ERROR,
  /**
   * The caller got an {@code OutcomeUnknownException}: a request that is not safe to repeat may
   * have been processed, and nobody knows. Look the order up before sending it again.
   */
  OUTCOME_UNKNOWN
}
