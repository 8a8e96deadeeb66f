package dev.orderkit.core.internal;

import dev.orderkit.core.Credentials;

/** A key that never changes. */
public final class FixedCredentials implements Credentials {
  private final String key;

  /** Wraps a non-empty key. */
  public FixedCredentials(String key) {
    this.key = key;
  }

  @Override
  public String token() {
    return key;
  }

  @Override
  public boolean canRefresh() {
    return false;
  }

  @Override
  public String refresh(String rejectedToken) {
    return key;
  }

  @Override
  public String toString() {
    return "Credentials.bearer(<redacted>)";
  }
}
