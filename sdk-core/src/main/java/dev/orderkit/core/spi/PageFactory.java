package dev.orderkit.core.spi;

/**
 * Makes an API module's page type from the state core keeps for it, such as
 * {@code OrderPage::new}.
 *
 * @param <S> the page type made
 */
public interface PageFactory<P, L, T, S> {
  /** The page holding {@code state}. */
  S create(PageState<P, L, T> state);
}
