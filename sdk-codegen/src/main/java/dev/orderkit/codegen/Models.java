package dev.orderkit.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Reads the value types, open enums and Java enums to bind from the compilation, and reports each
 * model mistake as a compile error on the accessor or type at fault.
 */
final class Models {
  /** Types read and written by an adapter of core's ({@code OrderKitJson}). */
  private static final Set<String> SCALARS = new HashSet<>(Arrays.asList(
      "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean",
      "java.math.BigDecimal", "java.time.OffsetDateTime", "java.time.Instant",
      "java.time.LocalDate", "java.lang.Object"));
  private static final Set<String> COLLECTIONS = new HashSet<>(Arrays.asList(
      "java.util.List", "java.util.Set", "java.util.Collection"));
  private static final Set<String> OBJECT_METHODS = new HashSet<>(Arrays.asList(
      "hashCode", "toString", "getClass", "clone", "finalize"));
  private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  /** How a property's builder setter takes its value (as {@code ValueJsonAdapter.Kind}). */
  enum Kind { PLAIN, OPTIONAL, JSON_FIELD, COLLECTION, MAP }

  /** What a property reads as (as {@code ValueJsonAdapter.Shape}); null for a type variable. */
  enum Shape { SCALAR, OBJECT, LIST }

  /** One JSON property of a value type. */
  static final class Property {
    final ExecutableElement accessor;
    final String attribute;
    final String jsonName;
    final Kind kind;
    /** The type read and written: the element type of an {@code Optional}, else the declared. */
    final TypeMirror type;
    final Shape shape;
    final boolean explicitNull;

    Property(ExecutableElement accessor, String jsonName, Kind kind, TypeMirror type,
        Shape shape, boolean explicitNull) {
      this.accessor = accessor;
      this.attribute = accessor.getSimpleName().toString();
      this.jsonName = jsonName;
      this.kind = kind;
      this.type = type;
      this.shape = shape;
      this.explicitNull = explicitNull;
    }
  }

  /** A value type: its {@code *Def} type, the generated class, its properties in order. */
  static final class ValueType {
    final TypeElement def;
    final TypeElement value;
    final List<Property> properties;
    final boolean hasAdditional;

    ValueType(TypeElement def, TypeElement value, List<Property> properties,
        boolean hasAdditional) {
      this.def = def;
      this.value = value;
      this.properties = properties;
      this.hasAdditional = hasAdditional;
    }
  }

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Types types;
  private final Set<String> hostScalars = new HashSet<>();
  private final Set<String> heldOpenEnums = new LinkedHashSet<>();
  /** The generated classes (and their *Def types) this compilation's factory binds. */
  private final Set<String> boundValueClasses = new HashSet<>();
  private boolean failed;

