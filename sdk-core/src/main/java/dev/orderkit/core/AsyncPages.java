package dev.orderkit.core;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Walks async pages in a loop, so a long run of already-completed pages cannot overflow the stack. */
final class AsyncPages {
  private AsyncPages() {}

  static <T> void visit(AsyncPage<T> first, Consumer<? super T> action,
      CompletableFuture<Void> done) {
    AsyncPage<T> page = first;
    try {
      while (true) {
        for (T item : page.items()) {
          if (done.isDone()) {
            return; // cancelled (or completed) by the caller: stop fetching and visiting
          }
          action.accept(item);
        }
        if (!page.hasNextPage()) {
          done.complete(null);
          return;
        }
        if (done.isDone()) {
          return;
        }
        CompletableFuture<AsyncPage<T>> next = page.nextPage();
        done.whenComplete((v, e) -> next.cancel(false)); // a cancel of done stops the fetch
        if (!next.isDone() || next.isCompletedExceptionally()) {
          next.whenComplete((p, error) -> {
            if (error != null) {
              done.completeExceptionally(error);
            } else {
              visit(p, action, done);
            }
          });
          return;
        }
        page = next.join();
      }
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
  }
}
