package dev.orderkit.core;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing: its items, whether another page follows, and how to fetch it.
 * Partner pages know their totals; cekat pages end at the first short or empty page.
 */
public interface Page<T> {
  /** The items on this page, in the API's order. */
  List<T> items();

  /** Whether another page follows this one. */
  boolean hasNextPage();

  /**
   * Fetches the next page (a blocking call).
   *
   * @throws java.util.NoSuchElementException when {@link #hasNextPage()} is false
   */
  Page<T> nextPage();

  /** This page's number, when the API says it. */
  default Optional<Integer> pageNumber() {
    return Optional.empty();
  }

  /** Every item of this page and the pages after it, fetched lazily as iteration reaches them. */
  default AutoPager<T> autoPager() {
    return AutoPager.startingAt(this);
  }
}
