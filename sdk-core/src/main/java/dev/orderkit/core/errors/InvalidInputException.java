package dev.orderkit.core.errors;

/**
 * Input the SDK refused before sending anything: an invalid client option or request parameter.
 * The message names the field and the rule it broke.
 */
public class InvalidInputException extends OrderKitException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates the exception for {@code field}, with {@code rule} saying what was expected. */
  public InvalidInputException(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
  }

  /** The option or parameter that was refused, e.g. {@code baseUrl} or {@code per_page}. */
  public String field() {
    return field;
  }
}
