package dev.orderkit.core.errors;

import dev.orderkit.core.spi.ValueStyle;


/**
 * An {@link InvalidInputException} thrown by a {@link ValueStyle} builder when {@code null} is
 * passed for an attribute (or a collection element) that must not be null. Immutables would
 * otherwise throw a bare {@code NullPointerException}.
 */
public final class NullAttributeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code attribute}; called by generated builders. */
  public NullAttributeException(String attribute) {
    super(attribute, "must not be null");
  }
}
