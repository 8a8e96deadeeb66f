package dev.orderkit.core.events;

/**
 * An attempt is about to be sent. Attempts count from 1; an attempt found on a pooled connection
 * the server had already closed (nothing sent) is sent again under the same number.
 */
public final class AttemptStarted {
  private final CallInfo call;
  private final int attempt;

  /** Made by OrderKit (public for listeners' tests). */
  public AttemptStarted(CallInfo call, int attempt) {
    this.call = call;
    this.attempt = attempt;
  }

  /** The call. */
  public CallInfo call() {
    return call;
  }

  /** The attempt's number, 1 for the first. */
  public int attempt() {
    return attempt;
  }

  @Override
  public String toString() {
    return "AttemptStarted{" + call + ", attempt=" + attempt + "}";
  }
}
