package dev.orderkit.partner.internal;

import org.jspecify.annotations.Nullable;

/** A decoded partner envelope: its status, message, {@code data} and {@code request_id}. */
public final class Enveloped<T> {
  private final int status;
  private final @Nullable String message;
  private final @Nullable T data;
  private final @Nullable String requestId;

  Enveloped(int status, @Nullable String message, @Nullable T data, @Nullable String requestId) {
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
  public @Nullable String message() {
    return message;
  }

  /** The decoded {@code data}, or null when it was null, absent or {@code []}. */
  public @Nullable T data() {
    return data;
  }

  /** The envelope's {@code request_id}, or null. */
  public @Nullable String requestId() {
    return requestId;
  }
}
