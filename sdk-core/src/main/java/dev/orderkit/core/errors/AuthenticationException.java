package dev.orderkit.core.errors;

/** HTTP 401: the key or token was missing, wrong or expired (after one refresh, when the credentials can refresh). */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
