/**
 * Stateful in-JVM fakes of the four APIs on MockWebServer, for integration tests of systems that
 * use OrderKit (or any HTTP client): {@link dev.orderkit.testkit.FakeApi} with fault injection,
 * a JUnit 5 extension and a standalone launcher.
 */
@NullMarked
package dev.orderkit.testkit;

import org.jspecify.annotations.NullMarked;