  Models(ProcessingEnvironment env) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  /** Whether every value class has been generated and every property type resolves. */
  boolean allResolved(Collection<String> defNames) {
    for (String name : defNames) {
      TypeElement def = elements.getTypeElement(name);
      if (def == null || valueClassOf(def) == null) {
        return false;
      }
      for (ExecutableElement accessor : accessors(def).values()) {
        if (hasError(accessor.getReturnType())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a compile error was reported. */
  boolean failed() {
    return failed;
  }

  /** Notes the value types this compilation binds; call before {@link #valueType}. */
  void bindValueTypes(Collection<String> defNames) {
    for (String name : defNames) {
      TypeElement def = elements.getTypeElement(name);
      TypeElement value = def == null ? null : valueClassOf(def);
      if (value != null) {
        boundValueClasses.add(name);
        boundValueClasses.add(value.getQualifiedName().toString());
      }
    }
  }

  /** Reads the host's scalar types; call before {@link #valueType}. */
  void readHost(TypeElement host) {
    AnnotationMirror generate = Names.annotation(host, Names.GENERATE);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : generate.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("scalars")) {
        Object values = entry.getValue().getValue();
        for (Object value : values instanceof List ? (List<?>) values
            : java.util.Collections.singletonList(entry.getValue())) {
          Object type = ((AnnotationValue) value).getValue();
          if (type instanceof TypeMirror) { // an unknown class is javac's own error already
            hostScalars.add(erasureName((TypeMirror) type));
          }
        }
      }
    }
  }

  /** Reads one value type; reports errors and returns null if it has any. */
  ValueType valueType(String defName) {
    TypeElement def = elements.getTypeElement(defName);
    TypeElement value = valueClassOf(def);
    if (value == null) {
      return fail(def, def.getSimpleName() + " must be named *Def (the @ValueStyle rule), and "
          + "Immutables must have generated its class");
    }
    List<Property> properties = new ArrayList<>();
    Map<String, Property> byJsonName = new LinkedHashMap<>();
    boolean hasAdditional = false;
    boolean ok = true;
    for (ExecutableElement accessor : accessors(def).values()) {
      if (!isAttribute(accessor) || isIgnored(accessor)) {
        continue;
      }
      String where = def.getSimpleName() + "." + accessor.getSimpleName() + "()";
      if (Names.hasAnnotation(accessor, Names.MOSHI_JSON)) {
        error(accessor, where + ": use @JsonName(\"...\") or @JsonIgnore (dev.orderkit.core.spi), "
            + "not Moshi's @Json: it is kept in the class file, and Moshi's R8 rules then keep "
            + "every model that carries it");
        ok = false;
        continue;
      }
      // As a member of the Def: an accessor inherited from a generic supertype gets the Def's
      // type arguments (Paged<E>.items() in PageDef implements Paged<Line> is List<Line>).
      TypeMirror type =
          ((ExecutableType) types.asMemberOf((DeclaredType) def.asType(), accessor))
              .getReturnType();
      if (accessor.getSimpleName().contentEquals(ADDITIONAL_PROPERTIES)
          && isNamed(type, "java.util.Map")) {
        hasAdditional = true;
        continue;
      }
      String problem = unsupported(type, true, def);
      if (problem != null) {
        error(accessor, where + ": " + problem);
        ok = false;
        continue;
      }
      Property property = property(accessor, type, def);
      Property same = byJsonName.put(property.jsonName, property);
      if (same != null) {
        error(accessor, where + ": the JSON name '" + property.jsonName + "' is also the name of "
            + def.getSimpleName() + "." + same.attribute + "()");
        ok = false;
        continue;
      }
      properties.add(property);
    }
    return ok ? new ValueType(def, value, properties, hasAdditional) : null;
  }

  /** Checks an open enum's {@code of(String)}; reports an error and returns null without it. */
  TypeElement openEnum(String name) {
    TypeElement type = elements.getTypeElement(name);
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && member.getSimpleName().contentEquals("of")
          && member.getModifiers().containsAll(Arrays.asList(Modifier.PUBLIC, Modifier.STATIC))) {
        ExecutableElement of = (ExecutableElement) member;
        if (of.getParameters().size() == 1
            && isNamed(of.getParameters().get(0).asType(), "java.lang.String")
            && types.isAssignable(of.getReturnType(), type.asType())) {
          return type;
        }
      }
    }
    return fail(type, type.getSimpleName() + " extends OpenEnum but has no public static "
        + type.getSimpleName() + " of(String): the JSON adapter reads values through it");
  }

  /** The open enums properties hold that are not top-level types of the compilation. */
  Set<String> heldOpenEnums() {
    return heldOpenEnums;
  }

