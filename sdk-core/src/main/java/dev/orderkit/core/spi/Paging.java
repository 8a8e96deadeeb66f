package dev.orderkit.core.spi;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * How one listing pages: the request for a page's parameters, the items of a decoded page, and
 * the API's rule for whether another page follows. Two rules cover OrderKit's APIs:
 * {@link #byTotalPages by total pages} (the API says how many) and
 * {@link #untilShortPage until a short page} (the API says nothing; a page with fewer items than
 * asked for is the last). Either way the next page is the page that was asked for plus one, and
 * a page that repeats the one before it (a server that ignores the page number) ends the paging
 * instead of looping.
 *
 * @param <P> the list parameters (filters, page number, page size)
 * @param <L> one decoded page
 * @param <T> an item
 */
public final class Paging<P, L, T> {
  private final Function<? super P, ApiRequest<L>> request;
  private final Function<? super L, List<T>> items;
  private final ToIntFunction<? super P> page;
  private final BiFunction<? super P, Integer, P> withPage;
  private final @Nullable ToIntFunction<? super L> totalPages;
  private final @Nullable ToIntFunction<? super P> limit;
  private final Function<? super T, ?> identity;

  private Paging(Function<? super P, ApiRequest<L>> request, Function<? super L, List<T>> items,
      ToIntFunction<? super P> page, BiFunction<? super P, Integer, P> withPage,
      @Nullable ToIntFunction<? super L> totalPages, @Nullable ToIntFunction<? super P> limit,
      Function<? super T, ?> identity) {
    this.request = request;
    this.items = items;
    this.page = page;
    this.withPage = withPage;
    this.totalPages = totalPages;
    this.limit = limit;
    this.identity = identity;
  }

  /**
   * Paging that ends at the total the API reports: another page follows while this one had items
   * and its number is below {@code totalPages}. Items are told apart by {@code identity} to
   * recognise a repeated page.
   */
  public static <P, L, T> Paging<P, L, T> byTotalPages(
      Function<? super P, ApiRequest<L>> request, Function<? super L, List<T>> items,
      ToIntFunction<? super L> totalPages, ToIntFunction<? super P> page,
      BiFunction<? super P, Integer, P> withPage, Function<? super T, ?> identity) {
    return new Paging<>(request, items, page, withPage, totalPages, null, identity);
  }

  /**
   * Paging for an API that reports no total: only a full page ({@code limit} items) may have a
   * successor. Items are told apart by {@code identity} to recognise a repeated page.
   */
  public static <P, L, T> Paging<P, L, T> untilShortPage(
      Function<? super P, ApiRequest<L>> request, Function<? super L, List<T>> items,
      ToIntFunction<? super P> limit, ToIntFunction<? super P> page,
      BiFunction<? super P, Integer, P> withPage, Function<? super T, ?> identity) {
    return new Paging<>(request, items, page, withPage, null, limit, identity);
  }

  /** The first page to fetch; its request is built (and its parameters checked) at once. */
  public PageRequest<P, L, T> first(P params) {
    return new PageRequest<>(this, params);
  }

  ApiRequest<L> request(P params) {
    return request.apply(params);
  }

  List<T> items(L list) {
    return items.apply(list);
  }

  int page(P params) {
    return page.applyAsInt(params);
  }

  P next(P params) {
    return withPage.apply(params, page(params) + 1);
  }

  /** Whether a page holding {@code shown} items, decoded as {@code list}, has a successor. */
  boolean hasNext(P params, L list, List<T> shown) {
    if (shown.isEmpty()) {
      return false;
    }
    return totalPages != null
        ? page(params) < totalPages.applyAsInt(list)
        : shown.size() >= limit.applyAsInt(params);
  }

  /** Whether {@code next} repeats {@code previous}: the same first and last item. */
  boolean repeats(L previous, L next) {
    List<T> a = items(previous);
    List<T> b = items(next);
    return !a.isEmpty() && !b.isEmpty()
        && identity.apply(a.get(0)).equals(identity.apply(b.get(0)))
        && identity.apply(a.get(a.size() - 1)).equals(identity.apply(b.get(b.size() - 1)));
  }

  /** Why a page is the last one, for the exception asking for its successor raises. */
  String lastPageMessage(P params, L list, List<T> shown) {
    return totalPages != null
        ? "page " + page(params) + " of " + totalPages.applyAsInt(list) + " is the last one"
        : "page " + page(params) + " held " + shown.size() + " of " + limit.applyAsInt(params)
            + " items: it is the last one";
  }

  /** A short description of a page, for {@code toString()}. */
  String describe(P params, L list, List<T> shown) {
    return totalPages != null
        ? "page=" + page(params) + "/" + totalPages.applyAsInt(list) + ", items=" + shown.size()
        : "page=" + page(params) + ", limit=" + limit.applyAsInt(params) + ", items="
            + shown.size();
  }
}
