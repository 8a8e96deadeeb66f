package dev.orderkit.core.events;

/** Why a call is sent again. */
public enum RetryReason {
  /** The server declined without processing: 408 or 429. */
  SERVER_DECLINED,
  /** A 500, 502, 503 or 504 on a request that is safe to repeat. */
  SERVER_ERROR,
  /** A connection failure: refused, reset, DNS or TLS, or before the request was sent. */
  CONNECTION_FAILURE,
  /** A timeout, before the request was sent or on a request that is safe to repeat. */
  TIMEOUT,
  /**
   * A pooled connection the server had closed while idle; nothing was sent. Not counted as a
   * retry, and it draws nothing from the retry quota.
   */
  STALE_CONNECTION,
  /** A 401 answered by refreshing the token once. Not counted against the retries. */
  TOKEN_REFRESHED
}
