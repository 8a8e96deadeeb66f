package dev.orderkit.core.json.sample;

import com.squareup.moshi.Json;
import dev.orderkit.core.json.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A generic test envelope, like the partner API's {@code {status, message, data, request_id}}. */
@ValueStyle
@Value.Immutable
public interface EnvelopeDef<T> {
  int status();

  String message();

  Optional<T> data();

  @Json(name = "request_id")
  Optional<String> requestId();
}
