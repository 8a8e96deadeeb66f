package dev.orderkit.core.errors;

import dev.orderkit.core.spi.ValueJsonAdapter;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An {@link InvalidInputException} thrown by a {@link ValueStyle} builder's {@code build()} when
 * required attributes were not set, naming them
 * (or when it cannot otherwise initialize the value).
 * When decoding JSON, {@link ValueJsonAdapter} turns it into a
 * {@link com.squareup.moshi.JsonDataException} naming the missing JSON properties.
 */
public final class MissingAttributesException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final List<String> attributes;

  /** Creates the exception for the missing {@code attributes}; called by generated builders. */
  public MissingAttributesException(String... attributes) {
    super(join(attributes), "is required but was not set");
    this.attributes = Collections.unmodifiableList(Arrays.asList(attributes.clone()));
  }

  /**
   * Creates the exception for another invalid builder state, such as {@code @Value.Default}
   * initializers that depend on each other in a cycle; {@link #attributes()} is then empty.
   */
  public MissingAttributesException(String message) {
    super("value", message);
    this.attributes = Collections.emptyList();
  }

  private static String join(String[] names) {
    StringBuilder sb = new StringBuilder();
    for (String name : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append(name);
    }
    return sb.toString();
  }

  /** Returns the names of the missing attributes, as the accessors name them. */
  public List<String> attributes() {
    return attributes;
  }
}
