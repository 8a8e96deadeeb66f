package dev.orderkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.ApiConnectionException;
import dev.orderkit.core.errors.OrderKitException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  /** A listing served from fixed pages, counting every page fetch. */
  private static final class Listing {
    final List<List<String>> pages;
    final AtomicInteger fetches = new AtomicInteger();
    final List<Integer> fetched = Collections.synchronizedList(new ArrayList<>());
    int failOnPage = -1;

    @SafeVarargs
    Listing(List<String>... pages) {
      List<List<String>> copy = new ArrayList<>();
      for (List<String> page : pages) {
        copy.add(page);
      }
      this.pages = copy;
    }

    Page<String> fetch(int index) {
      fetches.incrementAndGet();
      fetched.add(index);
      if (index == failOnPage) {
        throw new ApiConnectionException("page " + index + " failed", null, 1);
      }
      return new FakePage(this, index);
    }

    AutoPager<String> pager() {
      return AutoPager.of(() -> fetch(0));
    }
  }

  private static final class FakePage implements Page<String> {
    private final Listing listing;
    private final int index;

    FakePage(Listing listing, int index) {
      this.listing = listing;
      this.index = index;
    }

    @Override
    public List<String> items() {
      return listing.pages.get(index);
    }

    @Override
    public boolean hasNextPage() {
      return index + 1 < listing.pages.size();
    }

    @Override
    public Page<String> nextPage() {
      if (!hasNextPage()) {
        throw new NoSuchElementException("no page after " + index);
      }
      return listing.fetch(index + 1);
    }
  }

  private static List<String> page(String... items) {
    return Arrays.asList(items);
  }

  @Test
  void noPageIsFetchedBeforeIteration() {
    Listing listing = new Listing(page("a", "b"), page("c"));

    AutoPager<String> pager = listing.pager();
    Iterator<String> iterator = pager.iterator();
    pager.stream();

    assertThat(listing.fetches).hasValue(0);
    assertThat(iterator).isNotNull();
  }

  @Test
  void firstPageIsFetchedOnFirstHasNext() {
    Listing listing = new Listing(page("a", "b"), page("c"));
    Iterator<String> iterator = listing.pager().iterator();

    assertThat(iterator.hasNext()).isTrue();
    assertThat(listing.fetched).containsExactly(0);
    assertThat(iterator.hasNext()).isTrue(); // asking again fetches nothing more
    assertThat(listing.fetched).containsExactly(0);
  }

  @Test
  void pagesAreFetchedOneAtATimeAsIterationAdvances() {
    Listing listing = new Listing(page("a", "b"), page("c", "d"), page("e"));
    Iterator<String> iterator = listing.pager().iterator();

    assertThat(iterator.next()).isEqualTo("a");
    assertThat(listing.fetched).containsExactly(0);
    assertThat(iterator.next()).isEqualTo("b");
    assertThat(listing.fetched).containsExactly(0);
    assertThat(iterator.next()).isEqualTo("c");
    assertThat(listing.fetched).containsExactly(0, 1);
    assertThat(iterator.next()).isEqualTo("d");
    assertThat(listing.fetched).containsExactly(0, 1);
    assertThat(iterator.next()).isEqualTo("e");
    assertThat(listing.fetched).containsExactly(0, 1, 2);
    assertThat(iterator.hasNext()).isFalse();
    assertThat(listing.fetched).containsExactly(0, 1, 2);
  }

  @Test
  void emptyPagesInTheMiddleAreSkipped() {
    Listing listing = new Listing(page("a"), page(), page(), page("b", "c"), page(), page("d"));

    List<String> items = new ArrayList<>();
    listing.pager().forEach(items::add);

    assertThat(items).containsExactly("a", "b", "c", "d");
    assertThat(listing.fetched).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void emptyFirstAndLastPagesGiveNoItems() {
    Listing onlyEmpty = new Listing(page());
    assertThat(onlyEmpty.pager().iterator().hasNext()).isFalse();

    Listing trailingEmpty = new Listing(page("a"), page());
    assertThat(trailingEmpty.pager().stream().collect(Collectors.toList())).containsExactly("a");
    assertThat(trailingEmpty.fetched).containsExactly(0, 1);
  }

  @Test
  void stopsWhenHasNextPageIsFalse() {
    // nextPage() would throw if called after the last page: stopping must rely on hasNextPage().
    Listing listing = new Listing(page("a"), page("b"));
    Iterator<String> iterator = listing.pager().iterator();

    assertThat(iterator.next()).isEqualTo("a");
    assertThat(iterator.next()).isEqualTo("b");
    assertThat(iterator.hasNext()).isFalse();
    assertThat(iterator.hasNext()).isFalse();
    assertThat(listing.fetches).hasValue(2);
  }

  @Test
  void nextPastTheEndThrowsNoSuchElementException() {
    Listing listing = new Listing(page("only"));
    Iterator<String> iterator = listing.pager().iterator();
    iterator.next();

    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void streamLimitFetchesOnlyThePagesNeeded() {
    Listing listing = new Listing(page("a", "b"), page("c", "d"), page("e", "f"), page("g"));

    List<String> firstThree = listing.pager().stream().limit(3).collect(Collectors.toList());

    assertThat(firstThree).containsExactly("a", "b", "c");
    assertThat(listing.fetched).containsExactly(0, 1);
  }

  @Test
  void streamFindFirstFetchesOnlyTheFirstPage() {
    Listing listing = new Listing(page("a", "b"), page("c"));

    assertThat(listing.pager().stream().findFirst()).contains("a");
    assertThat(listing.fetched).containsExactly(0);
  }

  @Test
  void eachIteratorRestartsFromTheFirstPage() {
    Listing listing = new Listing(page("a", "b"), page("c"));
    AutoPager<String> pager = listing.pager();

    List<String> first = pager.stream().collect(Collectors.toList());
    Iterator<String> second = pager.iterator();

    assertThat(first).containsExactly("a", "b", "c");
    assertThat(second.next()).isEqualTo("a");
    assertThat(listing.fetched).containsExactly(0, 1, 0);
    assertThat(pager.stream().collect(Collectors.toList())).containsExactly("a", "b", "c");
  }

  @Test
  void pageAutoPagerStartsAtThatPageWithoutFetchingIt() {
    Listing listing = new Listing(page("a"), page("b"), page("c"));
    Page<String> second = listing.fetch(1);
    listing.fetched.clear();

    AutoPager<String> pager = second.autoPager();
    assertThat(listing.fetched).isEmpty();

    assertThat(pager.stream().collect(Collectors.toList())).containsExactly("b", "c");
    assertThat(listing.fetched).containsExactly(2);
  }

  @Test
  void fetchFailureOfTheFirstPageSurfacesFromHasNext() {
    Listing listing = new Listing(page("a"), page("b"));
    listing.failOnPage = 0;
    Iterator<String> iterator = listing.pager().iterator();

    assertThatThrownBy(iterator::hasNext)
        .isInstanceOf(ApiConnectionException.class)
        .hasMessage("page 0 failed");
  }

  @Test
  void fetchFailureOfALaterPageSurfacesAfterTheEarlierItems() {
    Listing listing = new Listing(page("a", "b"), page("c"), page("d"));
    listing.failOnPage = 1;
    Iterator<String> iterator = listing.pager().iterator();

    assertThat(iterator.next()).isEqualTo("a");
    assertThat(iterator.next()).isEqualTo("b");
    assertThatThrownBy(iterator::next)
        .isInstanceOf(OrderKitException.class)
        .hasMessage("page 1 failed");
    assertThatThrownBy(() -> listing.pager().stream().collect(Collectors.toList()))
        .isInstanceOf(ApiConnectionException.class);
  }

  // ---------------------------------------------------------------- AsyncPage

  private static final class FakeAsyncPage implements AsyncPage<String> {
    private final List<List<String>> pages;
    private final int index;
    private final ExecutorService executor;
    private final List<Integer> fetched;

    FakeAsyncPage(List<List<String>> pages, int index, ExecutorService executor,
        List<Integer> fetched) {
      this.pages = pages;
      this.index = index;
      this.executor = executor;
      this.fetched = fetched;
    }

    @Override
    public List<String> items() {
      return pages.get(index);
    }

    @Override
    public boolean hasNextPage() {
      return index + 1 < pages.size();
    }

    @Override
    public CompletableFuture<AsyncPage<String>> nextPage() {
      if (!hasNextPage()) {
        CompletableFuture<AsyncPage<String>> failed = new CompletableFuture<>();
        failed.completeExceptionally(new NoSuchElementException());
        return failed;
      }
      return CompletableFuture.supplyAsync(() -> {
        fetched.add(index + 1);
        return new FakeAsyncPage(pages, index + 1, executor, fetched);
      }, executor);
    }
  }

  @Test
  void asyncForEachItemVisitsEveryItemAcrossThreePagesInOrder() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      List<List<String>> pages = Arrays.asList(page("a", "b"), page("c"), page("d", "e", "f"));
      List<Integer> fetched = Collections.synchronizedList(new ArrayList<>());
      List<String> seen = Collections.synchronizedList(new ArrayList<>());

      CompletableFuture<Void> done =
          new FakeAsyncPage(pages, 0, executor, fetched).forEachItem(seen::add);

      assertThat(done.get(10, TimeUnit.SECONDS)).isNull();
      assertThat(done).isCompleted();
      assertThat(seen).containsExactly("a", "b", "c", "d", "e", "f");
      assertThat(fetched).containsExactly(1, 2);
    } finally {
      executor.shutdownNow();
    }
  }

  /** A page whose next page is already fetched (cached, prefetched or served from memory). */
  private static final class ReadyAsyncPage implements AsyncPage<Integer> {
    private final int index;
    private final int count;

    ReadyAsyncPage(int index, int count) {
      this.index = index;
      this.count = count;
    }

    @Override
    public List<Integer> items() {
      return Collections.singletonList(index);
    }

    @Override
    public boolean hasNextPage() {
      return index + 1 < count;
    }

    @Override
    public CompletableFuture<AsyncPage<Integer>> nextPage() {
      return CompletableFuture.completedFuture(new ReadyAsyncPage(index + 1, count));
    }
  }

  @Test
  void asyncForEachItemCompletesOverManyAlreadyCompletedPages() throws Exception {
    int pages = 5_000;
    AtomicInteger seen = new AtomicInteger();
    AtomicInteger outOfOrder = new AtomicInteger();

    CompletableFuture<Void> done = new ReadyAsyncPage(0, pages).forEachItem(item -> {
      if (item != seen.getAndIncrement()) {
        outOfOrder.incrementAndGet();
      }
    });

    assertThat(done).isCompletedWithValue(null); // every page was already fetched
    assertThat(seen).hasValue(pages);
    assertThat(outOfOrder).hasValue(0);
  }

  @Test
  void asyncForEachItemFailsWhenAPageFetchFails() {
    List<String> seen = new ArrayList<>();
    AsyncPage<String> first = new AsyncPage<String>() {
      @Override
      public List<String> items() {
        return page("a");
      }

      @Override
      public boolean hasNextPage() {
        return true;
      }

      @Override
      public CompletableFuture<AsyncPage<String>> nextPage() {
        CompletableFuture<AsyncPage<String>> failed = new CompletableFuture<>();
        failed.completeExceptionally(new ApiConnectionException("boom", null, 1));
        return failed;
      }
    };

    CompletableFuture<Void> done = first.forEachItem(seen::add);

    assertThat(done).isCompletedExceptionally();
    assertThatThrownBy(done::join).hasCauseInstanceOf(ApiConnectionException.class);
    assertThat(seen).containsExactly("a");
  }
}
