package dev.orderkit.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import okio.Buffer;

/** Copies a read body out of its buffer without consuming or sharing the buffer's segments. */
public final class BodyBytes {
  private BodyBytes() {}

  /**
   * Returns a copy of {@code buffer}'s bytes, leaving the buffer as it is. Unlike
   * {@code snapshot()}, {@code clone()} or {@code peek()}, this shares no segment, so the buffer's
   * pooled segments still go back to Okio's pool once it is read: the transport keeps the copy
   * for error reports and raw access and parses the buffer itself.
   */
  public static byte[] copyOf(Buffer buffer) {
    byte[] bytes = new byte[(int) buffer.size()]; // bounded by maxResponseBytes (at most 1 GiB)
    try {
      buffer.copyTo(new OutputStream() {
        private int at;

        @Override
        public void write(int b) {
          bytes[at++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
          System.arraycopy(source, offset, bytes, at, length);
          at += length;
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("copying an in-memory buffer cannot fail", e);
    }
    return bytes;
  }
}
