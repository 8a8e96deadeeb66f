package dev.orderkit.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional property of a {@link ValueStyle} value type that is written as JSON
 * {@code null} when absent, instead of being left out, because the API's documentation sends it
 * so. Read by OrderKit's annotation processor at build time.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface ExplicitNull {}
