package dev.orderkit.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A fully read response body. A typed call's body is parsed from the buffer it was read into
 * (consumed, so its pooled Okio segments go back to the pool) while a copy waits in pooled
 * segments too; once the caller is done with the response the copy is {@link #release() given
 * back} as well. The
 * body becomes a {@code byte[]} only when something needs one: an error report, a decoding
 * failure, the raw text. So a successful typed call with a body of up to 16 KiB allocates
 * nothing for it (a larger body keeps an array copy, see {@link #inBuffer}). Not API.
 */
public final class ReadBody {
  /** The largest body whose kept copy is made in pooled segments (see {@link #inBuffer}). */
  static final long POOLED_COPY_LIMIT = 16 * 1024;

  /** The buffer as read, for the one parse that consumes it; then null. */
  private @Nullable Buffer unread;
  /** A copy of the body in pooled segments, until it is read into {@link #bytes} or released. */
  private @Nullable Buffer kept;
  private byte @Nullable [] bytes;
  private final long size;

  private ReadBody(@Nullable Buffer unread, @Nullable Buffer kept, byte @Nullable [] bytes,
      long size) {
    this.unread = unread;
    this.kept = kept;
    this.bytes = bytes;
    this.size = size;
  }

  /** A body already read into {@code bytes} (taken as it is: the caller must not change it). */
  public static ReadBody of(byte[] bytes) {
    return new ReadBody(null, null, bytes, bytes.length);
  }

  /**
   * A body still in {@code buffer}, which this body now owns, to be parsed once. Up to
   * {@link #POOLED_COPY_LIMIT} the copy kept for error reports is made in pooled segments; a
   * larger body would take more segments than Okio's pool holds (64 KiB), so its copy is an
   * array, as the pool would otherwise drop (and the next call allocate) its segments.
   */
  public static ReadBody inBuffer(Buffer buffer) {
    if (buffer.size() > POOLED_COPY_LIMIT) {
      return new ReadBody(buffer, null, copyOf(buffer), buffer.size());
    }
    Buffer kept = new Buffer();
    copyTo(buffer, kept.outputStream()); // byte copies into pooled segments: nothing shared
    return new ReadBody(buffer, kept, null, buffer.size());
  }

  /** A copy of {@code buffer}'s bytes that consumes nothing and shares no segment. */
  private static byte[] copyOf(Buffer buffer) {
    byte[] bytes = new byte[(int) buffer.size()]; // bounded by maxResponseBytes (at most 1 GiB)
    copyTo(buffer, new OutputStream() {
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
    return bytes;
  }

  private static void copyTo(Buffer buffer, OutputStream out) {
    try {
      buffer.copyTo(out); // Buffer.copyTo(OutputStream) copies bytes: no segment is shared
    } catch (IOException e) {
      throw new IllegalStateException("copying an in-memory buffer cannot fail", e);
    }
  }

  /** The body's bytes (not to be changed), made into an array on first need. */
  public synchronized byte[] bytes() {
    if (bytes == null) {
      if (kept == null) {
        throw new IllegalStateException("The body was released once its response was parsed");
      }
      bytes = kept.readByteArray(); // read out whole: its segments go back to the pool
      kept = null;
    }
    return bytes;
  }

  /**
   * The buffer to parse: the one read from the connection the first time (the caller consumes
   * it), a new one over {@link #bytes()} after that.
   */
  public synchronized Buffer takeSource() {
    Buffer source = unread;
    unread = null;
    return source != null ? source : new Buffer().write(bytes());
  }

  /** Whether the body holds nothing but a byte-order mark and JSON whitespace. */
  public synchronized boolean isBlank() {
    Buffer body = kept;
    if (body == null) {
      return BodyText.isBlank(bytes());
    }
    long size = body.size();
    long i = size >= 3 && body.rangeEquals(0, BodyText.UTF8_BOM) ? 3 : 0;
    for (; i < size; i++) {
      byte b = body.getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The body's length in bytes (also after {@link #release()}). */
  public long size() {
    return size;
  }

  /**
   * Says the caller is done with this body (a typed call parsed it and keeps no reference): the
   * read buffer and the copy kept for error reports go back to Okio's pool; after this only
   * {@link #size()} still answers.
   */
  public synchronized void release() {
    if (unread != null) {
      unread.clear();
      unread = null;
    }
    if (kept != null) {
      kept.clear();
      kept = null;
    }
  }
}
