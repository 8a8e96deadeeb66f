package dev.orderkit.core.spi;

import com.squareup.moshi.Types;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Map;

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

  /**
   * Replaces the type variables in {@code type} by their bindings; an unbound variable becomes
   * the raw type of its first bound.
   */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable) {
      Type bound = bindings.get(type);
      return bound != null ? bound : Types.getRawType(((TypeVariable<?>) type).getBounds()[0]);
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Type[] args = parameterized.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(args[i], bindings);
      }
      Type owner = parameterized.getOwnerType();
      return owner == null
          ? Types.newParameterizedType(parameterized.getRawType(), args)
          : Types.newParameterizedTypeWithOwner(owner, parameterized.getRawType(), args);
    }
    if (type instanceof GenericArrayType) {
      return Types.arrayOf(resolve(((GenericArrayType) type).getGenericComponentType(), bindings));
    }
    if (type instanceof WildcardType) {
      WildcardType wildcard = (WildcardType) type;
      Type[] lower = wildcard.getLowerBounds();
      return lower.length > 0
          ? Types.supertypeOf(resolve(lower[0], bindings))
          : Types.subtypeOf(resolve(wildcard.getUpperBounds()[0], bindings));
    }
    return type;
  }
}
