package dev.orderkit.core.json;

import com.squareup.moshi.Moshi;

/** TEMPORARY stub until the JSON layer lands. */
public final class OrderKitJson {
  private OrderKitJson() {}

  /** Builder. */
  public static Moshi.Builder moshiBuilder() {
    return new Moshi.Builder();
  }
}
