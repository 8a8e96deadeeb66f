package dev.orderkit.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the annotated {@code MockWebServer} field before each test (before the class's own
 * {@code @BeforeEach} methods) and shuts it down after it:
 * {@code @StartStop private final MockWebServer server = new MockWebServer();}.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(StartStopExtension.class)
public @interface StartStop {}
