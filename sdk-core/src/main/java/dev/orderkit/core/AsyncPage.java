package dev.orderkit.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** One page of a listing fetched without blocking; {@link #nextPage()} fetches the next the same way. */
public interface AsyncPage<T> {
  /** The items on this page. */
  List<T> items();

  /** Whether another page follows this one. */
  boolean hasNextPage();

  /** Fetches the next page without blocking; fails with NoSuchElementException when none follows. */
  CompletableFuture<AsyncPage<T>> nextPage();

  /**
   * Calls {@code action} for every item of this page and the pages after it, fetching each page
   * only after the previous one was handed over; completes when the last page is done.
   */
  default CompletableFuture<Void> forEachItem(Consumer<? super T> action) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    AsyncPages.visit(this, action, done);
    return done;
  }
}
