package dev.orderkit.core.spi;

import com.squareup.moshi.Json;
import com.squareup.moshi.Types;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What reflection tells about one registered value type, computed once: its properties (accessor,
 * JSON name, generic type, builder setter), the builder's {@code build()} method and the optional
 * {@code additionalProperties()} map. Independent of any {@link com.squareup.moshi.Moshi}.
 */
final class ValueModel {
  /** The accessor that collects unknown JSON properties. */
  static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  private static final List<String> OBJECT_METHODS =
      Arrays.asList("hashCode", "toString", "getClass", "clone", "finalize");

  /** How a property's builder setter takes its value. */
  enum Kind {
    PLAIN,
    OPTIONAL,
    JSON_FIELD,
    COLLECTION,
    MAP
  }

  /**
   * One property: accessor, JSON name, declared type and builder setter. For an {@code Optional}
   * whose builder also takes the plain value ({@code x(T)} beside {@code x(Optional<T>)}, as
   * Immutables generates), {@link #valueSetter} and {@link #valueType} are that setter and
   * {@code T}: decoding then sets the value without wrapping it in an {@code Optional} first.
   */
  static final class Property {
    final String name;
    final String jsonName;
    final Method accessor;
    final Method setter;
    final Type type;
    final Kind kind;
    /** The setter decoding calls: {@link #setter}, or the plain-value one of an Optional. */
    final Method valueSetter;
    /** The type decoding reads: {@link #type}, or the Optional's element type. */
    final Type valueType;

    Property(String name, String jsonName, Method accessor, Method setter, Type type, Kind kind,
        Method valueSetter, Type valueType) {
      this.name = name;
      this.jsonName = jsonName;
      this.accessor = accessor;
      this.setter = setter;
      this.type = type;
      this.kind = kind;
      this.valueSetter = valueSetter;
      this.valueType = valueType;
    }
  }

  final Class<?> valueClass;
  final Class<?> abstractClass;
  final Supplier<?> builders;
  final Method build;
  /** Properties sorted by JSON name, so output is the same on every platform. */
  final List<Property> properties;
  /** The {@code additionalProperties()} property, or null if the type declares none. */
  final @Nullable Property additional;

  private ValueModel(Class<?> valueClass, Class<?> abstractClass, Supplier<?> builders,
      Method build, List<Property> properties, @Nullable Property additional) {
    this.valueClass = valueClass;
    this.abstractClass = abstractClass;
    this.builders = builders;
    this.build = build;
    this.properties = properties;
    this.additional = additional;
  }

