package dev.orderkit.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a service of an API module: the annotated class (in the module's {@code internal}
 * package) holds one static method per endpoint, each annotated {@link Endpoint}. OrderKit's
 * annotation processor (the build-time {@code sdk-codegen} module) writes, in the package above
 * {@code internal}, the public service classes with every form of every endpoint:
 *
 * <ul>
 *   <li>{@code value()}, blocking: {@code detail(5)} and {@code detail(5, RequestOptions)};
 *   <li>its {@code withRawResponse()}: the same, returning {@code HttpResponseFor} before parsing;
 *   <li>{@code "Async" + value()}: the same returning {@code CompletableFuture}s, and its own
 *       {@code withRawResponse()};
 *   <li>for a listing, also {@code listAutoPaging} in both (an {@link dev.orderkit.core.AutoPager}
 *       or an {@link dev.orderkit.core.AsyncAutoPager}).
 * </ul>
 *
 * <p>The class's Javadoc becomes the services' and each method's Javadoc its calls', so an endpoint
 * is written once and its forms cannot drift.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
public @interface Service {
  /** The blocking service's simple name, such as {@code OrderService}. */
  String value();
}
