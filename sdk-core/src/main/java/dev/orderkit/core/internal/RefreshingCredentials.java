package dev.orderkit.core.internal;

import dev.orderkit.core.Credentials;
import dev.orderkit.core.TokenSupplier;
import dev.orderkit.core.errors.OrderKitException;
import org.jspecify.annotations.Nullable;

/** A token fetched lazily from a supplier and fetched again, once per rejection, after a 401. */
public final class RefreshingCredentials implements Credentials {
  private final TokenSupplier supplier;
  private @Nullable String current;

  /** Wraps the supplier; nothing is fetched until the first request. */
  public RefreshingCredentials(TokenSupplier supplier) {
    this.supplier = supplier;
  }

  @Override
  public synchronized String token() {
    if (current == null) {
      current = fetch();
    }
    return current;
  }

  @Override
  public boolean canRefresh() {
    return true;
  }

  @Override
  public synchronized String refresh(String rejectedToken) {
    if (current != null && !current.equals(rejectedToken)) {
      return current; // another call already replaced the rejected token
    }
    current = fetch();
    return current;
  }

  private String fetch() {
    String token;
    try {
      token = supplier.fetchToken();
    } catch (RuntimeException e) {
      throw new OrderKitException("The token supplier failed: " + e.getClass().getName(), e, 0);
    } catch (Exception e) {
      throw new OrderKitException("The token supplier failed: " + e.getClass().getName(), e, 0);
    }
    if (token == null || token.trim().isEmpty()) {
      throw new OrderKitException("The token supplier returned an empty token");
    }
    return token.trim();
  }

  @Override
  public String toString() {
    return "Credentials.refreshing(<redacted>)";
  }
}
