package dev.orderkit.core.errors;

/** HTTP 5xx: the server failed. For a request that creates something this arrives as the cause of an {@link OutcomeUnknownException}. */
public final class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from decoded error details. */
  public ServerException(ErrorDetails details) {
    super(details);
  }
}