  /** The Java enums the properties of {@code valueTypes} hold, in order of first use. */
  List<TypeElement> javaEnums(Collection<ValueType> valueTypes) {
    Map<String, TypeElement> found = new LinkedHashMap<>();
    for (ValueType valueType : valueTypes) {
      for (Property property : valueType.properties) {
        collectEnums(property.type, found);
      }
    }
    for (TypeElement enumType : found.values()) {
      for (Element member : enumType.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT
            && Names.hasAnnotation(member, Names.MOSHI_JSON)) {
          error(member, enumType.getSimpleName() + "." + member.getSimpleName()
              + ": use @JsonName(\"...\") (dev.orderkit.core.spi), not Moshi's @Json");
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private void collectEnums(TypeMirror type, Map<String, TypeElement> found) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      found.put(element.getQualifiedName().toString(), element);
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      collectEnums(argument, found);
    }
  }

  private Property property(ExecutableElement accessor, TypeMirror type, TypeElement def) {
    String name = erasureName(type);
    Kind kind;
    TypeMirror read = type;
    if (name.equals("java.util.Optional")) {
      kind = Kind.OPTIONAL;
      read = ((DeclaredType) type).getTypeArguments().get(0);
    } else if (name.equals(Names.JSON_FIELD)) {
      kind = Kind.JSON_FIELD;
    } else if (COLLECTIONS.contains(name)) {
      kind = Kind.COLLECTION;
    } else if (name.equals("java.util.Map")) {
      kind = Kind.MAP;
    } else {
      kind = Kind.PLAIN;
    }
    // A three-state field reads as a scalar: its own adapter handles what arrives.
    Shape shape = kind == Kind.JSON_FIELD ? Shape.SCALAR : shapeOf(read);
    return new Property(accessor, jsonName(accessor), kind, read, shape,
        Names.hasAnnotation(accessor, Names.EXPLICIT_NULL));
  }

  private Shape shapeOf(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR) {
      return null;
    }
    String name = erasureName(type);
    if (COLLECTIONS.contains(name)) {
      return Shape.LIST;
    }
    return name.equals("java.util.Map") || isValueType(type) ? Shape.OBJECT : Shape.SCALAR;
  }

  /** Returns why {@code type} cannot be a JSON property, or null if it can. */
  private String unsupported(TypeMirror type, boolean topLevel, TypeElement def) {
    switch (type.getKind()) {
      case BOOLEAN:
      case INT:
      case LONG:
      case TYPEVAR:
        return null;
      case DOUBLE:
      case FLOAT:
        return type + " is not a JSON property type OrderKit binds: amounts are exact, use "
            + "BigDecimal";
      case WILDCARD:
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? null : unsupported(bound, false, def);
      case DECLARED:
        return unsupportedDeclared((DeclaredType) type, topLevel, def);
      default:
        return type + " is not a JSON property type OrderKit binds (use int, long, boolean, "
            + "String, BigDecimal, a time, an enum, a value type, List, Map or Optional)";
    }
  }

  private String unsupportedDeclared(DeclaredType type, boolean topLevel, TypeElement def) {
    String name = erasureName(type);
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    boolean generic = name.equals("java.util.Optional") || name.equals(Names.JSON_FIELD)
        || COLLECTIONS.contains(name) || name.equals("java.util.Map");
    if (generic && arguments.isEmpty()) {
      return "the raw type " + type + " is not a JSON property type: give its type arguments";
    }
    if (name.equals("java.util.Optional") || name.equals(Names.JSON_FIELD)) {
      return topLevel ? unsupported(arguments.get(0), false, def)
          : type + " may only be a property's own type, not nested in another";
    }
    if (COLLECTIONS.contains(name)) {
      return unsupported(arguments.get(0), false, def);
    }
    if (name.equals("java.util.Map")) {
      return !isNamed(arguments.get(0), "java.lang.String")
          ? type + ": JSON object keys are strings, use Map<String, ...>"
          : unsupported(arguments.get(1), false, def);
    }
    if (name.equals("java.lang.Double") || name.equals("java.lang.Float")) {
      return type + " is not a JSON property type OrderKit binds: amounts are exact, use "
          + "BigDecimal";
    }
    TypeElement element = (TypeElement) type.asElement();
    if (isValueType(type) && !boundValueClasses.contains(name)) {
      return type + " is a value type that no adapter of this compilation binds (it is not a "
          + "@ValueStyle @Value.Immutable type of this module)";
    }
    if (SCALARS.contains(name) || hostScalars.contains(name)
        || element.getKind() == ElementKind.ENUM || isValueType(type)) {
      return null;
    }
    if (Names.isOpenEnum(element, types)) {
      heldOpenEnums.add(name);
      return null;
    }
    return type + " is not a JSON property type OrderKit binds: use String, int, long, boolean, "
        + "BigDecimal, OffsetDateTime, Instant, LocalDate, an enum, an OpenEnum, a @ValueStyle "
        + "value type, List, Set, Map<String, ...>, Optional or JsonField, or list a type with "
        + "its own adapter in @GenerateJsonAdapters(scalars = ...)";
  }

