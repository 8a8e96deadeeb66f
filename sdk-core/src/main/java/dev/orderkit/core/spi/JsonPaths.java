package dev.orderkit.core.spi;

import com.squareup.moshi.JsonReader;

/** Paths for error messages, computed only when an error is reported. */
final class JsonPaths {
  private JsonPaths() {}

  /**
   * Returns the path of the value the reader has just consumed. Moshi moves an array's index on
   * as soon as an element is read ({@code $.items[1]} after reading {@code $.items[0]}); this
   * moves it back, so a value that turns out to be bad is named by its own path without the
   * cost of asking for the path before every read. (A member whose own name ends with
   * {@code [n]} cannot be told from an array element: it is named with {@code n - 1}.)
   */
  static String ofValueJustRead(JsonReader reader) {
    String path = reader.getPath();
    int open = path.lastIndexOf('[');
    if (!path.endsWith("]") || open < 0) {
      return path;
    }
    try {
      int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
      return index > 0 ? path.substring(0, open + 1) + (index - 1) + "]" : path;
    } catch (NumberFormatException e) {
      return path; // an object member whose name ends with ']'
    }
  }
}
