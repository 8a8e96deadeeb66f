package dev.orderkit.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one declaration of an endpoint, in a {@link Service} class: a public static method
 * whose parameters are the call's and which returns its {@link ApiRequest} (method, path, body,
 * parser, whether it is safe to repeat, result statuses), or, for a listing, its first
 * {@link PageRequest}. Its Javadoc is the call's.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
public @interface Endpoint {
  /** The call's name in the services; the method's own name when empty. */
  String name() default "";

  /**
   * For a listing: the module's blocking page type, made by a constructor taking the
   * {@link PageState} (the listing's {@code list} call returns it).
   */
  Class<?> page() default Void.class;

  /** For a listing: the module's async page type, made the same way. */
  Class<?> asyncPage() default Void.class;
}
