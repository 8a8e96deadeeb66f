package dev.orderkit.core.spi;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON property that can be absent, explicitly {@code null}, or hold a value. Use it where the
 * API gives absence and {@code null} different meanings; {@link java.util.Optional} is enough
 * everywhere else.
 *
 * <p>In value types, declare it with a default so builders need not set it:
 *
 * <pre>{@code
 * @Value.Default public JsonField<String> note() { return JsonField.missing(); }
 * }</pre>
 *
 * When decoding, a missing property becomes {@link #missing()} and {@code null} becomes
 * {@link #ofNull()}; when encoding, {@code missing()} is omitted and {@code ofNull()} is written
 * as {@code null}.
 *
 * @param <T> the type of the value
 */
public final class JsonField<T> {
  private static final JsonField<?> MISSING = new JsonField<>(false, null);
  private static final JsonField<?> NULL = new JsonField<>(true, null);

  private final boolean present;
  private final @Nullable T value;

  private JsonField(boolean present, @Nullable T value) {
    this.present = present;
    this.value = value;
  }

  /** Returns the field for an absent property. */
  @SuppressWarnings("unchecked")
  public static <T> JsonField<T> missing() {
    return (JsonField<T>) MISSING;
  }

  /** Returns the field for a property that is present with the value {@code null}. */
  @SuppressWarnings("unchecked")
  public static <T> JsonField<T> ofNull() {
    return (JsonField<T>) NULL;
  }

  /** Returns a field holding {@code value}; a null {@code value} gives {@link #ofNull()}. */
  public static <T> JsonField<T> of(@Nullable T value) {
    return value == null ? JsonField.<T>ofNull() : new JsonField<>(true, value);
  }

  /** Returns true if the property is absent. */
  public boolean isMissing() {
    return !present;
  }

  /** Returns true if the property is present with the value {@code null}. */
  public boolean isNull() {
    return present && value == null;
  }

  /** Returns the value, or empty when the property is missing or null. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Returns the value, or throws {@link NoSuchElementException} when missing or null. */
  public T getOrThrow() {
    if (value == null) {
      throw new NoSuchElementException(present ? "JSON value is null" : "JSON value is missing");
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof JsonField)) {
      return false;
    }
    JsonField<?> other = (JsonField<?>) o;
    return present == other.present && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return present ? 31 + Objects.hashCode(value) : 0;
  }

  @Override
  public String toString() {
    if (!present) {
      return "JsonField.missing";
    }
    return value == null ? "JsonField.null" : "JsonField[" + value + "]";
  }
}
