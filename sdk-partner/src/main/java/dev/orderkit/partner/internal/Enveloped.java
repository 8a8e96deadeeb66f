package dev.orderkit.partner.internal;

/** A decoded partner envelope: its status, message, {@code data} and {@code request_id}. */
public final class Enveloped<T> {
  private final int status;
  private final String message;
  private final T data;
  private final String requestId;

  Enveloped(int status, String message, T data, String requestId) {
    this.status = status;
    this.message = message;
    this.data = data;
    this.requestId = requestId;
  }

  /** The envelope's status ({@code "ok"} reads as the HTTP status). */
  public int status() {
    return status;
  }

  /** The envelope's message, or null. */
  public String message() {
    return message;
  }

  /** The decoded {@code data}, or null when it was null, absent or {@code []}. */
  public T data() {
    return data;
  }

  /** The envelope's {@code request_id}, or null. */
  public String requestId() {
    return requestId;
  }
}
