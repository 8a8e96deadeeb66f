package dev.orderkit.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks OrderKit's annotation processor (the build-time {@code sdk-codegen} module) to generate,
 * beside the annotated class {@code X}, a Moshi {@code JsonAdapter.Factory} named
 * {@code XAdapters} with a static {@code FACTORY}. It binds every type of the same compilation
 * that is a {@link ValueStyle} value type or an {@link dev.orderkit.core.OpenEnum}, and every Java
 * enum one of their properties holds, each through a generated adapter (a
 * {@link ValueJsonAdapter}, {@link OpenEnumJsonAdapter} or {@link JavaEnumJsonAdapter}) that
 * calls builders, accessors and {@code of(String)} directly: nothing is reflected at run time.
 *
 * <pre>{@code
 * @GenerateJsonAdapters
 * public final class PartnerJson {
 *   public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
 *       .add(PartnerJsonAdapters.FACTORY)
 *       .build();
 * }
 * }</pre>
 *
 * <p>A model mistake is a compile error naming the type and property: a property type OrderKit
 * cannot bind (such as {@code double}: amounts are {@code BigDecimal}), two properties with the
 * same JSON name, value types but no class with this annotation, or two such classes.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
public @interface GenerateJsonAdapters {
  /**
   * Types the module reads and writes with a hand-written adapter that it adds to its Moshi
   * (for example an order number that arrives as a string or a number): properties may hold
   * them, and they are treated as scalars.
   */
  Class<?>[] scalars() default {};
}
