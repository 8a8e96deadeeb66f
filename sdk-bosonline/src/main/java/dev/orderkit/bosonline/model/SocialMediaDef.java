package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A store's social media link (an entry of the result's {@code social_media} list). */
@ValueStyle
@Value.Immutable
abstract class SocialMediaDef {
  /** Returns the network, such as {@code "facebook"}. */
  public abstract Optional<String> name();

  /** Returns the link, such as {@code "https://facebook.com"}. */
  public abstract Optional<String> url();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
