package dev.orderkit.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An enumeration that stays open: a value the SDK does not know yet decodes to a new instance
 * holding the raw string instead of failing. Equality is by class and {@link #value()}.
 *
 * <p>A subclass declares its constants, a plain Java {@code Known} enum, and a {@link Lookup}:
 *
 * <pre>{@code
 * public final class OrderStatus extends OpenEnum {
 *   public static final OrderStatus PENDING = new OrderStatus("pending");
 *   public static final OrderStatus PAID = new OrderStatus("paid");
 *
 *   private static final Lookup<OrderStatus, Known> LOOKUP =
 *       OpenEnum.lookup(OrderStatus::new, Known.class)
 *           .add(PENDING, Known.PENDING)
 *           .add(PAID, Known.PAID)
 *           .build();
 *
 *   private OrderStatus(String value) { super(value); }
 *
 *   public static OrderStatus of(String value) { return LOOKUP.of(value); }
 *
 *   public Optional<Known> known() { return LOOKUP.known(this); }
 *
 *   public boolean is(OrderStatus other) {   // the same Known member, or the same unknown value
 *     return known().equals(other.known()) && (known().isPresent() || equals(other));
 *   }
 *
 *   public enum Known { PENDING, PAID }
 * }
 * }</pre>
 *
 * <p>Moshi binds every subclass through its public static {@code of(String)} and writes
 * {@link #value()}.
 */
public abstract class OpenEnum {
  private final String value;

  /** Creates an instance for {@code value}, the exact string used on the wire. */
  protected OpenEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns a builder of the lookup table for one subclass: {@code factory} makes instances for
   * unknown values (usually the private constructor), {@code knownType} is its {@code Known} enum.
   */
  protected static <E extends OpenEnum, K extends Enum<K>> Lookup.Builder<E, K> lookup(
      Function<String, E> factory, Class<K> knownType) {
    Objects.requireNonNull(knownType, "knownType");
    return new Lookup.Builder<>(factory);
  }

  /** Returns the raw value, exactly as it appears in JSON. */
  public final String value() {
    return value;
  }

  /** Returns true if {@code o} is of the same class and has the same value. */
  @Override
  public final boolean equals(@Nullable Object o) {
    return o == this
        || (o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return 31 * getClass().getName().hashCode() + value.hashCode();
  }

  /** Returns {@link #value()}. */
  @Override
  public final String toString() {
    return value;
  }

  /**
   * The constants of one {@link OpenEnum} subclass and their {@code Known} counterparts.
   * Immutable and thread-safe once built.
   *
   * @param <E> the open enum type
   * @param <K> its {@code Known} Java enum
   */
  protected static final class Lookup<E extends OpenEnum, K extends Enum<K>> {
    private final Function<String, E> factory;
    private final Map<String, E> constants;
    private final Map<String, K> known;

    private Lookup(Builder<E, K> builder) {
      this.factory = builder.factory;
      this.constants = Collections.unmodifiableMap(new HashMap<>(builder.constants));
      this.known = Collections.unmodifiableMap(new HashMap<>(builder.known));
    }

    /** Returns the constant for {@code value}, or a new instance holding an unknown value. */
    public E of(String value) {
      if (value == null) {
        throw new dev.orderkit.core.errors.InvalidInputException("value",
            "must not be null (an open enumeration holds a string)");
      }
      E constant = constants.get(value);
      return constant != null ? constant : factory.apply(value);
    }

    /** Returns the {@code Known} member for {@code instance}'s value, or empty if unknown. */
    public Optional<K> known(E instance) {
      return Optional.ofNullable(known.get(instance.value()));
    }

    /**
     * Collects the constants of a {@link Lookup}.
     *
     * @param <E> the open enum type
     * @param <K> its {@code Known} Java enum
     */
    public static final class Builder<E extends OpenEnum, K extends Enum<K>> {
      private final Function<String, E> factory;
      private final Map<String, E> constants = new HashMap<>();
      private final Map<String, K> known = new HashMap<>();

      private Builder(Function<String, E> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
      }

      /** Registers {@code constant}, returned by {@code of} for its value, as {@code known}. */
      public Builder<E, K> add(E constant, K known) {
        put(constant.value(), known);
        constants.put(constant.value(), constant);
        return this;
      }

      /**
       * Maps another spelling to {@code known} (for example {@code "COD"} next to {@code "cod"}).
       * {@code of(value)} still returns an instance keeping that spelling, so it round-trips.
       */
      public Builder<E, K> alias(String value, K known) {
        put(value, known);
        return this;
      }

      private void put(String value, K k) {
        Objects.requireNonNull(k, "known");
        if (known.put(value, k) != null) {
          throw new IllegalArgumentException("Duplicate open enum value: " + value);
        }
      }

      /** Returns the lookup table. */
      public Lookup<E, K> build() {
        return new Lookup<>(this);
      }
    }
  }
}
