package dev.orderkit.core;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.internal.FixedCredentials;
import dev.orderkit.core.internal.RefreshingCredentials;

/**
 * Where the bearer token comes from: a fixed API key, or a {@link TokenSupplier} that can fetch
 * a new token when the API answers 401 (the request is then replayed once). Implementations
 * never reveal the token in {@code toString()}.
 */
public interface Credentials {

  /** The token to send now as {@code Authorization: Bearer <token>}. */
  String token();

  /** Whether {@link #refresh(String)} can produce a new token. */
  boolean canRefresh();

  /**
   * Returns a fresh token after {@code rejectedToken} was refused with a 401. When several calls
   * are refused at once, only one fetch happens: a call whose token was already replaced gets the
   * replacement. Fixed credentials return the same token.
   */
  String refresh(String rejectedToken);

  /** A fixed API key or token that never changes. */
  static Credentials bearer(String apiKey) {
    if (apiKey == null || apiKey.trim().isEmpty()) {
      throw new InvalidInputException("apiKey", "must be a non-empty key");
    }
    if (!dev.orderkit.core.internal.HeaderChecks.isValidValue(apiKey.trim())) {
      throw new InvalidInputException("apiKey", "must be printable ASCII (it is sent as a header)");
    }
    return new FixedCredentials(apiKey.trim());
  }

  /**
   * A token fetched from {@code supplier} on first use and fetched again (once per rejection)
   * whenever the API answers 401.
   */
  static Credentials refreshing(TokenSupplier supplier) {
    if (supplier == null) {
      throw new InvalidInputException("tokenSupplier", "must not be null");
    }
    return new RefreshingCredentials(supplier);
  }
}
