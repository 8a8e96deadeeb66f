package dev.orderkit.core.errors;

/** HTTP 422: the API's validation refused the request; {@link #fieldErrors()} says which fields and why. */
public final class ValidationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public ValidationException(ErrorDetails details) {
    super(details);
  }
}
