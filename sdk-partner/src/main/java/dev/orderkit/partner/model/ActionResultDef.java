package dev.orderkit.partner.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a call whose envelope {@code data} is {@code null} or {@code []}: create, update
 * and the fulfillment actions; the service builds it from the envelope.
 */
@ValueStyle
@Value.Immutable
abstract class ActionResultDef {
  /** Returns the envelope's {@code status}, such as 200 or 201. */
  public abstract int status();

  /** Returns the envelope's {@code message}, such as {@code "Success Process Order ORD123"}. */
  public abstract String message();

  /** Returns the envelope's {@code request_id}. */
  @JsonName("request_id")
  public abstract Optional<String> requestId();
}
