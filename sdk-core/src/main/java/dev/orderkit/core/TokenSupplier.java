package dev.orderkit.core;

/**
 * Fetches a bearer token, for APIs whose tokens expire (bosOnline has login and refresh).
 * Called on first use and after each 401; it may block (for a login call) and may throw, in
 * which case the call fails with an {@link dev.orderkit.core.errors.OrderKitException} whose
 * message does not contain the token.
 */
@FunctionalInterface
public interface TokenSupplier {
  /** Returns a new, non-empty token. */
  String fetchToken() throws Exception;
}