  /**
   * Returns the abstract type that declares the accessors: {@code type} itself when abstract,
   * else the abstract superclass or sole interface the Immutables-generated {@code type} extends.
   */
  static Class<?> abstractTypeOf(Class<?> type) {
    if (Modifier.isAbstract(type.getModifiers())) {
      return type;
    }
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && Modifier.isAbstract(superclass.getModifiers())) {
      return superclass;
    }
    Class<?>[] interfaces = type.getInterfaces();
    if (interfaces.length == 1) {
      return interfaces[0];
    }
    throw new IllegalArgumentException(type.getName()
        + " is not an Immutables-generated class extending or implementing its *Def type");
  }

  /** Reflects {@code valueClass} and the builder that {@code builders} supplies. */
  static ValueModel create(Class<?> valueClass, Supplier<?> builders) {
    Class<?> abstractClass = abstractTypeOf(valueClass);
    Object builder = builders.get();
    if (builder == null) {
      throw new IllegalArgumentException("Builder supplier for " + valueClass.getName()
          + " returned null");
    }
    Class<?> builderClass = builder.getClass();
    Method build = publicMethod(builderClass, "build");
    if (!abstractClass.isAssignableFrom(build.getReturnType())) {
      throw new IllegalArgumentException(builderClass.getName() + ".build() does not return "
          + abstractClass.getName());
    }
    List<Property> properties = new ArrayList<>();
    Property additional = null;
    for (Method accessor : accessors(abstractClass)) {
      Property property = property(accessor, builderClass);
      if (property == null) {
        continue;
      }
      if (property.name.equals(ADDITIONAL_PROPERTIES) && property.kind == Kind.MAP) {
        additional = property;
      } else if (!isIgnored(accessor)) {
        properties.add(property);
      }
    }
    Collections.sort(properties, (a, b) -> a.jsonName.compareTo(b.jsonName));
    for (int i = 1; i < properties.size(); i++) {
      if (properties.get(i).jsonName.equals(properties.get(i - 1).jsonName)) {
        throw new IllegalArgumentException(abstractClass.getName() + " has two properties named '"
            + properties.get(i).jsonName + "' in JSON");
      }
    }
    return new ValueModel(valueClass, abstractClass, builders, Reflection.accessible(build),
        Collections.unmodifiableList(properties), additional);
  }

  /**
   * Returns the bindings of the type variables of {@link #abstractClass} and its supertypes for
   * the requested {@code type} (for example {@code Envelope<Order>}).
   */
  Map<TypeVariable<?>, Type> typeBindings(Type type) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    Class<?> raw = type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    Type[] args = type instanceof ParameterizedType
        ? ((ParameterizedType) type).getActualTypeArguments() : new Type[0];
    bind(raw, args, bindings);
    return bindings;
  }

  private static void bind(Class<?> type, Type[] args, Map<TypeVariable<?>, Type> bindings) {
    TypeVariable<?>[] variables = type.getTypeParameters();
    for (int i = 0; i < variables.length && i < args.length; i++) {
      bindings.put(variables[i], TypeArguments.resolve(args[i], bindings));
    }
    List<Type> supertypes = new ArrayList<>(Arrays.asList(type.getGenericInterfaces()));
    if (type.getGenericSuperclass() != null) {
      supertypes.add(type.getGenericSuperclass());
    }
    for (Type supertype : supertypes) {
      if (supertype instanceof ParameterizedType) {
        ParameterizedType parameterized = (ParameterizedType) supertype;
        Type[] resolved = parameterized.getActualTypeArguments().clone();
        for (int i = 0; i < resolved.length; i++) {
          resolved[i] = TypeArguments.resolve(resolved[i], bindings);
        }
        bind((Class<?>) parameterized.getRawType(), resolved, bindings);
      } else if (supertype instanceof Class && supertype != Object.class) {
        bind((Class<?>) supertype, new Type[0], bindings);
      }
    }
  }

  /** The instance no-argument methods of {@code type} and its supertypes, most derived first. */
  private static Collection<Method> accessors(Class<?> type) {
    Map<String, Method> byName = new LinkedHashMap<>();
    collect(type, byName);
    return byName.values();
  }

  private static void collect(@Nullable Class<?> type, Map<String, Method> byName) {
    if (type == null || type == Object.class) {
      return;
    }
    for (Method method : type.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (method.getParameterTypes().length == 0
          && method.getReturnType() != void.class
          && !Modifier.isStatic(modifiers)
          && !Modifier.isPrivate(modifiers)
          && !method.isSynthetic()
          && !method.isBridge()
          && !OBJECT_METHODS.contains(method.getName())
          && !byName.containsKey(method.getName())) {
        byName.put(method.getName(), method);
      }
    }
    collect(type.getSuperclass(), byName);
    for (Class<?> implemented : type.getInterfaces()) {
      collect(implemented, byName);
    }
  }

  /**
   * Returns the property for {@code accessor}, or null if it is not an attribute (a concrete
   * helper, {@code @Value.Derived} or {@code @Value.Lazy} method: the builder has no setter).
   */
  private static @Nullable Property property(Method accessor, Class<?> builderClass) {
    Class<?> raw = accessor.getReturnType();
    Kind kind = kindOf(raw);
    Method setter = setter(builderClass, accessor.getName(), kind, raw);
    if (setter == null) {
      if (Modifier.isAbstract(accessor.getModifiers())) {
        throw new IllegalArgumentException("No builder method " + builderClass.getName() + "."
            + accessor.getName() + " for " + accessor);
      }
      return null;
    }
    Type type = accessor.getGenericReturnType();
    Method valueSetter = setter;
    Type valueType = type;
    if (kind == Kind.OPTIONAL && type instanceof ParameterizedType) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      Method plain = element instanceof Class || element instanceof ParameterizedType
          ? setter(builderClass, accessor.getName(), Kind.PLAIN, Types.getRawType(element))
          : null;
      if (plain != null && plain.getParameterTypes()[0] == Types.getRawType(element)) {
        valueSetter = plain;
        valueType = element;
      }
    }
    return new Property(accessor.getName(), jsonName(accessor), Reflection.accessible(accessor),
        Reflection.accessible(setter), type, kind, Reflection.accessible(valueSetter), valueType);
  }

  private static Kind kindOf(Class<?> raw) {
    if (raw == Optional.class) {
      return Kind.OPTIONAL;
    } else if (raw == JsonField.class) {
      return Kind.JSON_FIELD;
    } else if (Collection.class.isAssignableFrom(raw)) {
      return Kind.COLLECTION;
    } else if (Map.class.isAssignableFrom(raw)) {
      return Kind.MAP;
    }
    return Kind.PLAIN;
  }

  /** Returns the builder method that sets a whole attribute of this kind, or null. */
  private static @Nullable Method setter(Class<?> builderClass, String name, Kind kind,
      Class<?> raw) {
    for (Method method : builderClass.getMethods()) {
      if (!method.getName().equals(name)
          || method.getParameterTypes().length != 1
          || method.isBridge()
          || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      boolean matches;
      switch (kind) {
        case OPTIONAL:
          matches = parameter == Optional.class;
          break;
        case COLLECTION:
          matches = parameter == Iterable.class;
          break;
        case MAP:
          matches = parameter == Map.class;
          break;
        default:
          matches = parameter == raw || (!raw.isPrimitive() && parameter.isAssignableFrom(raw));
      }
      if (matches) {
        return method;
      }
    }
    return null;
  }

  private static String jsonName(Method accessor) {
    Json json = accessor.getAnnotation(Json.class);
    return json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : accessor.getName();
  }

  private static boolean isIgnored(Method accessor) {
    Json json = accessor.getAnnotation(Json.class);
    return json != null && json.ignore();
  }

  private static Method publicMethod(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no public " + name + "()", e);
    }
  }
}
