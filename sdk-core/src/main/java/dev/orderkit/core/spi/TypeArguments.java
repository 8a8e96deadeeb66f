package dev.orderkit.core.spi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** Small helpers over {@link java.lang.reflect.Type}. */
final class TypeArguments {
  private TypeArguments() {}

  /** Returns the first type argument of {@code type}, or {@code Object} if it is raw. */
  static Type first(Type type) {
    if (type instanceof ParameterizedType) {
      return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return Object.class;
  }
}
