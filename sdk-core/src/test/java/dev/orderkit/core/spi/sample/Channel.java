package dev.orderkit.core.spi.sample;

import dev.orderkit.core.spi.JsonName;

/** A closed Java enum, bound by Moshi's own enum adapter. */
public enum Channel {
  @JsonName("online")
  ONLINE,
  @JsonName("offline")
  OFFLINE
}
