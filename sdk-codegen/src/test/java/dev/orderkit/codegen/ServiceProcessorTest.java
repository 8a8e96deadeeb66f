package dev.orderkit.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.immutables.processor.ProxyProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services the processor writes from a {@code @Service} class, and that a mistake in one is
 * a compile error: each test compiles a small module (endpoints, models, pages) against stand-ins
 * of the core types, so a generated call that does not fit them fails the compilation.
 */
class ServiceProcessorTest {
  /** The core types the services name, as stand-ins: sdk-core's signatures, no behaviour. */
  private static final List<JavaFileObject> CORE = Arrays.asList(
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.Service",
          "package dev.orderkit.core.spi;",
          "import java.lang.annotation.*;",
          "@Target(ElementType.TYPE) @Retention(RetentionPolicy.SOURCE)",
          "public @interface Service { String value(); }"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.Endpoint",
          "package dev.orderkit.core.spi;",
          "import java.lang.annotation.*;",
          "@Target(ElementType.METHOD) @Retention(RetentionPolicy.SOURCE)",
          "public @interface Endpoint {",
          "  String name() default \"\";",
          "  Class<?> page() default Void.class;",
          "  Class<?> asyncPage() default Void.class;",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.ApiRequest",
          "package dev.orderkit.core.spi;",
          "public final class ApiRequest<T> {}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.PageFactory",
          "package dev.orderkit.core.spi;",
          "public interface PageFactory<P, L, T, S> { S create(PageState<P, L, T> state); }"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.PageState",
          "package dev.orderkit.core.spi;",
          "public final class PageState<P, L, T> {",
          "  public P params() { return null; }",
          "  public L data() { return null; }",
          "  public java.util.List<T> items() { return null; }",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.PageRequest",
          "package dev.orderkit.core.spi;",
          "import dev.orderkit.core.*;",
          "import dev.orderkit.core.http.HttpResponseFor;",
          "import java.util.concurrent.CompletableFuture;",
          "public final class PageRequest<P, L, T> {",
          "  public <S> S fetch(String e, Transport t, RequestOptions o,",
          "      PageFactory<P, L, T, S> f) {",
          "    return null;",
          "  }",
          "  public <S> HttpResponseFor<S> fetchRaw(String e, Transport t, RequestOptions o,",
          "      PageFactory<P, L, T, S> f) {",
          "    return null;",
          "  }",
          "  public <S> CompletableFuture<S> fetchAsync(String e, Transport t, RequestOptions o,",
          "      PageFactory<P, L, T, S> f) {",
          "    return null;",
          "  }",
          "  public <S> CompletableFuture<HttpResponseFor<S>> fetchRawAsync(String e, Transport t,",
          "      RequestOptions o, PageFactory<P, L, T, S> f) {",
          "    return null;",
          "  }",
          "  public AutoPager<T> autoPager(String e, Transport t, RequestOptions o) {",
          "    return null;",
          "  }",
          "  public AsyncAutoPager<T> asyncAutoPager(String e, Transport t, RequestOptions o) {",
          "    return null;",
          "  }",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.Transport",
          "package dev.orderkit.core.spi;",
          "import dev.orderkit.core.RequestOptions;",
          "import dev.orderkit.core.http.HttpResponseFor;",
          "import java.util.concurrent.CompletableFuture;",
          "public final class Transport {",
          "  public <T> T execute(String e, ApiRequest<T> r, RequestOptions o) { return null; }",
          "  public <T> HttpResponseFor<T> executeRaw(String e, ApiRequest<T> r,",
          "      RequestOptions o) {",
          "    return null;",
          "  }",
          "  public <T> CompletableFuture<T> executeAsync(String e, ApiRequest<T> r,",
          "      RequestOptions o) {",
          "    return null;",
          "  }",
          "  public <T> CompletableFuture<HttpResponseFor<T>> executeRawAsync(String e,",
          "      ApiRequest<T> r,",
          "      RequestOptions o) {",
          "    return null;",
          "  }",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.RequestOptions",
          "package dev.orderkit.core;",
          "public final class RequestOptions {",
          "  public static RequestOptions none() { return null; }",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.Page",
          "package dev.orderkit.core;",
          "public interface Page<T> {",
          "  java.util.List<T> items();",
          "  boolean hasNextPage();",
          "  Page<T> nextPage();",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.AsyncPage",
          "package dev.orderkit.core;",
          "public interface AsyncPage<T> {",
          "  java.util.List<T> items();",
          "  boolean hasNextPage();",
          "  java.util.concurrent.CompletableFuture<AsyncPage<T>> nextPage();",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.AutoPager",
          "package dev.orderkit.core;",
          "public final class AutoPager<T> implements Iterable<T> {",
          "  @Override public java.util.Iterator<T> iterator() { return null; }",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.AsyncAutoPager",
          "package dev.orderkit.core;",
          "public final class AsyncAutoPager<T> {}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.http.HttpResponseFor",
          "package dev.orderkit.core.http;",
          "public interface HttpResponseFor<T> {",
          "  int statusCode();",
          "  T parse();",
          "}"),
      JavaFileObjects.forSourceLines("dev.orderkit.core.spi.ValueStyle",
          "package dev.orderkit.core.spi;",
          "import org.immutables.value.Value;",
          "@Value.Style(typeAbstract = \"*Def\", typeImmutable = \"*\",",
          "    visibility = Value.Style.ImplementationVisibility.PUBLIC,",
          "    builderVisibility = Value.Style.BuilderVisibility.PUBLIC, jdkOnly = true,",
          "    optionalAcceptNullable = true)",
          "public @interface ValueStyle {}"));

  /** The module's models and pages, as an API module has them (pages in the public package). */
  private static final List<JavaFileObject> MODULE = Arrays.asList(
      JavaFileObjects.forSourceLines("shop.model.Detail",
          "package shop.model;",
          "public final class Detail {}"),
      JavaFileObjects.forSourceLines("shop.model.ListData",
          "package shop.model;",
          "public final class ListData {}"),
      JavaFileObjects.forSourceLines("shop.model.Item",
          "package shop.model;",
          "public final class Item {}"),
      JavaFileObjects.forSourceLines("shop.OrderPage",
          "package shop;",
          "import dev.orderkit.core.Page;",
          "import dev.orderkit.core.spi.PageState;",
          "import shop.model.*;",
          "public final class OrderPage implements Page<Item> {",
          "  OrderPage(PageState<Params, ListData, Item> state) {}",
          "  @Override public java.util.List<Item> items() { return null; }",
          "  @Override public boolean hasNextPage() { return false; }",
          "  @Override public OrderPage nextPage() { return null; }",
          "}"),
      JavaFileObjects.forSourceLines("shop.AsyncOrderPage",
          "package shop;",
          "import dev.orderkit.core.AsyncPage;",
          "import dev.orderkit.core.spi.PageState;",
          "import java.util.concurrent.CompletableFuture;",
          "import shop.model.*;",
          "public final class AsyncOrderPage implements AsyncPage<Item> {",
          "  AsyncOrderPage(PageState<Params, ListData, Item> state) {}",
          "  @Override public java.util.List<Item> items() { return null; }",
          "  @Override public boolean hasNextPage() { return false; }",
          "  @Override public CompletableFuture<AsyncPage<Item>> nextPage() { return null; }",
          "}"));

  /** The listing's parameters, written by hand. */
  private static final JavaFileObject PARAMS = JavaFileObjects.forSourceLines("shop.model.Params",
      "package shop.model;",
      "public final class Params {}");

  /** The listing's parameters as an API module declares them: Immutables writes {@code Params}. */
  private static final JavaFileObject PARAMS_DEF = JavaFileObjects.forSourceLines(
      "shop.model.ParamsDef",
      "package shop.model;",
      "@dev.orderkit.core.spi.ValueStyle",
      "@org.immutables.value.Value.Immutable",
      "public abstract class ParamsDef {",
      "  public abstract int page();",
      "}");

  /** A valid declaration: a plain endpoint and a listing, in a class nested as in the modules. */
  private static final JavaFileObject ENDPOINTS = JavaFileObjects.forSourceLines(
      "shop.internal.OrderEndpoints",
      "package shop.internal;",
      "import dev.orderkit.core.spi.*;",
      "import shop.*;",
      "import shop.model.*;",
      "/** The shop's endpoints. */",
      "public final class OrderEndpoints {",
      "  /**",
      "   * Orders: detail, and list page by page or auto-paging.",
      "   *",
      "   * <p>Never replayed once sent.",
      "   */",
      "  @Service(\"OrderService\")",
      "  public static final class Orders {",
      "    /** One order in full ({@code GET /orders/{id}}), by its id. */",
      "    @Endpoint",
      "    public static ApiRequest<Detail> detail(long id) { return null; }",
      "",
      "    /**",
      "     * One page of orders matching {@code params}; its {@code nextPage()} asks for the",
      "     * following page.",
      "     */",
      "    @Endpoint(page = OrderPage.class, asyncPage = AsyncOrderPage.class)",
      "    public static PageRequest<Params, ListData, Item> list(Params params) {",
      "      return null;",
      "    }",
      "  }",
      "}");

  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(CORE);
    all.addAll(MODULE);
    all.addAll(Arrays.asList(sources));
    return javac().withProcessors(new ProxyProcessor(), new ServiceProcessor()).compile(all);
  }

  /** A top-level {@code @Service} class {@code shop.internal.Shop} with the given lines. */
  private static JavaFileObject service(String... lines) {
    List<String> all = new ArrayList<>(Arrays.asList(
        "package shop.internal;",
        "import dev.orderkit.core.RequestOptions;",
        "import dev.orderkit.core.spi.*;",
        "import shop.*;",
        "import shop.model.*;"));
    all.addAll(Arrays.asList(lines));
    return JavaFileObjects.forSourceLines("shop.internal.Shop", all);
  }

  /** {@link #service} with the Javadoc and annotation of a valid service, and these members. */
  private static JavaFileObject shop(String... members) {
    List<String> all = new ArrayList<>(Arrays.asList(
        "/** The shop. */",
        "@Service(\"ShopService\")",
        "public final class Shop {"));
    all.addAll(Arrays.asList(members));
    all.add("}");
    return service(all.toArray(new String[0]));
  }

  @Test
  void theServicesCallEachEndpointInEveryForm() {
    Compilation compilation = compile(PARAMS, ENDPOINTS);

    // Compiled against the stand-ins: every generated call fits the core's signatures.
    assertThat(compilation).succeededWithoutWarnings();
    StringSubject blocking =
        assertThat(compilation).generatedSourceFile("shop.OrderService").contentsAsUtf8String();
    blocking.contains("/**\n"
        + " * Orders: detail, and list page by page or auto-paging.\n"
        + " *\n"
        + " * <p>Never replayed once sent.\n"
        + " *\n"
        + " * <p>Blocking calls; {@link AsyncOrderService} makes the same without blocking.\n"
        + " */\n"
        + "public final class OrderService {");
    blocking.contains("  /**\n"
        + "   * One order in full ({@code GET /orders/{id}}), by its id.\n"
        + "   */\n"
        + "  public Detail detail(long id) {\n"
        + "    return detail(id, RequestOptions.none());\n"
        + "  }");
    blocking.contains("  public Detail detail(long id, RequestOptions options) {\n"
        + "    return transport.execute(\"shop.orders.detail\", OrderEndpoints.Orders.detail(id),"
        + " options);\n"
        + "  }");
    blocking.contains("   * One page of orders matching {@code params}; its {@code nextPage()} asks"
        + " for the\n"
        + "   * following page.\n"
        + "   */\n"
        + "  public OrderPage list(Params params) {");
    blocking.contains("    return OrderEndpoints.Orders.list(params).fetch(\"shop.orders.list\", transport,"
        + " options, OrderPage::new);");
    blocking.contains("  public AutoPager<Item> listAutoPaging(Params params, RequestOptions options)"
        + " {\n"
        + "    return OrderEndpoints.Orders.list(params).autoPager(\"shop.orders.list\", transport,"
        + " options);");
    blocking.contains("    public HttpResponseFor<Detail> detail(long id, RequestOptions options) {\n"
        + "      return transport.executeRaw(\"shop.orders.detail\", OrderEndpoints.Orders.detail(id),"
        + " options);");
    blocking.contains("      return OrderEndpoints.Orders.list(params).fetchRaw(\"shop.orders.list\","
        + " transport, options, OrderPage::new);");

    StringSubject async =
        assertThat(compilation).generatedSourceFile("shop.AsyncOrderService").contentsAsUtf8String();
    async.contains("  public CompletableFuture<Detail> detail(long id, RequestOptions options) {\n"
        + "    return transport.executeAsync(\"shop.orders.detail\", OrderEndpoints.Orders.detail(id),"
        + " options);");
    async.contains("    return OrderEndpoints.Orders.list(params).fetchAsync(\"shop.orders.list\","
        + " transport, options, AsyncOrderPage::new);");
    async.contains("  public AsyncAutoPager<Item> listAutoPaging(Params params,"
        + " RequestOptions options) {\n"
        + "    return OrderEndpoints.Orders.list(params).asyncAutoPager(\"shop.orders.list\","
        + " transport, options);");
    async.contains("    public CompletableFuture<HttpResponseFor<Detail>> detail(long id,"
        + " RequestOptions options) {\n"
        + "      return transport.executeRawAsync(\"shop.orders.detail\","
        + " OrderEndpoints.Orders.detail(id), options);");
    async.contains("      return OrderEndpoints.Orders.list(params).fetchRawAsync(\"shop.orders.list\","
        + " transport, options, AsyncOrderPage::new);");
  }

  @Test
  void anEndpointWhoseParameterTypeImmutablesGeneratesIsWrittenOnceTheTypeExists() {
    // Params exists only after Immutables' first round; the pages name it too.
    Compilation compilation = compile(PARAMS_DEF, ENDPOINTS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.model.Params");
    assertThat(compilation).generatedSourceFile("shop.OrderService").contentsAsUtf8String()
        .contains("  public OrderPage list(Params params, RequestOptions options) {\n"
            + "    return OrderEndpoints.Orders.list(params).fetch(\"shop.orders.list\", transport,"
            + " options, OrderPage::new);");
    assertThat(compilation).generatedSourceFile("shop.AsyncOrderService").contentsAsUtf8String()
        .contains("  public AsyncAutoPager<Item> listAutoPaging(Params params) {");
  }

  @Test
  void aTypeThatNeverExistsIsAnErrorAtTheEnd() {
    JavaFileObject shop = shop(
        "  /** D. */",
        "  @Endpoint",
        "  public static ApiRequest<Detail> detail(Missing id) { return null; }");

    assertThat(compile(PARAMS, shop))
        .hadErrorContaining("The endpoints of shop.internal.Shop name types that do not exist:"
            + " Missing")
        .inFile(shop).onLineContaining("class Shop");
  }

  @Test
  void aPageTypeThatDoesNotExistIsAnErrorNotACrash() {
    // javac gives the unresolved class literal as the string "<error>", not as a type.
    JavaFileObject shop = shop(
        "  /** D. */",
        "  @Endpoint(page = OrdrPage.class, asyncPage = AsyncOrderPage.class)",
        "  public static PageRequest<Params, ListData, Item> list(Params p) { return null; }");

    Compilation compilation = compile(PARAMS, shop);

    assertThat(compilation).hadErrorContaining("cannot find symbol")
        .inFile(shop).onLineContaining("OrdrPage.class");
    assertThat(compilation)
        .hadErrorContaining("The endpoints of shop.internal.Shop name types that do not exist:"
            + " @Endpoint(page) of list()")
        .inFile(shop).onLineContaining("class Shop");
  }

  /** Each case: a declaration with one mistake, the error it gets and the line it is on. */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("not static", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public ApiRequest<Detail> detail(long id) { return null; }"),
            "An @Endpoint method is public and static", "detail(long id)"),
        Arguments.of("endpoint without Javadoc", shop(
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id) { return null; }"),
            "Document the endpoint: its Javadoc becomes its calls' own", "detail(long id)"),
        Arguments.of("service without Javadoc", service(
            "@Service(\"ShopService\")",
            "public final class Shop {",
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id) { return null; }",
            "}"),
            "Document the service: its Javadoc becomes the services' own", "class Shop"),
        Arguments.of("not in an internal package", JavaFileObjects.forSourceLines("shop.Shop",
            "package shop;",
            "import dev.orderkit.core.spi.*;",
            "import shop.model.*;",
            "/** The shop. */",
            "@Service(\"ShopService\")",
            "public final class Shop {",
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id) { return null; }",
            "}"),
            "A @Service class is public (static and in public classes, when nested) and in an API"
                + " module's internal package, so its public services are written in the package"
                + " above it", "class Shop"),
        Arguments.of("nested in an inner class", service(
            "/** The shop. */",
            "public final class Shop {",
            "  /** Inner. */",
            "  @Service(\"InnerService\")",
            "  public class Inner {",
            "    /** D. */",
            "    @Endpoint",
            "    public static ApiRequest<Detail> detail(long id) { return null; }",
            "  }",
            "}"),
            "A @Service class is public (static and in public classes, when nested) and in an API"
                + " module's internal package, so its public services are written in the package"
                + " above it", "class Inner"),
        Arguments.of("an endpoint outside a service", service(
            "/** The shop. */",
            "public final class Shop {",
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id) { return null; }",
            "}"),
            "An @Endpoint method is declared in a @Service class; Shop has no @Service",
            "detail(long id)"),
        Arguments.of("page types swapped", shop(
            "  /** D. */",
            "  @Endpoint(page = AsyncOrderPage.class, asyncPage = OrderPage.class)",
            "  public static PageRequest<Params, ListData, Item> list(Params p) { return null; }"),
            "A listing's page is a dev.orderkit.core.Page and its asyncPage a"
                + " dev.orderkit.core.AsyncPage, not shop.AsyncOrderPage and shop.OrderPage",
            "list("),
        Arguments.of("a checked exception", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id) throws java.io.IOException {",
            "    return null;",
            "  }"),
            "An @Endpoint method declares no exceptions: its calls throw OrderKit's unchecked ones",
            "detail(long id)"),
        Arguments.of("named as the services' own method", shop(
            "  /** D. */",
            "  @Endpoint(name = \"withRawResponse\")",
            "  public static ApiRequest<Detail> detail(long id) { return null; }"),
            "withRawResponse is the services' own method: name the endpoint otherwise",
            "detail(long id)"),
        Arguments.of("named as a listing's auto-pager", shop(
            "  /** D. */",
            "  @Endpoint(name = \"listAutoPaging\")",
            "  public static ApiRequest<Detail> detail(Params p) { return null; }",
            "  /** L. */",
            "  @Endpoint(page = OrderPage.class, asyncPage = AsyncOrderPage.class)",
            "  public static PageRequest<Params, ListData, Item> list(Params p) { return null; }"),
            "The listing list has a call listAutoPaging: another endpoint has that name", "list("),
        Arguments.of("returns neither request", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public static Detail detail(long id) { return null; }"),
            "An @Endpoint method returns ApiRequest<T>, or PageRequest<P, L, T> for a listing, not"
                + " shop.model.Detail", "detail(long id)"),
        Arguments.of("a listing without page types", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public static PageRequest<Params, ListData, Item> list(Params p) { return null; }"),
            "A listing names its page types: @Endpoint(page = ..., asyncPage = ...)", "list("),
        Arguments.of("a listing without its async page type", shop(
            "  /** D. */",
            "  @Endpoint(page = OrderPage.class)",
            "  public static PageRequest<Params, ListData, Item> list(Params p) { return null; }"),
            "A listing names its page types: @Endpoint(page = ..., asyncPage = ...)", "list("),
        Arguments.of("page types on a plain endpoint", shop(
            "  /** D. */",
            "  @Endpoint(page = OrderPage.class, asyncPage = AsyncOrderPage.class)",
            "  public static ApiRequest<Detail> detail(long id) { return null; }"),
            "Only a listing (returning PageRequest) has page types", "detail(long id)"),
        Arguments.of("one page type on a plain endpoint", shop(
            "  /** D. */",
            "  @Endpoint(page = OrderPage.class)",
            "  public static ApiRequest<Detail> detail(long id) { return null; }"),
            "Only a listing (returning PageRequest) has page types", "detail(long id)"),
        Arguments.of("a RequestOptions parameter", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id, RequestOptions o) {",
            "    return null;",
            "  }"),
            "RequestOptions is added by the services; declare only the call's own parameters",
            "detail(long id"),
        Arguments.of("two endpoints with one name and parameter count", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id) { return null; }",
            "  /** D. */",
            "  @Endpoint(name = \"detail\")",
            "  public static ApiRequest<Detail> byCode(String code) { return null; }"),
            "Two endpoints named detail with 1 parameters: the services' overloads would clash",
            "byCode("),
        Arguments.of("no endpoints", shop(
            "  public static ApiRequest<Detail> detail(long id) { return null; }"),
            "A @Service class declares at least one @Endpoint method", "class Shop"),
        Arguments.of("a raw request", shop(
            "  /** D. */",
            "  @Endpoint",
            "  @SuppressWarnings(\"rawtypes\")",
            "  public static ApiRequest detail(long id) { return null; }"),
            "An @Endpoint method is not generic and names the type arguments of what it returns"
                + " (no raw type or wildcard), not dev.orderkit.core.spi.ApiRequest: the services'"
                + " calls return them", "detail(long id)"),
        Arguments.of("a wildcard", shop(
            "  /** D. */",
            "  @Endpoint(page = OrderPage.class, asyncPage = AsyncOrderPage.class)",
            "  public static PageRequest<Params, ?, Item> list(Params p) { return null; }"),
            "An @Endpoint method is not generic and names the type arguments of what it returns"
                + " (no raw type or wildcard), not dev.orderkit.core.spi.PageRequest<shop.model"
                + ".Params,?,shop.model.Item>: the services' calls return them", "list("),
        Arguments.of("a generic endpoint", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public static <T> ApiRequest<T> detail(Class<T> type) { return null; }"),
            "An @Endpoint method is not generic and names the type arguments of what it returns"
                + " (no raw type or wildcard), not dev.orderkit.core.spi.ApiRequest<T>: the"
                + " services' calls return them", "detail(Class<T> type)"),
        Arguments.of("a parameter named as the services' own", shop(
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(String options) { return null; }"),
            "The services name their RequestOptions parameter options and their Transport field"
                + " transport: give the parameter options another name", "detail(String options)"),
        Arguments.of("a call name that is no Java name", shop(
            "  /** D. */",
            "  @Endpoint(name = \"find-order\")",
            "  public static ApiRequest<Detail> detail(long id) { return null; }"),
            "@Endpoint(name = \"find-order\") names the services' calls: a Java identifier",
            "detail(long id)"),
        Arguments.of("a service name that is no Java name", service(
            "/** The shop. */",
            "@Service(\"Shop Service\")",
            "public final class Shop {",
            "  /** D. */",
            "  @Endpoint",
            "  public static ApiRequest<Detail> detail(long id) { return null; }",
            "}"),
            "@Service(\"Shop Service\") names the service class: a Java identifier such as"
                + " OrderService", "class Shop"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aMistakeInADeclarationIsAnErrorOnIt(String mistake, JavaFileObject source, String error,
      String line) {
    Compilation compilation = compile(PARAMS, source);

    assertThat(compilation).hadErrorContaining(error).inFile(source).onLineContaining(line);
    // The one error: no service is written (its code would be reported too).
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void theServiceJavadocIsCopiedAsTextADollarSignIncluded() {
    JavaFileObject shop = service(
        "/** Fees from {@code $5}. */",
        "@Service(\"ShopService\")",
        "public final class Shop {",
        "  /** Costs {@code $1}. */",
        "  @Endpoint",
        "  public static ApiRequest<Detail> detail(long id) { return null; }",
        "}");

    Compilation compilation = compile(PARAMS, shop);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopService").contentsAsUtf8String()
        .contains(" * Fees from {@code $5}.\n");
    assertThat(compilation).generatedSourceFile("shop.AsyncShopService").contentsAsUtf8String()
        .contains(" * Fees from {@code $5}.\n");
    assertThat(compilation).generatedSourceFile("shop.ShopService").contentsAsUtf8String()
        .contains("   * Costs {@code $1}.\n");
  }

  @Test
  void endpointsWhoseNameAndParameterCountOnlyReadAlikeDoNotClash() {
    // "a" with 11 parameters and "a1" with 1 were both "a11" to the clash check.
    JavaFileObject shop = shop(
        "  /** One. */",
        "  @Endpoint",
        "  public static ApiRequest<Detail> a1(int x) { return null; }",
        "  /** Eleven. */",
        "  @Endpoint",
        "  public static ApiRequest<Detail> a(int b, int c, int d, int e, int f, int g, int h,",
        "      int i, int j, int k, int l) {",
        "    return null;",
        "  }");

    Compilation compilation = compile(PARAMS, shop);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopService").contentsAsUtf8String()
        .contains("  public Detail a1(int x, RequestOptions options) {");
  }

  @Test
  void anEndpointsNameNamesItsCalls() {
    JavaFileObject shop = shop(
        "  /** D. */",
        "  @Endpoint(name = \"find\")",
        "  public static ApiRequest<Detail> detail(long id) { return null; }");

    Compilation compilation = compile(PARAMS, shop);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopService").contentsAsUtf8String()
        .contains("  public Detail find(long id, RequestOptions options) {\n"
            + "    return transport.execute(\"shop.shop.find\", Shop.detail(id), options);");
  }

  @Test
  void parameterAnnotationsAndVarargsAreKept() throws java.io.IOException {
    JavaFileObject nullable = JavaFileObjects.forSourceLines("shop.Nullable",
        "package shop;",
        "import java.lang.annotation.*;",
        "@Target(ElementType.TYPE_USE)",
        "public @interface Nullable {}");
    JavaFileObject shop = shop(
        "  /** D. */",
        "  @Endpoint",
        "  public static ApiRequest<Detail> note(@shop.Nullable String note) { return null; }",
        "  /** C. */",
        "  @Endpoint",
        "  public static ApiRequest<Detail> codes(String... codes) { return null; }");

    Compilation compilation = compile(PARAMS, nullable, shop);

    assertThat(compilation).succeededWithoutWarnings();
    String service = compilation.generatedSourceFile("shop.ShopService").get().getCharContent(true)
        .toString();
    org.assertj.core.api.Assertions.assertThat(service)
        .contains("  public Detail note(@Nullable String note) {\n")
        .contains("  public Detail note(@Nullable String note, RequestOptions options) {\n")
        .contains("   * As {@link #note(java.lang.String)}, with per-call options.\n")
        .contains("  public Detail codes(String... codes) {\n")
        .contains("  public Detail codes(String[] codes, RequestOptions options) {\n")
        .contains("   * As {@link #codes(java.lang.String[])}, with per-call options.\n");
  }
}
