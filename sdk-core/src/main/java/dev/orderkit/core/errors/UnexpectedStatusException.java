package dev.orderkit.core.errors;

/** An error status the API's documentation does not describe (any 4xx other than 400, 401, 403, 404, 409, 422, 429). */
public final class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public UnexpectedStatusException(ErrorDetails details) {
    super(details);
  }
}
