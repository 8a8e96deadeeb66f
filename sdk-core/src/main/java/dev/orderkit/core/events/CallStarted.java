package dev.orderkit.core.events;

/** A call is about to send its first attempt. */
public final class CallStarted {
  private final CallInfo call;

  /** Made by OrderKit (public for listeners' tests). */
  public CallStarted(CallInfo call) {
    this.call = call;
  }

  /** The call. */
  public CallInfo call() {
    return call;
  }

  @Override
  public String toString() {
    return "CallStarted{" + call + "}";
  }
}
