package dev.orderkit.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute of a {@link ValueStyle} value type that is never read from or written to
 * JSON (such as a request id the client sets from a header). Read by OrderKit's annotation
 * processor at build time.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface JsonIgnore {}
