package dev.orderkit.partner.model;

import com.squareup.moshi.Json;

/** The order of a list-orders page ({@code sort_direction}): {@code "asc"} or {@code "desc"}. */
public enum SortDirection {
  /** Ascending, oldest or lowest first. */
  @Json(name = "asc")
  ASC,
  /** Descending, newest or highest first. */
  @Json(name = "desc")
  DESC
}
