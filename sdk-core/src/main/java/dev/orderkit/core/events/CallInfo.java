package dev.orderkit.core.events;

import org.jspecify.annotations.Nullable;

/**
 * One call, shared by all its events: which endpoint, its method and path template, whether it is
 * async, and a slot where a listener keeps its own state for the call (a span, a timer sample).
 */
public final class CallInfo {
  private final String endpoint;
  private final String method;
  private final String pathTemplate;
  private final boolean async;
  private volatile @Nullable Object attachment;

  /** Describes a call; made by OrderKit (public for listeners' tests). */
  public CallInfo(String endpoint, String method, String pathTemplate, boolean async) {
    this.endpoint = endpoint;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.async = async;
  }

  /**
   * The endpoint's stable name, {@code <api>.<service>.<call>}, such as
   * {@code partner.orders.detail} or {@code cekat.orders.list}; {@code <api>.request} for an
   * untyped request.
   */
  public String endpoint() {
    return endpoint;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path template, with {@code {name}} placeholders, never the values (no order ids). */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** Whether the call returns a {@code CompletableFuture}. */
  public boolean async() {
    return async;
  }

  /** What the listener attached to this call, or null. */
  public @Nullable Object attachment() {
    return attachment;
  }

  /** Keeps {@code value} with this call, for the listener's later events of the same call. */
  public void attach(@Nullable Object value) {
    this.attachment = value;
  }

  @Override
  public String toString() {
    return endpoint + " (" + method + " " + pathTemplate + (async ? ", async)" : ")");
  }
}
