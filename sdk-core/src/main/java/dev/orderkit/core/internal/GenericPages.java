package dev.orderkit.core.internal;

import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.ListPage;
import dev.orderkit.core.Page;
import dev.orderkit.core.spi.PageFactory;
import dev.orderkit.core.spi.PageState;
import java.util.concurrent.CompletableFuture;

/** The plain pages behind auto-pagers, which need no API-specific accessors. */
public final class GenericPages {
  private GenericPages() {}

  /** Makes blocking pages. */
  public static <P, L, T> PageFactory<P, L, T, Page<T>> blocking() {
    return Blocking::new;
  }

  /** Makes async pages. */
  public static <P, L, T> PageFactory<P, L, T, AsyncPage<T>> async() {
    return Async::new;
  }

  private static final class Blocking<P, L, T> extends ListPage<P, L, T> implements Page<T> {
    Blocking(PageState<P, L, T> state) {
      super(state);
    }

    @Override
    public Page<T> nextPage() {
      return state().next(Blocking::new);
    }
  }

  private static final class Async<P, L, T> extends ListPage<P, L, T> implements AsyncPage<T> {
    Async(PageState<P, L, T> state) {
      super(state);
    }

    @Override
    public CompletableFuture<AsyncPage<T>> nextPage() {
      return state().nextAsync(Async::new);
    }
  }
}
