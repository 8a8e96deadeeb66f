package dev.orderkit.core.internal;

import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** Removes commas that stand right before a closing brace or bracket, outside strings. */
public final class TrailingCommas {
  private TrailingCommas() {}

  /** A repaired copy of {@code json}, or null when it has no trailing comma to remove. */
  public static @Nullable Buffer remove(Buffer json) {
    ByteString bytes = json.snapshot();
    int n = bytes.size();
    Buffer out = new Buffer();
    boolean inString = false;
    boolean changed = false;
    boolean pendingComma = false; // a comma not yet written, waiting to see what follows
    Buffer whitespace = new Buffer(); // whitespace seen after that comma
    for (int i = 0; i < n; i++) {
      byte b = bytes.getByte(i);
      if (inString) {
        out.writeByte(b);
        if (b == '\\' && i + 1 < n) {
          out.writeByte(bytes.getByte(++i));
        } else if (b == '"') {
          inString = false;
        }
        continue;
      }
      if (pendingComma) {
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
          whitespace.writeByte(b);
          continue;
        }
        if (b == '}' || b == ']') {
          changed = true; // drop the comma, keep the whitespace
        } else {
          out.writeByte(',');
        }
        out.write(whitespace, whitespace.size());
        pendingComma = false;
      }
      if (b == ',') {
        pendingComma = true;
        continue;
      }
      if (b == '"') {
        inString = true;
      }
      out.writeByte(b);
    }
    if (pendingComma) {
      out.writeByte(',');
      out.write(whitespace, whitespace.size());
    }
    return changed ? out : null;
  }
}