  /** Whether {@code type} is a value type: it or a supertype is annotated {@code @ValueStyle}. */
  private boolean isValueType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (Names.hasAnnotation(element, Names.VALUE_STYLE)) {
      return true;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (isValueType(supertype)) {
        return true;
      }
    }
    return false;
  }

  /** The class Immutables generates for {@code def}: {@code OrderDef} gives {@code Order}. */
  private TypeElement valueClassOf(TypeElement def) {
    String simple = def.getSimpleName().toString();
    if (!simple.endsWith("Def") || simple.length() == 3) {
      return null;
    }
    String pkg = elements.getPackageOf(def).getQualifiedName().toString();
    String name = simple.substring(0, simple.length() - 3);
    return elements.getTypeElement(pkg.isEmpty() ? name : pkg + "." + name);
  }

  /** The instance no-argument methods of {@code type} and its supertypes, declared first. */
  private Map<String, ExecutableElement> accessors(TypeElement type) {
    Map<String, ExecutableElement> byName = new LinkedHashMap<>();
    collect(type, byName);
    return byName;
  }

  private void collect(TypeElement type, Map<String, ExecutableElement> byName) {
    if (type.getQualifiedName().contentEquals("java.lang.Object")) {
      return;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      String name = method.getSimpleName().toString();
      if (method.getParameters().isEmpty()
          && method.getReturnType().getKind() != TypeKind.VOID
          && !method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && !OBJECT_METHODS.contains(name)
          && !byName.containsKey(name)) {
        byName.put(name, method);
      }
    }
    List<TypeMirror> supertypes = new ArrayList<>();
    supertypes.add(type.getSuperclass());
    supertypes.addAll(type.getInterfaces());
    for (TypeMirror supertype : supertypes) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) ((DeclaredType) supertype).asElement(), byName);
      }
    }
  }

  /** An attribute: abstract, or with a default ({@code @Value.Default}); derived ones are not. */
  private static boolean isAttribute(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.ABSTRACT)
        || Names.hasAnnotation(method, Names.VALUE_DEFAULT);
  }

  private static boolean isIgnored(ExecutableElement accessor) {
    return Names.hasAnnotation(accessor, Names.JSON_IGNORE);
  }

  /** {@code @JsonName("...")}, else the Java name. */
  private static String jsonName(Element element) {
    AnnotationMirror name = Names.annotation(element, Names.JSON_NAME);
    if (name == null) {
      return element.getSimpleName().toString();
    }
    for (AnnotationValue value : name.getElementValues().values()) {
      return (String) value.getValue();
    }
    return element.getSimpleName().toString();
  }

  /** The JSON names of an enum's constants: {@code @JsonName} or the constant's name. */
  static List<String> constantNames(TypeElement enumType) {
    List<String> names = new ArrayList<>();
    for (Element member : enumType.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        names.add(jsonName(member));
      }
    }
    return names;
  }

  private boolean hasError(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          if (hasError(argument)) {
            return true;
          }
        }
        return false;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && hasError(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && hasError(wildcard.getSuperBound()));
      default:
        return false;
    }
  }

  private boolean isNamed(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED && erasureName(type).equals(name);
  }

  private String erasureName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /** The index of a type variable among {@code def}'s type parameters. */
  static int typeParameterIndex(TypeElement def, TypeMirror variable) {
    Element element = ((TypeVariable) variable).asElement();
    List<? extends TypeParameterElement> parameters = def.getTypeParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).equals(element)) {
        return i;
      }
    }
    throw new IllegalStateException(variable + " is not a type parameter of " + def);
  }

  private void error(Element element, String message) {
    failed = true;
    env.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private <T> T fail(Element element, String message) {
    error(element, message);
    return null;
  }
}
