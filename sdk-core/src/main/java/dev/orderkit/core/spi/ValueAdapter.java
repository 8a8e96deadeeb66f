package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.orderkit.core.errors.MissingAttributesException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one value type through its builder, using a {@link ValueModel} and the
 * delegate adapters resolved once from one {@link Moshi}. No reflection lookups per call.
 *
 * <p>Tolerant in what it reads ({@link Shapes}): an object or map that arrives as {@code []} or
 * {@code ""} (PHP's empty array, a blank) is absent, a list that arrives as {@code {}} or
 * {@code ""} is empty, and a value of an optional property ({@code Optional}, map, three-state
 * field) that cannot be read at all is left absent rather than failing the whole response. Only
 * what the model requires (its plain properties: ids, money, statuses; and its lists) fails a
 * call, with the JSON path.
 */
final class ValueAdapter extends JsonAdapter<Object> {
  private final ValueModel model;
  private final ValueModel.Property[] properties;
  /** Write adapters, for each property's declared type. */
  private final JsonAdapter<?>[] adapters;
  /** Read adapters, for the type each property's {@code valueSetter} takes. */
  private final JsonAdapter<?>[] readAdapters;
  /** Whether any property is a {@link JsonField}: only then are seen properties tracked. */
  private final boolean hasJsonFields;
  private final JsonReader.Options names;
  private final Set<String> jsonNames;
  private final Moshi moshi;
  /** What each property reads as, for the shape tolerance ({@link Shapes}). */
  private final Shapes.Shape[] shapes;
  /** Whether a property is essential: a value it cannot read fails the response. */
  private final boolean[] essential;

  ValueAdapter(ValueModel model, Type type, Moshi moshi) {
    this.model = model;
    this.moshi = moshi;
    this.properties = model.properties.toArray(new ValueModel.Property[0]);
    this.adapters = new JsonAdapter<?>[properties.length];
    this.readAdapters = new JsonAdapter<?>[properties.length];
    Map<TypeVariable<?>, Type> bindings = model.typeBindings(type);
    String[] jsonNames = new String[properties.length];
    boolean hasJsonFields = false;
    this.shapes = new Shapes.Shape[properties.length];
    this.essential = new boolean[properties.length];
    for (int i = 0; i < properties.length; i++) {
      ValueModel.Property property = properties[i];
      adapters[i] = moshi.adapter(TypeArguments.resolve(property.type, bindings));
      Type readType = TypeArguments.resolve(property.valueType, bindings);
      readAdapters[i] = property.valueType == property.type ? adapters[i] : moshi.adapter(readType);
      shapes[i] = Shapes.of(readType);
      // Plain values (ids, money, statuses) and lists (an order's lines) are the result: an
      // unreadable one fails the call. An Optional, a map or a three-state field may be left
      // absent when unreadable.
      essential[i] = property.kind == ValueModel.Kind.PLAIN
          || property.kind == ValueModel.Kind.COLLECTION;
      jsonNames[i] = property.jsonName;
      hasJsonFields |= property.kind == ValueModel.Kind.JSON_FIELD;
    }
    this.hasJsonFields = hasJsonFields;
    this.names = JsonReader.Options.of(jsonNames);
    this.jsonNames = new HashSet<>(names.strings());
  }

  @Override
  public @Nullable Object fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Object builder = model.builders.get();
    boolean[] seen = hasJsonFields ? new boolean[properties.length] : null;
    Object[] argument = new Object[1]; // one array for every setter call on this object
    Map<String, Object> unknown = null;
    String lastName = null;
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index >= 0) {
        lastName = properties[index].jsonName;
        boolean set = read(reader, builder, index, argument);
        if (seen != null) {
          seen[index] |= set;
        }
      } else if (model.additional == null) {
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
      if (!seen[i] && properties[i].kind == ValueModel.Kind.JSON_FIELD) {
        Reflection.call(properties[i].setter, builder, JsonField.missing(), reader);
      }
    }
    if (unknown != null) {
      Reflection.call(model.additional.setter, builder, unknown, reader);
    }
    Object value = build(builder, reader, lastName); // before endObject(): the path is exact
    reader.endObject();
    return value;
  }

  /** Reads one known property into the builder; returns true if it was set. */
  private boolean read(JsonReader reader, Object builder, int index, Object[] argument)
      throws IOException {
    ValueModel.Property property = properties[index];
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL && property.kind != ValueModel.Kind.JSON_FIELD) {
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
    argument[0] = value;
    try {
      Reflection.callWith(property.valueSetter, builder, argument, reader);
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
      return readAdapters[index].fromJson(reader);
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
      return readAdapters[index].fromJson(reader);
    } catch (JsonDataException e) {
      String path = Shapes.memberPath(reader.getPath(), properties[index].jsonName);
      if (path == null) {
        throw e; // where the value ends cannot be told: fail rather than read on wrongly
      }
      Shapes.skipRest(reader, path);
      return null;
    }
  }

  private Object build(Object builder, JsonReader reader, @Nullable String lastName) {
    try {
      return model.build.invoke(builder);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof MissingAttributesException) {
        List<String> missing = ((MissingAttributesException) cause).attributes();
        throw new JsonDataException("Required " + (missing.size() == 1 ? "property " : "properties ")
            + jsonNamesOf(missing) + " missing for " + model.valueClass.getSimpleName()
            + " at path " + objectPath(reader, lastName), cause);
      }
      throw Reflection.failure(model.build, cause, objectPath(reader, lastName));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
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
      for (ValueModel.Property property : properties) {
        if (property.name.equals(attribute)) {
          jsonName = property.jsonName;
        }
      }
      result.append(result.length() == 0 ? "'" : ", '").append(jsonName).append('\'');
    }
    return result.toString();
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    for (int i = 0; i < properties.length; i++) {
      Object propertyValue = Reflection.call(properties[i].accessor, value, writer);
      if (isAbsent(propertyValue)) {
        continue;
      }
      writer.name(properties[i].jsonName);
      write(adapters[i], writer, propertyValue);
    }
    if (model.additional != null) {
      Map<?, ?> additional = (Map<?, ?>) Reflection.call(model.additional.accessor, value, writer);
      for (Map.Entry<?, ?> entry : additional.entrySet()) {
        String name = String.valueOf(entry.getKey());
        if (!jsonNames.contains(name)) { // a declared property wins over an unknown one
          writer.name(name);
          JsonTree.write(writer, entry.getValue(), moshi, 0);
        }
      }
    }
    writer.endObject();
  }

  private static boolean isAbsent(@Nullable Object value) {
    return value == null
        || (value instanceof Optional && !((Optional<?>) value).isPresent())
        || (value instanceof JsonField && ((JsonField<?>) value).isMissing());
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonAdapter<?> adapter, JsonWriter writer, Object value)
      throws IOException {
    ((JsonAdapter<Object>) adapter).toJson(writer, value);
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + model.valueClass.getName() + ")";
  }
}
