package dev.orderkit.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Items of a listing across pages, fetched lazily: no page is requested before iteration needs
 * it, not even the first. Each {@link #iterator()} or {@link #stream()} starts over from the
 * first page. Fetch failures surface from {@code hasNext()}/{@code next()} as OrderKit exceptions.
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Supplier<? extends Page<T>> firstPage;

  private AutoPager(Supplier<? extends Page<T>> firstPage) {
    this.firstPage = firstPage;
  }

  /** Pages starting with the page {@code firstPage} fetches (called on first iteration). */
  public static <T> AutoPager<T> of(Supplier<? extends Page<T>> firstPage) {
    return new AutoPager<>(firstPage);
  }

  /** Pages starting with a page already fetched. */
  public static <T> AutoPager<T> startingAt(Page<T> page) {
    return new AutoPager<>(() -> page);
  }

  @Override
  public Iterator<T> iterator() {
    return new ItemIterator<>(firstPage);
  }

  /** A sequential stream over every item; pages are fetched as the stream advances. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static final class ItemIterator<T> implements Iterator<T> {
    private final Supplier<? extends Page<T>> firstPage;
    private @Nullable Page<T> page;
    private @Nullable Iterator<T> items;

    ItemIterator(Supplier<? extends Page<T>> firstPage) {
      this.firstPage = firstPage;
    }

    @Override
    public boolean hasNext() {
      if (page == null) {
        page = firstPage.get();
        items = page.items().iterator();
      }
      while (!items.hasNext()) {
        if (!page.hasNextPage()) {
          return false;
        }
        page = page.nextPage();
        items = page.items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items");
      }
      return items.next();
    }
  }
}
