package dev.orderkit.core.internal;

import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Turns bodies into text that is safe to keep in exceptions: bounded in length. Also the one
 * place of the byte-order-mark rule: a UTF-8 BOM ({@code EF BB BF}, U+FEFF as text) before a
 * body is skipped wherever a body is read as JSON (success and error bodies alike).
 */
public final class BodyText {
  /** The most characters of a body kept in an exception. */
  public static final int MAX_CHARS = 16 * 1024;

  /** The UTF-8 byte-order mark. */
  public static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  private BodyText() {}

  /** Whether {@code body} starts with a UTF-8 byte-order mark (nothing is consumed). */
  public static boolean startsWithBom(BufferedSource body) {
    try {
      return body.rangeEquals(0, UTF8_BOM);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Consumes a leading UTF-8 byte-order mark, if any, and returns {@code body}. */
  public static <S extends BufferedSource> S skipBom(S body) {
    if (startsWithBom(body)) {
      try {
        body.skip(UTF8_BOM.size());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e); // not for a buffer: the three bytes are there
      }
    }
    return body;
  }

  /** {@code text} without a leading byte-order mark (U+FEFF), or null for null. */
  public static @Nullable String withoutBom(@Nullable String text) {
    return text != null && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1)
        : text;
  }

  /** Whether {@code body} holds nothing but a byte-order mark and JSON whitespace. */
  public static boolean isBlank(byte[] body) {
    int i = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf ? 3 : 0;
    for (; i < body.length; i++) {
      byte b = body[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The body as UTF-8 text (invalid bytes replaced), cut to {@link #MAX_CHARS}. */
  public static String bounded(Buffer body) {
    long size = body.size();
    long take = Math.min(size, MAX_CHARS * 4L);
    String text = body.snapshot((int) take).utf8();
    return bounded(text, size > take);
  }

  /** The text cut to {@link #MAX_CHARS}, marked when cut. */
  public static String bounded(String text, boolean alreadyCut) {
    if (text.length() > MAX_CHARS) {
      return text.substring(0, MAX_CHARS) + "…[truncated]";
    }
    return alreadyCut ? text + "…[truncated]" : text;
  }
}
