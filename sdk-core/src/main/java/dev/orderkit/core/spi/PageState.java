package dev.orderkit.core.spi;

import dev.orderkit.core.RequestOptions;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * What core keeps for one fetched page: its parameters, the decoded page, the items shown, and
 * how to fetch the next page (blocking or not) with the same transport and per-call options.
 * API modules' page types wrap it; the paging rule lives in {@link Paging}.
 */
public final class PageState<P, L, T> {
  private final Paging<P, L, T> paging;
  private final String endpoint;
  private final Transport transport;
  private final RequestOptions options;
  private final P params;
  private final L data;
  private final List<T> items;

  PageState(Paging<P, L, T> paging, String endpoint, Transport transport, RequestOptions options,
      P params, L data, boolean repeated) {
    this.paging = paging;
    this.endpoint = endpoint;
    this.transport = transport;
    this.options = options;
    this.params = params;
    this.data = data;
    this.items = repeated ? Collections.<T>emptyList() : paging.items(data);
  }

  /** The parameters that fetched this page. */
  public P params() {
    return params;
  }

  /** The decoded page, as the API sent it. */
  public L data() {
    return data;
  }

  /** The items on this page; none when it repeated the page before it. */
  public List<T> items() {
    return items;
  }

  /** This page's number, as asked for. */
  public int pageNumber() {
    return paging.page(params);
  }

  /** Whether another page follows, by the API's rule. */
  public boolean hasNextPage() {
    return paging.hasNext(params, data, items);
  }

  /**
   * Fetches the next page (a blocking call).
   *
   * @throws NoSuchElementException when this page is the last one
   */
  public <S> S next(PageFactory<P, L, T, S> factory) {
    P next = nextParams();
    L fetched = transport.execute(endpoint, paging.request(next), options);
    return factory.create(following(next, fetched));
  }

  /**
   * Fetches the next page without blocking; cancelling the future cancels the call. When this
   * page is the last one the future fails with {@link NoSuchElementException}.
   */
  public <S> CompletableFuture<S> nextAsync(PageFactory<P, L, T, S> factory) {
    if (!hasNextPage()) {
      CompletableFuture<S> none = new CompletableFuture<>();
      none.completeExceptionally(lastPage());
      return none;
    }
    P next = paging.next(params);
    return transport.executeAsync(endpoint, paging.request(next), options,
        raw -> factory.create(following(next, raw.parse())));
  }

  private P nextParams() {
    if (!hasNextPage()) {
      throw lastPage();
    }
    return paging.next(params);
  }

  private NoSuchElementException lastPage() {
    return new NoSuchElementException(paging.lastPageMessage(params, data, items));
  }

  private PageState<P, L, T> following(P next, L fetched) {
    return new PageState<>(paging, endpoint, transport, options, next, fetched,
        paging.repeats(data, fetched));
  }

  /** A short description: page number, totals or page size, and item count. */
  @Override
  public String toString() {
    return paging.describe(params, data, items);
  }
}
