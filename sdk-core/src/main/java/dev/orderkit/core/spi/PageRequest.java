package dev.orderkit.core.spi;

import dev.orderkit.core.AsyncAutoPager;
import dev.orderkit.core.AutoPager;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.internal.GenericPages;
import java.util.concurrent.CompletableFuture;

/**
 * The first page of a listing, ready to fetch in any of the four forms the services offer
 * (blocking, raw, async, raw async) or as an auto-pager. Its request was built when it was
 * made, so invalid parameters fail before any call.
 */
public final class PageRequest<P, L, T> {
  private final Paging<P, L, T> paging;
  private final P params;
  private final ApiRequest<L> request;

  PageRequest(Paging<P, L, T> paging, P params) {
    this.paging = paging;
    this.params = params;
    this.request = paging.request(params);
  }

  /** Fetches the page and wraps it with {@code factory} (a blocking call). */
  public <S> S fetch(Transport transport, RequestOptions options,
      PageFactory<P, L, T, S> factory) {
    return factory.create(state(transport, options, transport.execute(request, options)));
  }

  /** Fetches the page and returns the response before parsing; parsing wraps it. */
  public <S> HttpResponseFor<S> fetchRaw(Transport transport, RequestOptions options,
      PageFactory<P, L, T, S> factory) {
    return transport.executeRaw(request, options)
        .map(list -> factory.create(state(transport, options, list)));
  }

  /** Fetches the page without blocking; cancelling the future cancels the call. */
  public <S> CompletableFuture<S> fetchAsync(Transport transport, RequestOptions options,
      PageFactory<P, L, T, S> factory) {
    return transport.executeAsync(request, options,
        raw -> factory.create(state(transport, options, raw.parse())));
  }

  /** Fetches the page without blocking and completes with the response before parsing. */
  public <S> CompletableFuture<HttpResponseFor<S>> fetchRawAsync(Transport transport,
      RequestOptions options, PageFactory<P, L, T, S> factory) {
    return Futures.map(transport.executeRawAsync(request, options),
        raw -> raw.map(list -> factory.create(state(transport, options, list))));
  }

  /** Every item from this page on, fetched lazily as iteration reaches each page. */
  public AutoPager<T> autoPager(Transport transport, RequestOptions options) {
    return AutoPager.of(() -> fetch(transport, options, GenericPages.<P, L, T>blocking()));
  }

  /** Every item from this page on, each page fetched without blocking after the last was handled. */
  public AsyncAutoPager<T> asyncAutoPager(Transport transport, RequestOptions options) {
    return AsyncAutoPager.of(() -> fetchAsync(transport, options, GenericPages.<P, L, T>async()));
  }

  private PageState<P, L, T> state(Transport transport, RequestOptions options, L list) {
    return new PageState<>(paging, transport, options, params, list, false);
  }
}
