package dev.orderkit.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.immutables.processor.ProxyProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the processor generates, and that a mistake in a model is a compile error naming the type
 * and the property: each test compiles a small module (models and its JSON class) with Immutables
 * and this processor, as an API module is built.
 */
class JsonAdapterProcessorTest {
  /** The core annotations and OpenEnum the processor knows by name, as small stand-ins. */
  private static final List<JavaFileObject> CORE = Arrays.asList(
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.ValueStyle",
          "package dev.orderkit.core.spi;",
          "import org.immutables.value.Value;",
          "@Value.Style(typeAbstract = \"*Def\", typeImmutable = \"*\",",
          "    visibility = Value.Style.ImplementationVisibility.PUBLIC,",
          "    builderVisibility = Value.Style.BuilderVisibility.PUBLIC, jdkOnly = true,",
          "    optionalAcceptNullable = true)",
          "public @interface ValueStyle {}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.GenerateJsonAdapters",
          "package dev.orderkit.core.spi;",
          "public @interface GenerateJsonAdapters { Class<?>[] scalars() default {}; }"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.JsonName",
          "package dev.orderkit.core.spi;",
          "public @interface JsonName { String value(); }"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.JsonIgnore",
          "package dev.orderkit.core.spi;",
          "public @interface JsonIgnore {}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.ExplicitNull",
          "package dev.orderkit.core.spi;",
          "public @interface ExplicitNull {}"),
      // The generated code's base class: the same protected API as sdk-core's, no behaviour.
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.ValueJsonAdapter",
          "package dev.orderkit.core.spi;",
          "import com.squareup.moshi.*;",
          "import java.lang.reflect.Type;",
          "import java.util.Map;",
          "public abstract class ValueJsonAdapter<V, B> extends JsonAdapter<V> {",
          "  protected ValueJsonAdapter(Moshi m, String t, boolean a, Property... p) {}",
          "  protected abstract B newBuilder();",
          "  protected abstract void set(B builder, int index, Object value);",
          "  protected void setAdditional(B builder, Map<String, Object> unknown) {}",
          "  protected abstract V build(B builder);",
          "  protected abstract Object get(V value, int index);",
          "  protected Map<String, ?> additional(V value) { return null; }",
          "  public static Type[] typeArguments(Type type, int count) { return null; }",
          "  @Override public V fromJson(JsonReader reader) { return null; }",
          "  @Override public void toJson(JsonWriter writer, V value) {}",
          "  public enum Kind { PLAIN, OPTIONAL, JSON_FIELD, COLLECTION, MAP }",
          "  public enum Shape { SCALAR, OBJECT, LIST }",
          "  public static final class Property {",
          "    public static Property of(String j, String a, Kind k, Shape s, Type t) {",
          "      return null;",
          "    }",
          "    public Property explicitNull() { return this; }",
          "  }",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.OpenEnum",
          "package dev.orderkit.core;",
          "public abstract class OpenEnum {",
          "  protected OpenEnum(String value) {}",
          "}"));

  private static final JavaFileObject HOST = JavaFileObjects.forSourceLines(
      "shop.internal.ShopJson",
      "package shop.internal;",
      "@dev.orderkit.core.spi.GenerateJsonAdapters",
      "public final class ShopJson {}");

  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(CORE);
    all.addAll(Arrays.asList(sources));
    return javac()
        .withProcessors(new ProxyProcessor(), new JsonAdapterProcessor())
        .compile(all);
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertThatText(String text) {
    return org.assertj.core.api.Assertions.assertThat(text);
  }

  /** The source the processor generated for {@code name}. */
  private static String generated(Compilation compilation, String name) {
    try {
      return compilation.generatedSourceFile(name)
          .orElseThrow(() -> new AssertionError("not generated: " + name))
          .getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject order(String... members) {
    List<String> lines = new ArrayList<>(Arrays.asList(
        "package shop.model;",
        "import dev.orderkit.core.spi.*;",
        "import java.util.*;",
        "@dev.orderkit.core.spi.ValueStyle",
        "@org.immutables.value.Value.Immutable",
        "public abstract class OrderDef {",
        "  public abstract long id();"));
    lines.addAll(Arrays.asList(members));
    lines.add("}");
    return JavaFileObjects.forSourceLines("shop.model.OrderDef", lines);
  }

  @Test
  void aDoubleAmountIsRefusedForBigDecimal() {
    JavaFileObject order = order("  public abstract double total();");

    Compilation compilation = compile(HOST, order);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("OrderDef.total(): double is not a JSON property type OrderKit "
            + "binds: amounts are exact, use BigDecimal")
        .inFile(order).onLineContaining("double total()");
  }

  @Test
  void aBoxedDoubleInsideAnOptionalIsRefusedToo() {
    JavaFileObject order = order("  public abstract Optional<Double> weight();");

    assertThat(compile(HOST, order))
        .hadErrorContaining("OrderDef.weight(): java.lang.Double is not a JSON property type")
        .inFile(order).onLineContaining("weight()");
  }

  @Test
  void twoPropertiesWithOneJsonNameAreRefused() {
    JavaFileObject order = order(
        "  @JsonName(\"order_code\") public abstract String code();",
        "  @JsonName(\"order_code\") public abstract Optional<String> reference();");

    assertThat(compile(HOST, order))
        .hadErrorContaining("OrderDef.reference(): the JSON name 'order_code' is also the name of "
            + "OrderDef.code()")
        .inFile(order).onLineContaining("reference()");
  }

  @Test
  void moshisRuntimeJsonAnnotationIsRefusedForTheBuildTimeOne() {
    JavaFileObject order = order(
        "  @com.squareup.moshi.Json(name = \"order_code\") public abstract String code();");

    assertThat(compile(HOST, order))
        .hadErrorContaining("OrderDef.code(): use @JsonName(\"...\") or @JsonIgnore "
            + "(dev.orderkit.core.spi), not Moshi's @Json")
        .inFile(order).onLineContaining("code()");
  }

  @Test
  void aTypeWithoutAnAdapterIsRefusedNamingWhatIsSupported() {
    JavaFileObject order = order("  public abstract List<java.util.Date> dates();");

    assertThat(compile(HOST, order))
        .hadErrorContaining("OrderDef.dates(): java.util.Date is not a JSON property type "
            + "OrderKit binds: use String, int, long, boolean, BigDecimal")
        .inFile(order).onLineContaining("dates()");
  }

  /** Each row: an accessor, and the start of the error it gets. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "public abstract Map<Integer, String> byLine(); | OrderDef.byLine(): "
          + "java.util.Map<java.lang.Integer,java.lang.String>: JSON object keys are strings",
      "public abstract List<Optional<String>> notes(); | OrderDef.notes(): "
          + "java.util.Optional<java.lang.String> may only be a property's own type",
      "@SuppressWarnings(\"rawtypes\") public abstract List lines(); | OrderDef.lines(): the raw "
          + "type java.util.List is not a JSON property type: give its type arguments"})
  void aPropertyTypeMistakeIsAnErrorNamingTheProperty(String accessor, String error) {
    assertThat(compile(HOST, order("  " + accessor))).hadErrorContaining(error);
  }

  @Test
  void aTypeWithItsOwnAdapterIsAcceptedOnceTheHostListsIt() {
    JavaFileObject number = JavaFileObjects.forSourceLines("shop.model.OrderNumber",
        "package shop.model;",
        "public final class OrderNumber {}");
    JavaFileObject order = order("  public abstract OrderNumber number();");

    assertThat(compile(HOST, number, order))
        .hadErrorContaining(
            "OrderDef.number(): shop.model.OrderNumber is not a JSON property type");

    JavaFileObject host = JavaFileObjects.forSourceLines("shop.internal.ShopJson",
        "package shop.internal;",
        "@dev.orderkit.core.spi.GenerateJsonAdapters(scalars = shop.model.OrderNumber.class)",
        "public final class ShopJson {}");
    Compilation listed = compile(host, number, order);
    // Accepted and generated (the generated code itself needs the real sdk-core to compile).
    assertThatText(listed.errors().toString())
        .doesNotContain("is not a JSON property type");
    assertThatText(generated(listed, "shop.internal.OrderJsonAdapter"))
        .contains("ValueJsonAdapter.Property.of(\"number\", \"number\", PLAIN, SCALAR, "
            + "OrderNumber.class)");
  }

  @Test
  void theAdapterListsPropertiesInDeclarationOrderAndCallsTheBuilderDirectly() {
    JavaFileObject order = order(
        "  @JsonName(\"order_code\") public abstract String code();",
        "  @ExplicitNull public abstract Optional<String> note();",
        "  public abstract List<String> tags();",
        "  @JsonIgnore @org.immutables.value.Value.Default",
        "  public String localOnly() { return \"x\"; }",
        "  public abstract Map<String, Object> additionalProperties();");

    Compilation compilation = compile(HOST, order);

    assertThatText(generated(compilation, "shop.internal.OrderJsonAdapter"))
        .contains("super(moshi, \"shop.model.Order\", true,\n"
            + "        ValueJsonAdapter.Property.of(\"id\", \"id\", PLAIN, SCALAR, long.class),\n"
            + "        ValueJsonAdapter.Property.of(\"order_code\", \"code\", PLAIN, SCALAR, "
            + "String.class),\n"
            + "        ValueJsonAdapter.Property.of(\"note\", \"note\", OPTIONAL, SCALAR, "
            + "String.class)"
            + ".explicitNull(),\n"
            + "        ValueJsonAdapter.Property.of(\"tags\", \"tags\", COLLECTION, LIST, "
            + "Types.newParameterizedType(List.class, String.class)));");
    assertThatText(generated(compilation, "shop.internal.OrderJsonAdapter"))
        .contains("builder.note((String) value);")
        .contains("builder.tags((List<String>) value);")
        .contains("case 2: return value.note();")
        .contains("builder.additionalProperties(unknown);");
    // Found by name (no class loaded but the one asked for), by class once a shrinker renamed it.
    assertThatText(generated(compilation, "shop.internal.ShopJsonAdapters"))
        .contains("case \"shop.model.Order\":\n"
            + "        return raw == Order.class ? OrderJsonAdapter.create(moshi) : null;")
        .contains("case \"shop.model.OrderDef\":\n"
            + "        return raw == OrderDef.class ? OrderJsonAdapter.create(moshi) : null;")
        .contains("return raw.getClassLoader() == ShopJsonAdapters.class.getClassLoader()")
        .contains("if (raw == Order.class) {\n      return OrderJsonAdapter.create(moshi);");
  }

  @Test
  void anAccessorInheritedFromAGenericSupertypeTakesTheDefsTypeArguments() {
    JavaFileObject paged = JavaFileObjects.forSourceLines("shop.model.Paged",
        "package shop.model;",
        "public interface Paged<E> { java.util.List<E> items(); }");
    JavaFileObject page = JavaFileObjects.forSourceLines("shop.model.PageDef",
        "package shop.model;",
        "@dev.orderkit.core.spi.ValueStyle",
        "@org.immutables.value.Value.Immutable",
        "public abstract class PageDef implements Paged<String> {",
        "  public abstract int number();",
        "}");

    Compilation compilation = compile(HOST, paged, page);

    assertThatText(generated(compilation, "shop.internal.PageJsonAdapter"))
        .contains("ValueJsonAdapter.Property.of(\"items\", \"items\", COLLECTION, LIST, "
            + "Types.newParameterizedType(List.class, String.class))")
        .contains("builder.items((List<String>) value);");
  }

  @Test
  void aValueTypeNestedInAnotherTypeIsBoundAndAStyleOnlySupertypeIsNot() {
    JavaFileObject outer = JavaFileObjects.forSourceLines("shop.model.Outer",
        "package shop.model;",
        "public final class Outer {",
        "  @dev.orderkit.core.spi.ValueStyle",
        "  public abstract static class Base { public abstract String id(); }",
        "  public static final class Mid {",
        "    @dev.orderkit.core.spi.ValueStyle",
        "    @org.immutables.value.Value.Immutable",
        "    public abstract static class DeepDef extends Base {}",
        "  }",
        "}");

    Compilation compilation = compile(HOST, outer);

    assertThat(compilation).succeededWithoutWarnings();
    assertThatText(generated(compilation, "shop.internal.ShopJsonAdapters"))
        .contains("case \"shop.model.Deep\":")
        .doesNotContain("Base");
  }

  @Test
  void valueTypesWithoutAJsonClassAreRefused() {
    assertThat(compile(order()))
        .hadErrorContaining("OrderKit value types or open enums (shop.model.OrderDef) but no "
            + "class annotated dev.orderkit.core.spi.GenerateJsonAdapters in this compilation");
  }

  @Test
  void twoJsonClassesAreRefused() {
    JavaFileObject other = JavaFileObjects.forSourceLines("shop.internal.OtherJson",
        "package shop.internal;",
        "@dev.orderkit.core.spi.GenerateJsonAdapters",
        "public final class OtherJson {}");

    assertThat(compile(HOST, other, order()))
        .hadErrorContaining("More than one class annotated "
            + "dev.orderkit.core.spi.GenerateJsonAdapters");
  }

  @Test
  void anOpenEnumWithoutOfIsRefused() {
    JavaFileObject status = JavaFileObjects.forSourceLines("shop.model.Status",
        "package shop.model;",
        "public final class Status extends dev.orderkit.core.OpenEnum {",
        "  private Status(String value) { super(value); }",
        "}");

    assertThat(compile(HOST, status))
        .hadErrorContaining("Status extends OpenEnum but has no public static Status of(String)")
        .inFile(status).onLineContaining("class Status");
  }
}
