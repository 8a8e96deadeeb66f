package dev.orderkit.core.errors;

/** HTTP 403: the credentials are valid but not allowed to do this. */
public final class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public PermissionDeniedException(ErrorDetails details) {
    super(details);
  }
}
