package dev.orderkit.core.spi;

import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.internal.MappedFuture;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Future helpers for API modules that keep OrderKit's async promises: cancelling a derived future
 * cancels the HTTP call behind it, and failures arrive as the OrderKit exception itself, never
 * wrapped in a {@code CompletionException} (unlike {@code thenApply} and {@code thenCompose}).
 */
public final class Futures {
  private Futures() {}

  /** A future of {@code mapper}'s result that stays linked to {@code source} for cancellation. */
  public static <S, R> CompletableFuture<R> map(CompletableFuture<S> source,
      Function<? super S, ? extends R> mapper) {
    return MappedFuture.of(source, mapper);
  }

  /**
   * Calls {@code action} for every item of the first page and the pages after it, fetching each
   * page only after the previous one was handled. Cancelling the returned future stops the fetch
   * in flight and visits nothing more.
   */
  public static <T> CompletableFuture<Void> forEachItem(
      CompletableFuture<? extends AsyncPage<T>> firstPage, Consumer<? super T> action) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    done.whenComplete((v, e) -> firstPage.cancel(false));
    firstPage.whenComplete((page, error) -> {
      if (error != null) {
        done.completeExceptionally(unwrap(error));
        return;
      }
      CompletableFuture<Void> rest = page.forEachItem(action);
      done.whenComplete((v, e) -> rest.cancel(false));
      rest.whenComplete((v, e) -> {
        if (e != null) {
          done.completeExceptionally(unwrap(e));
        } else {
          done.complete(null);
        }
      });
    });
    return done;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
