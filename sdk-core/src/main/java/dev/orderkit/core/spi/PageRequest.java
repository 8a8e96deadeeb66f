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
 * made, so invalid parameters fail before any call. Each form takes the listing's endpoint name
 * (such as {@code cekat.orders.list}), which every page's call carries for the listener.
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
  public <S> S fetch(String endpoint, Transport transport, RequestOptions options,
      PageFactory<P, L, T, S> factory) {
    L list = transport.execute(endpoint, request, options);
    return factory.create(state(endpoint, transport, options, list));
  }

  /** Fetches the page and returns the response before parsing; parsing wraps it. */
  public <S> HttpResponseFor<S> fetchRaw(String endpoint, Transport transport,
      RequestOptions options, PageFactory<P, L, T, S> factory) {
    return transport.executeRaw(endpoint, request, options)
        .map(list -> factory.create(state(endpoint, transport, options, list)));
  }

  /** Fetches the page without blocking; cancelling the future cancels the call. */
  public <S> CompletableFuture<S> fetchAsync(String endpoint, Transport transport,
      RequestOptions options, PageFactory<P, L, T, S> factory) {
    return transport.executeAsync(endpoint, request, options,
        raw -> factory.create(state(endpoint, transport, options, raw.parse())));
  }

  /** Fetches the page without blocking and completes with the response before parsing. */
  public <S> CompletableFuture<HttpResponseFor<S>> fetchRawAsync(String endpoint,
      Transport transport, RequestOptions options, PageFactory<P, L, T, S> factory) {
    return Futures.map(transport.executeRawAsync(endpoint, request, options),
        raw -> raw.map(list -> factory.create(state(endpoint, transport, options, list))));
  }

  /** Every item from this page on, fetched lazily as iteration reaches each page. */
  public AutoPager<T> autoPager(String endpoint, Transport transport, RequestOptions options) {
    return AutoPager.of(
        () -> fetch(endpoint, transport, options, GenericPages.<P, L, T>blocking()));
  }

  /** Every item from this page on, each page fetched without blocking after the last was handled. */
  public AsyncAutoPager<T> asyncAutoPager(String endpoint, Transport transport,
      RequestOptions options) {
    return AsyncAutoPager.of(
        () -> fetchAsync(endpoint, transport, options, GenericPages.<P, L, T>async()));
  }

  private PageState<P, L, T> state(String endpoint, Transport transport, RequestOptions options,
      L list) {
    return new PageState<>(paging, endpoint, transport, options, params, list, false);
  }
}
