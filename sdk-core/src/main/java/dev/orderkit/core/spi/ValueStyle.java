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
 *   @JsonName("order_code") public abstract String code();
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
 * {@link NullAttributeException}, both {@code InvalidInputException}s naming the attribute.
 *
 * <p>JSON names are given with {@link JsonName}, attributes kept out of JSON with
 * {@link JsonIgnore}; the adapters are generated at build time ({@link GenerateJsonAdapters}).
 * Class retention: the processor sees the annotation on types from other jars; nothing reads it
 * at run time.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
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
