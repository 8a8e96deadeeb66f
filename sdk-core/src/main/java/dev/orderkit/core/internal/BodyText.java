package dev.orderkit.core.internal;

import okio.Buffer;

/** Turns bodies into text that is safe to keep in exceptions: bounded in length. */
public final class BodyText {
  /** The most characters of a body kept in an exception. */
  public static final int MAX_CHARS = 16 * 1024;

  private BodyText() {}

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
