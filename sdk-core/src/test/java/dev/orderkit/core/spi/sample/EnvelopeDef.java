package dev.orderkit.core.spi.sample;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A generic test envelope, like the partner API's {@code {status, message, data, request_id}}. */
@ValueStyle
@Value.Immutable
public interface EnvelopeDef<T> {
  int status();

  String message();

  Optional<T> data();

  @JsonName("request_id")
  Optional<String> requestId();
}
