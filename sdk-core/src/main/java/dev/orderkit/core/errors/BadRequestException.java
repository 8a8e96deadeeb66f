package dev.orderkit.core.errors;

/** HTTP 400: the API refused the request as malformed or invalid. */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
