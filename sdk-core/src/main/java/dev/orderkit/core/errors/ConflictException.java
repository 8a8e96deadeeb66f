package dev.orderkit.core.errors;

/** HTTP 409: the request conflicts with the resource's current state. */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
