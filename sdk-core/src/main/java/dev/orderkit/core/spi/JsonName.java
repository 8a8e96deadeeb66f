package dev.orderkit.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON name of a {@link ValueStyle} value type's property (on its accessor) or of a Java enum
 * constant, where it differs from the Java name: {@code @JsonName("order_id") long orderId()}.
 *
 * <p>Read by OrderKit's annotation processor at build time (class retention: also from a type in
 * another jar) and invisible at run time, so a shrinker (R8, ProGuard) may rename and remove
 * model members freely; Moshi's own {@code @Json}, visible at run time, would make Moshi's rules
 * keep every annotated model.
 */
@Documented
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.CLASS)
public @interface JsonName {
  /** The name in JSON. */
  String value();
}
