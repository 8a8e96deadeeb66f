package dev.orderkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AsyncPageCancelTest {

  /** Two pages; the second is fetched through a future the test completes by hand. */
  static final class TwoPages implements AsyncPage<String> {
    final CompletableFuture<AsyncPage<String>> second = new CompletableFuture<>();
    private final List<String> items;
    private final boolean last;

    TwoPages(List<String> items, boolean last) {
      this.items = items;
      this.last = last;
    }

    @Override
    public List<String> items() {
      return items;
    }

    @Override
    public boolean hasNextPage() {
      return !last;
    }

    @Override
    public CompletableFuture<AsyncPage<String>> nextPage() {
      return second;
    }
  }

  @Test
  void cancellingForEachItemCancelsThePendingFetchAndVisitsNothingMore() {
    TwoPages first = new TwoPages(Arrays.asList("a", "b"), false);
    List<String> seen = new ArrayList<>();

    CompletableFuture<Void> done = first.forEachItem(seen::add);
    done.cancel(true);
    first.second.complete(new TwoPages(Arrays.asList("c"), true));

    assertThat(seen).containsExactly("a", "b");
    assertThat(first.second).as("pending fetch cancelled").isCancelled();
    assertThat(done).isCancelled();
  }

  @Test
  void withoutCancelEveryPageIsVisited() {
    TwoPages first = new TwoPages(Arrays.asList("a", "b"), false);
    List<String> seen = new ArrayList<>();

    CompletableFuture<Void> done = first.forEachItem(seen::add);
    first.second.complete(new TwoPages(Arrays.asList("c"), true));

    assertThat(done).isCompleted();
    assertThat(seen).containsExactly("a", "b", "c");
  }
}
