package dev.orderkit.core.spi.sample;

import com.squareup.moshi.Json;

/** A closed Java enum, bound by Moshi's own enum adapter. */
public enum Channel {
  @Json(name = "online")
  ONLINE,
  @Json(name = "offline")
  OFFLINE
}
