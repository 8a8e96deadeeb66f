package dev.orderkit.core;

import dev.orderkit.core.spi.PageState;
import java.util.List;
import java.util.Optional;

/**
 * What every page of every API shares, blocking or not: its items, its number, and whether
 * another page follows by the API's paging rule. API modules' page types extend it and add what
 * their API reports (such as totals).
 *
 * @param <P> the list parameters
 * @param <L> one decoded page
 * @param <T> an item
 */
public abstract class ListPage<P, L, T> {
  private final PageState<P, L, T> state;

  /** A page holding {@code state}. */
  protected ListPage(PageState<P, L, T> state) {
    this.state = state;
  }

  /** The items on this page, in the API's order. */
  public List<T> items() {
    return state.items();
  }

  /** Whether another page follows this one. */
  public boolean hasNextPage() {
    return state.hasNextPage();
  }

  /** The parameters that fetched this page. */
  public P params() {
    return state.params();
  }

  /** This page's number, as asked for. */
  public Optional<Integer> pageNumber() {
    return Optional.of(state.pageNumber());
  }

  /** The state core keeps for this page; subclasses fetch the next page through it. */
  protected final PageState<P, L, T> state() {
    return state;
  }

  /** The decoded page. */
  protected final L data() {
    return state.data();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + state + "}";
  }
}
