package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;

/** The order of a list-orders page ({@code sort_direction}): {@code "asc"} or {@code "desc"}. */
public enum SortDirection {
  /** Ascending, oldest or lowest first. */
  @JsonName("asc")
  ASC,
  /** Descending, newest or highest first. */
  @JsonName("desc")
  DESC
}
