package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.orderkit.core.errors.MissingAttributesException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The base of the JSON adapters that OrderKit's annotation processor generates for each
 * {@link ValueStyle} value type (see {@link GenerateJsonAdapters}): the generated subclass lists
 * the properties in declaration order and calls the builder's setters and the value's accessors
 * directly (no reflection); this class holds the reading and writing rules, the same for every
 * type.
 *
 * <p>Tolerant in what it reads ({@link Shapes}): an object or map that arrives as {@code []} or
 * {@code ""} (PHP's empty array, a blank) is absent, a list that arrives as {@code {}} or
 * {@code ""} is empty, and a value of an optional property ({@code Optional}, map, three-state
 * {@link JsonField}) that cannot be read at all is left absent rather than failing the whole
 * response. Only what the model requires (its plain properties: ids, money, statuses; and its
 * lists) fails a call, with the JSON path. JSON {@code null} leaves a property unset (a
 * {@link JsonField} reads it as {@link JsonField#ofNull()}); unknown properties go to
 * {@code additionalProperties()} as {@link JsonTree} values when the type declares it, else they
 * are skipped. A missing required property fails with a {@link JsonDataException} naming its JSON
 * name and the path.
 *
 * <p>Writing: properties in declaration order; empty {@code Optional}, missing {@code JsonField}
 * and null values are left out (or written as {@code null} for a property marked
 * {@link ExplicitNull}); {@code additionalProperties} entries follow, except those a declared
 * property already wrote.
 *
 * @param <V> the value type
 * @param <B> its builder
 */
public abstract class ValueJsonAdapter<V, B> extends JsonAdapter<V> {
  private final String typeName;
  private final Property[] properties;
  private final JsonAdapter<?>[] adapters;
  /** What each property reads as, for the shape tolerance ({@link Shapes}). */
  private final Shape[] shapes;
  /** Whether a property is essential: a value it cannot read fails the response. */
  private final boolean[] essential;
  /** Whether any property is a {@link JsonField}: only then are seen properties tracked. */
  private final boolean hasJsonFields;
  private final boolean hasAdditional;
  private final JsonReader.Options names;
  private final Set<String> jsonNames;
  private final Moshi moshi;

  /**
   * Creates the adapter of {@code typeName} (its qualified name) with its {@code properties} in
   * declaration order; {@code hasAdditional} when the type collects unknown properties.
   */
  protected ValueJsonAdapter(Moshi moshi, String typeName, boolean hasAdditional,
      Property... properties) {
    this.moshi = moshi;
    this.typeName = typeName;
    this.hasAdditional = hasAdditional;
    this.properties = properties.clone();
    this.adapters = new JsonAdapter<?>[properties.length];
    this.shapes = new Shape[properties.length];
    this.essential = new boolean[properties.length];
    String[] jsonNames = new String[properties.length];
    boolean hasJsonFields = false;
    for (int i = 0; i < properties.length; i++) {
      Property property = properties[i];
      adapters[i] = moshi.adapter(property.type);
      shapes[i] = property.shape != null ? property.shape : shapeOf(property.type, adapters[i]);
      // Plain values (ids, money, statuses) and lists (an order's lines) are the result: an
      // unreadable one fails the call. An Optional, a map or a three-state field may be left
      // absent when unreadable.
      essential[i] = property.kind == Kind.PLAIN || property.kind == Kind.COLLECTION;
      jsonNames[i] = property.jsonName;
      hasJsonFields |= property.kind == Kind.JSON_FIELD;
    }
    this.hasJsonFields = hasJsonFields;
    this.names = JsonReader.Options.of(jsonNames);
    this.jsonNames = new HashSet<>(names.strings());
  }

  /** Returns a new builder of the value type. */
  protected abstract B newBuilder();

  /**
   * Sets property {@code index} on {@code builder}: the plain value for an {@code Optional}
   * property, the whole value for the others.
   */
  protected abstract void set(B builder, int index, Object value);

  /** Sets the unknown properties; called only when the type collects them. */
  protected void setAdditional(B builder, Map<String, Object> unknown) {
    throw new UnsupportedOperationException(typeName + " has no additionalProperties()");
  }

  /** Builds the value ({@code builder.build()}). */
  protected abstract V build(B builder);

  /** Returns property {@code index} of {@code value}, as its accessor does. */
  protected abstract @Nullable Object get(V value, int index);

  /** Returns the unknown properties of {@code value}; called only when the type collects them. */
  protected Map<String, ?> additional(V value) {
    return Collections.emptyMap();
  }

  /**
   * Returns the type arguments of {@code type}, a generic type with {@code count} type parameters
   * ({@code Object} for each when {@code type} is raw): for generated adapters and core's own
   * {@code Optional} and {@code JsonField} bindings.
   */
  public static Type[] typeArguments(Type type, int count) {
    if (type instanceof ParameterizedType) {
      return ((ParameterizedType) type).getActualTypeArguments();
    }
    Type[] objects = new Type[count];
    Arrays.fill(objects, Object.class);
    return objects;
  }

  @Override
  public @Nullable V fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    B builder = newBuilder();
    boolean[] seen = hasJsonFields ? new boolean[properties.length] : null;
    Map<String, Object> unknown = null;
    String lastName = null;
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index >= 0) {
        lastName = properties[index].jsonName;
        boolean set = read(reader, builder, index);
        if (seen != null) {
          seen[index] |= set;
        }
      } else if (!hasAdditional) {
        lastName = reader.nextName();
        reader.skipValue();
      } else {
        lastName = reader.nextName();
        Object value = JsonTree.read(reader);
        if (value != null) { // Immutables maps refuse null values
          if (unknown == null) {
            unknown = new LinkedHashMap<>();
          }
          unknown.put(lastName, value);
        }
      }
    }
    for (int i = 0; seen != null && i < properties.length; i++) {
      if (!seen[i] && properties[i].kind == Kind.JSON_FIELD) {
        setChecked(builder, i, JsonField.missing(), reader);
      }
    }
    if (unknown != null) {
      setAdditional(builder, unknown);
    }
    V value = buildChecked(builder, reader, lastName); // before endObject(): the path is exact
    reader.endObject();
    return value;
  }

  /** Reads one known property into the builder; returns true if it was set. */
  private boolean read(JsonReader reader, B builder, int index) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL && properties[index].kind != Kind.JSON_FIELD) {
      reader.nextNull(); // null means "not set"
      return false;
    }
    Object value;
    if (Shapes.isDrift(shapes[index], token)) {
      value = Shapes.readDrift(reader, shapes[index], token, essential[index]);
    } else if (essential[index] || !Shapes.isStructured(token)) {
      value = readScalarOrEssential(reader, index);
    } else {
      value = readOptionalStructure(reader, index);
    }
    if (value == null) {
      return false;
    }
    try {
      setChecked(builder, index, value, reader);
    } catch (JsonDataException e) {
      if (essential[index]) {
        throw e;
      }
      return false; // refused by the builder (a null element, a failed check): left absent
    }
    return true;
  }

  /**
   * Reads a value: an essential one fails the response if unreadable; a scalar of an optional
   * property that cannot be read (our scalar adapters read the token before they parse it) is
   * left absent.
   */
  private @Nullable Object readScalarOrEssential(JsonReader reader, int index) throws IOException {
    try {
      return adapters[index].fromJson(reader);
    } catch (JsonDataException e) {
      if (essential[index]) {
        throw e;
      }
      if (!Shapes.isStructured(reader.peek()) && reader.peek() != JsonReader.Token.NAME
          && reader.peek() != JsonReader.Token.END_OBJECT) {
        reader.skipValue(); // an adapter that refused the token without reading it
      }
      return null;
    }
  }

  /** Reads an optional object, map or list; one that cannot be read is left absent. */
  private @Nullable Object readOptionalStructure(JsonReader reader, int index)
      throws IOException {
    try {
      return adapters[index].fromJson(reader);
    } catch (JsonDataException e) {
      String path = Shapes.memberPath(reader.getPath(), properties[index].jsonName);
      if (path == null) {
        throw e; // where the value ends cannot be told: fail rather than read on wrongly
      }
      Shapes.skipRest(reader, path);
      return null;
    }
  }

  /** Calls the setter; a builder's refusal becomes a {@link JsonDataException} with the path. */
  private void setChecked(B builder, int index, Object value, JsonReader reader) {
    try {
      set(builder, index, value);
    } catch (RuntimeException e) {
      throw failure(properties[index].attribute, e, reader.getPath());
    }
  }

  private V buildChecked(B builder, JsonReader reader, @Nullable String lastName) {
    try {
      return build(builder);
    } catch (MissingAttributesException e) {
      List<String> missing = e.attributes();
      throw new JsonDataException("Required " + (missing.size() == 1 ? "property " : "properties ")
          + jsonNamesOf(missing) + " missing for " + simpleName() + " at path "
          + objectPath(reader, lastName), e);
    } catch (RuntimeException e) {
      throw failure("build", e, objectPath(reader, lastName));
    }
  }

  /** A {@link JsonDataException} for a builder method that threw {@code cause} at {@code path}. */
  private JsonDataException failure(String method, RuntimeException cause, String path) {
    if (cause instanceof JsonDataException) {
      return (JsonDataException) cause;
    }
    String message = cause.getMessage();
    return new JsonDataException(simpleName() + ".Builder." + method + " failed: "
        + (message != null ? message : cause.getClass().getName()) + " at path " + path, cause);
  }

  private String simpleName() {
    return typeName.substring(typeName.lastIndexOf('.') + 1);
  }

  /** Returns the path of the object being read: {@code $.items[0]}, not {@code $.items[0].sku}. */
  private static String objectPath(JsonReader reader, @Nullable String lastName) {
    String path = reader.getPath();
    String suffix = lastName == null ? "." : "." + lastName;
    return path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : path;
  }

  /** Returns {@code 'a', 'b'}: the JSON names of the given attributes. */
  private String jsonNamesOf(List<String> attributes) {
    StringBuilder result = new StringBuilder();
    for (String attribute : attributes) {
      String jsonName = attribute;
      for (Property property : properties) {
        if (property.attribute.equals(attribute)) {
          jsonName = property.jsonName;
        }
      }
      result.append(result.length() == 0 ? "'" : ", '").append(jsonName).append('\'');
    }
    return result.toString();
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable V value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    for (int i = 0; i < properties.length; i++) {
      Object propertyValue = get(value, i);
      if (propertyValue instanceof Optional) {
        propertyValue = ((Optional<?>) propertyValue).orElse(null);
      }
      if (propertyValue == null
          || (propertyValue instanceof JsonField && ((JsonField<?>) propertyValue).isMissing())) {
        if (properties[i].explicitNull) {
          writeNull(writer, properties[i].jsonName);
        }
        continue;
      }
      writer.name(properties[i].jsonName);
      write(adapters[i], writer, propertyValue);
    }
    if (hasAdditional) {
      for (Map.Entry<String, ?> entry : additional(value).entrySet()) {
        if (!jsonNames.contains(entry.getKey())) { // a declared property wins over an unknown one
          writer.name(entry.getKey());
          JsonTree.write(writer, entry.getValue(), moshi, 0);
        }
      }
    }
    writer.endObject();
  }

  private static void writeNull(JsonWriter writer, String name) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    try {
      writer.name(name).nullValue();
    } finally {
      writer.setSerializeNulls(serializeNulls);
    }
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonAdapter<?> adapter, JsonWriter writer, Object value)
      throws IOException {
    ((JsonAdapter<Object>) adapter).toJson(writer, value);
  }

  /** The shape of a property whose type is a type variable, once it is bound. */
  private static Shape shapeOf(Type type, JsonAdapter<?> adapter) {
    Class<?> raw = Types.getRawType(type);
    if (Collection.class.isAssignableFrom(raw)) {
      return Shape.LIST;
    }
    return Map.class.isAssignableFrom(raw) || adapter instanceof ValueJsonAdapter
        ? Shape.OBJECT : Shape.SCALAR;
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + typeName + ")";
  }

  /** How a property's builder setter takes its value. */
  public enum Kind {
    /** A required value (or one with a default): read as its type. */
    PLAIN,
    /** An {@code Optional<T>}: read as {@code T}, set through the builder's {@code T} setter. */
    OPTIONAL,
    /** A three-state {@link JsonField}: absent, {@code null} or a value. */
    JSON_FIELD,
    /** A list or set. */
    COLLECTION,
    /** A map with string keys. */
    MAP
  }

  /** What a property holds, as far as the tolerance for PHP's shapes is concerned. */
  public enum Shape {
    /** A string, number, boolean, time, enumeration or untyped JSON: its adapter decides. */
    SCALAR,
    /** An object: a value type or a map. */
    OBJECT,
    /** A list or set. */
    LIST
  }

  /** One JSON property of a value type, as the generated adapter declares it. */
  public static final class Property {
    final String jsonName;
    final String attribute;
    final Kind kind;
    final Type type;
    final @Nullable Shape shape;
    final boolean explicitNull;

    private Property(String jsonName, String attribute, Kind kind, Type type,
        @Nullable Shape shape, boolean explicitNull) {
      this.jsonName = jsonName;
      this.attribute = attribute;
      this.kind = kind;
      this.type = type;
      this.shape = shape;
      this.explicitNull = explicitNull;
    }

    /**
     * A property named {@code jsonName} in JSON and {@code attribute} in Java, read and written
     * as {@code type} (for an {@code Optional<T>}, {@code T}), of the given shape; {@code shape}
     * is null for a type variable, whose shape is known only once it is bound.
     */
    public static Property of(String jsonName, String attribute, Kind kind,
        @Nullable Shape shape, Type type) {
      return new Property(jsonName, attribute, kind, type, shape, false);
    }

    /** This property, written as {@code null} when absent ({@link ExplicitNull}). */
    public Property explicitNull() {
      return new Property(jsonName, attribute, kind, type, shape, true);
    }
  }
}
