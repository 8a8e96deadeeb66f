package dev.orderkit.core.errors;

/** HTTP 404: the order, form or record does not exist. */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
