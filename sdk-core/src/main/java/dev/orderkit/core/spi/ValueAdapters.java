package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Binds Immutables value types ({@link ValueStyle}) to Moshi through their builders: JSON
 * properties are set with the builder's setters and {@code build()} validates the result.
 *
 * <pre>{@code
 * Moshi moshi = OrderKitJson.moshiBuilder()
 *     .add(ValueAdapters.builder()
 *         .register(Order.class, Order::builder)
 *         .register(Item.class, Item::builder)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Each registered type is reflected once, on first use: its accessors (abstract ones and
 * those with a builder setter, such as {@code @Value.Default}), their JSON names ({@code @Json(name
 * = ...)} on the accessor, else the accessor name), generic types and builder setters. Moshi's
 * {@code @Json(ignore = true)} leaves a property out. The generated class and its {@code *Def}
 * type are both bound.
 *
 * <p>Decoding: JSON {@code null} leaves a property unset (except {@link JsonField}, where it is
 * {@link JsonField#ofNull()}); unknown properties go to {@code Map<String, Object>
 * additionalProperties()} as {@link JsonTree} values if the type declares it (top-level nulls are
 * dropped), else they are skipped. A missing required property fails with a
 * {@link com.squareup.moshi.JsonDataException} naming it and the path. Encoding: properties in
 * JSON-name order; empty {@code Optional}, missing {@code JsonField} and null values are omitted;
 * {@code additionalProperties} entries are written after them.
 */
public final class ValueAdapters implements JsonAdapter.Factory {
  private final Map<Class<?>, Registration> registrations;
  private final Map<Class<?>, ValueModel> models = new HashMap<>(); // guarded by this

  private ValueAdapters(Map<Class<?>, Registration> registrations) {
    this.registrations = registrations;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an adapter for a registered value type, or null for any other type. */
  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
      Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Registration registration = registrations.get(Types.getRawType(type));
    if (registration == null) {
      return null;
    }
    return new ValueAdapter(model(registration), type, moshi);
  }

  /** Returns the model of a registered type, reflecting it on first use only. */
  private synchronized ValueModel model(Registration registration) {
    ValueModel model = models.get(registration.valueClass);
    if (model == null) {
      model = ValueModel.create(registration.valueClass, registration.builders);
      models.put(registration.valueClass, model);
    }
    return model;
  }

  /** Returns how many types this factory has reflected so far. A test hook. */
  synchronized int reflectedTypes() {
    return models.size();
  }

  /** A registered type and the factory of its builders. */
  private static final class Registration {
    final Class<?> valueClass;
    final Supplier<?> builders;

    Registration(Class<?> valueClass, Supplier<?> builders) {
      this.valueClass = valueClass;
      this.builders = builders;
    }
  }

  /** Collects the value types to bind. */
  public static final class Builder {
    private final Map<Class<?>, Registration> registrations = new HashMap<>();

    private Builder() {}

    /**
     * Registers the Immutables-generated {@code type} (for example {@code Order.class}) with the
     * factory of its builder (for example {@code Order::builder}). Its {@code *Def} type is bound
     * too. Nothing is reflected until Moshi first asks for the type.
     *
     * @throws IllegalArgumentException if the type, or its {@code *Def} type, is already registered
     */
    public Builder register(Class<?> type, Supplier<?> builderFactory) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(builderFactory, "builderFactory");
      Registration registration = new Registration(type, builderFactory);
      put(type, registration);
      Class<?> abstractType = ValueModel.abstractTypeOf(type);
      if (abstractType != type) {
        put(abstractType, registration);
      }
      return this;
    }

    private void put(Class<?> type, Registration registration) {
      if (registrations.put(type, registration) != null) {
        throw new IllegalArgumentException(type.getName() + " is already registered");
      }
    }

    /** Returns the factory to add to a {@link Moshi.Builder}. */
    public ValueAdapters build() {
      return new ValueAdapters(Collections.unmodifiableMap(new HashMap<>(registrations)));
    }
  }
}
