package dev.orderkit.core.spi;

import dev.orderkit.core.errors.MissingAttributesException;
import dev.orderkit.core.errors.NullAttributeException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every OrderKit value type. Annotate an abstract {@code *Def} type with
 * {@code @ValueStyle @Value.Immutable}; the generated class drops the suffix and is the public
 * name:
 *
 * <pre>{@code
 * @ValueStyle
 * @Value.Immutable
 * abstract class OrderDef {
 *   public abstract long id();
 *   @Json(name = "order_code") public abstract String code();
 *   public abstract Optional<String> note();
 *   public abstract List<Item> items();
 * }
 * // generated: public final class Order extends OrderDef, with Order.builder() ... build()
 * }</pre>
 *
 * <p>The style: public generated class and builder, JDK collections only (never Guava), no
 * all-parameter constructor, {@code toBuilder()} on instances, {@code addItem} style singular
 * adders, setters accept a nullable value for {@code Optional} attributes, and a missing
 * required attribute throws {@link MissingAttributesException} and a null one
 * {@link NullAttributeException}, both {@code InvalidInputException}s naming the attribute. Runtime retention lets the
 * shipped R8/ProGuard rules find the annotated types.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    allParameters = false,
    toBuilder = "toBuilder",
    depluralize = true,
    optionalAcceptNullable = true,
    throwForInvalidImmutableState = MissingAttributesException.class,
    throwForNullPointer = NullAttributeException.class,
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
