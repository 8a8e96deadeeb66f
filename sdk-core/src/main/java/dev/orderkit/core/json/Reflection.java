package dev.orderkit.core.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** {@link Method#invoke} with failures turned into {@link JsonDataException}s naming a path. */
final class Reflection {
  private static final Object[] NO_ARGS = new Object[0];

  private Reflection() {}

  /** Makes {@code method} callable even when it or its class is not public. */
  static Method accessible(Method method) {
    if (!Modifier.isPublic(method.getModifiers())
        || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
      method.setAccessible(true);
    }
    return method;
  }

  /** Calls a one-argument {@code method} while reading; failures name the reader's path. */
  static Object call(Method method, Object target, Object arg, JsonReader reader) {
    return invoke(method, target, new Object[] {arg}, reader::getPath);
  }

  /** Calls a no-argument {@code method} while reading; failures name the reader's path. */
  static Object call(Method method, Object target, JsonReader reader) {
    return invoke(method, target, NO_ARGS, reader::getPath);
  }

  /** Calls a no-argument {@code method} while writing; failures name the writer's path. */
  static Object call(Method method, Object target, JsonWriter writer) {
    return invoke(method, target, NO_ARGS, writer::getPath);
  }

  private static Object invoke(Method method, Object target, Object[] args, Path path) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw failure(method, e.getCause(), path.get());
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new JsonDataException("Cannot call " + method + " at path " + path.get(), e);
    }
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

  /** Computes a path only when an error needs it. */
  private interface Path {
    String get();
  }
}
