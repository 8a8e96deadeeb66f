package dev.orderkit.core;

import dev.orderkit.core.spi.Checks;
import dev.orderkit.core.spi.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Items of a listing across pages, fetched without blocking: the async counterpart of
 * {@link AutoPager}. No page is requested before {@link #forEach(Consumer)} is called, and each
 * call starts over from the first page.
 */
public final class AsyncAutoPager<T> {
  private final Supplier<? extends CompletableFuture<? extends AsyncPage<T>>> firstPage;

  private AsyncAutoPager(Supplier<? extends CompletableFuture<? extends AsyncPage<T>>> firstPage) {
    this.firstPage = firstPage;
  }

  /** Pages starting with the page {@code firstPage} fetches (called by each forEach). */
  public static <T> AsyncAutoPager<T> of(
      Supplier<? extends CompletableFuture<? extends AsyncPage<T>>> firstPage) {
    return new AsyncAutoPager<>(firstPage);
  }

  /**
   * Calls {@code action} for every item, fetching each page only after the previous one was
   * handled; completes after the last page, or with the first failure (the OrderKit exception
   * itself). A null {@code action} is refused at once with an
   * {@link dev.orderkit.core.errors.InvalidInputException}. Cancelling the returned future stops the fetch in flight and visits nothing more.
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Checks.notNull("action", action); // refused before any page is fetched
    return Futures.forEachItem(firstPage.get(), action);
  }
}
