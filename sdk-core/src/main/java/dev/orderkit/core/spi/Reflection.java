package dev.orderkit.core.spi;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/** {@link Method#invoke} with failures turned into {@link JsonDataException}s naming a path. */
final class Reflection {
  private static final Object[] NO_ARGS = new Object[0];

  private Reflection() {}

  /**
   * Makes {@code method} callable even when it or its class is not public, and skips the access
   * check on every call: {@link Method#invoke} otherwise verifies access each time through a
   * one-entry cache, which many threads binding many types keep missing.
   */
  static Method accessible(Method method) {
    try {
      method.setAccessible(true);
    } catch (RuntimeException e) { // a module that does not open its package (Java 9+)
      if (!Modifier.isPublic(method.getModifiers())
          || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        throw e;
      }
    }
    return method;
  }

  /** Calls a one-argument {@code method} while reading; failures name the reader's path. */
  static @Nullable Object call(Method method, @Nullable Object target, Object arg,
      JsonReader reader) {
    return callWith(method, target, new Object[] {arg}, reader);
  }

  /**
   * Calls {@code method} with {@code arguments} while reading; failures name the reader's path.
   * Lets a caller reuse one array for many calls ({@link Method#invoke} does not keep it).
   */
  static @Nullable Object callWith(Method method, @Nullable Object target, Object[] arguments,
      JsonReader reader) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException e) {
      throw wrap(method, e, reader.getPath());
    }
  }

  /** Calls a no-argument {@code method} while reading; failures name the reader's path. */
  static @Nullable Object call(Method method, @Nullable Object target, JsonReader reader) {
    return callWith(method, target, NO_ARGS, reader);
  }

  /** Calls a no-argument {@code method} while writing; failures name the writer's path. */
  static @Nullable Object call(Method method, @Nullable Object target, JsonWriter writer) {
    try {
      return method.invoke(target, NO_ARGS);
    } catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException e) {
      throw wrap(method, e, writer.getPath());
    }
  }

  private static JsonDataException wrap(Method method, Exception e, String path) {
    if (e instanceof InvocationTargetException) {
      return failure(method, e.getCause(), path);
    }
    return new JsonDataException("Cannot call " + method + " at path " + path, e);
  }

  /**
   * Returns the exception to throw for {@code cause}, thrown by {@code method} at {@code path}: a
   * {@link JsonDataException} naming the path. Errors are rethrown as they are.
   */
  static JsonDataException failure(Method method, Throwable cause, String path) {
    if (cause instanceof JsonDataException) {
      return (JsonDataException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new JsonDataException(describe(method, cause) + " at path " + path, cause);
  }

  private static String describe(Method method, Throwable cause) {
    String message = cause.getMessage();
    return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " failed: "
        + (message != null ? message : cause.getClass().getName());
  }
}
