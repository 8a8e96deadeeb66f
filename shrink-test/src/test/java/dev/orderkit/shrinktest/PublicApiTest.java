package dev.orderkit.shrinktest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.testkit.FakeApi;
import java.io.IOException;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API of each published module, checked in as {@code <module>/api/<module>.api} and
 * compared here, so that every change to what users can call shows in review. Public and
 * protected types and members of every package but {@code internal} ones, with generics and
 * JSpecify nullness ({@code @Nullable}). After an intended change, rewrite the files with
 * {@code mvn -B verify -pl shrink-test -am -Dorderkit.api.update=true} and review the diff.
 */
class PublicApiTest {
  private static final String NULLABLE = "org.jspecify.annotations.Nullable";

  @ParameterizedTest
  @ValueSource(strings = {"sdk-core", "sdk-cekceir", "sdk-cekat", "sdk-partner", "sdk-bosonline",
      "sdk-testkit"})
  void thePublicApiIsTheCheckedInOne(String module) throws Exception {
    Path file = Paths.get(System.getProperty("orderkit.root", ".."), module, "api",
        module + ".api");
    List<String> current = dump(module);
    if (Boolean.getBoolean("orderkit.api.update")) {
      Files.createDirectories(file.getParent());
      Files.write(file, current, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.exists(file)
        ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
    Set<String> added = new LinkedHashSet<>(current);
    added.removeAll(expected);
    Set<String> removed = new LinkedHashSet<>(expected);
    removed.removeAll(current);
    assertThat(current)
        .as("the public API of %s differs from %s.%nAdded:%n  %s%nRemoved:%n  %s%nIf intended, "
                + "rewrite it with -Dorderkit.api.update=true and review the diff.", module, file,
            String.join("\n  ", added), String.join("\n  ", removed))
        .isEqualTo(expected);
  }

  /** The module's API, one line a type or member, types in name order, members sorted. */
  static List<String> dump(String module) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Class<?> type : publicTypes(module)) {
      lines.add(describe(type));
      Set<String> members = new TreeSet<>();
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          members.add("  " + modifiers(f.getModifiers()) + render(f.getAnnotatedType()) + " "
              + f.getName());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          members.add("  " + modifiers(c.getModifiers()) + typeParameters(c)
              + type.getSimpleName() + parameters(c));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          int mods = m.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT : 0);
          members.add("  " + modifiers(mods) + (m.isDefault() ? "default " : "")
              + typeParameters(m) + render(m.getAnnotatedReturnType()) + " " + m.getName()
              + parameters(m));
        }
      }
      lines.addAll(members);
    }
    return lines;
  }

  private static List<Class<?>> publicTypes(String module) throws Exception {
    Path location = location(module);
    List<String> names;
    if (Files.isDirectory(location)) {
      names = classNames(location);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
        names = classNames(jar.getPath("/"));
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
      if (!type.isSynthetic() && !type.isAnonymousClass() && !type.isLocalClass()
          && reachable(type)) {
        types.add(type);
      }
    }
    return types;
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".class") && p.startsWith("dev/orderkit/")
              && !p.contains("/internal/") && !p.endsWith("package-info.class"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
    }
  }

  private static Path location(String module) throws URISyntaxException {
    Class<?> anchor;
    switch (module) {
      case "sdk-core": anchor = ClientOptions.class; break;
      case "sdk-cekceir": anchor = CekceirClient.class; break;
      case "sdk-cekat": anchor = CekatClient.class; break;
      case "sdk-partner": anchor = PartnerClient.class; break;
      case "sdk-bosonline": anchor = BosOnlineClient.class; break;
      default: anchor = FakeApi.class; break;
    }
    return Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Public, and nested only in public types: what a user can name. */
  private static boolean reachable(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describe(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
        : type.isEnum() ? "enum" : "class";
    int mods = type.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT : 0)
        & ~(type.isEnum() ? Modifier.FINAL : 0) & ~Modifier.INTERFACE;
    StringBuilder line = new StringBuilder(modifiers(mods)).append(kind).append(' ')
        .append(type.getName()).append(typeParameters(type.getTypeParameters()));
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    if (superclass != null && superclass.getType() != Object.class && !type.isEnum()) {
      line.append(" extends ").append(render(superclass));
    }
    AnnotatedType[] interfaces = type.getAnnotatedInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      line.append(type.isInterface() ? " extends " : " implements ").append(
          Arrays.stream(interfaces).map(PublicApiTest::render).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED
        | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT));
    return text.isEmpty() ? "" : text + " ";
  }

  private static String typeParameters(Executable e) {
    String text = typeParameters(e.getTypeParameters());
    return text.isEmpty() ? "" : text + " ";
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(v -> {
      AnnotatedType[] bounds = v.getAnnotatedBounds();
      boolean plain = bounds.length == 1 && bounds[0].getType() == Object.class
          && bounds[0].getAnnotations().length == 0;
      return plain ? v.getName() : v.getName() + " extends " + Arrays.stream(bounds)
          .map(PublicApiTest::render).collect(Collectors.joining(" & "));
    }).collect(Collectors.joining(", ", "<", ">"));
  }

  private static String parameters(Executable e) {
    List<String> params = new ArrayList<>();
    AnnotatedType[] types = e.getAnnotatedParameterTypes();
    for (int i = 0; i < types.length; i++) {
      String type = render(types[i]);
      if (e.isVarArgs() && i == types.length - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      params.add(type);
    }
    String throwsClause = e.getExceptionTypes().length == 0 ? "" : " throws " + Arrays
        .stream(e.getExceptionTypes()).map(Class::getName).collect(Collectors.joining(", "));
    return params.stream().collect(Collectors.joining(", ", "(", ")")) + throwsClause;
  }

  /** A type as written, with {@code @Nullable} where JSpecify's annotation is. */
  static String render(AnnotatedType annotated) {
    String nullable = Arrays.stream(annotated.getAnnotations())
        .anyMatch(a -> a.annotationType().getName().equals(NULLABLE)) ? "@Nullable " : "";
    if (annotated instanceof AnnotatedArrayType) {
      return render(((AnnotatedArrayType) annotated).getAnnotatedGenericComponentType())
          + (nullable.isEmpty() ? "" : " @Nullable") + "[]";
    }
    if (annotated instanceof AnnotatedWildcardType) {
      AnnotatedWildcardType w = (AnnotatedWildcardType) annotated;
      if (w.getAnnotatedLowerBounds().length > 0) {
        return nullable + "? super " + render(w.getAnnotatedLowerBounds()[0]);
      }
      AnnotatedType[] upper = w.getAnnotatedUpperBounds();
      return upper.length == 0 || upper[0].getType() == Object.class
          && upper[0].getAnnotations().length == 0
          ? nullable + "?" : nullable + "? extends " + render(upper[0]);
    }
    Type type = annotated.getType();
    if (annotated instanceof AnnotatedParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      String args = Arrays.stream(
          ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments())
          .map(PublicApiTest::render).collect(Collectors.joining(", ", "<", ">"));
      return nullable + ((Class<?>) p.getRawType()).getName() + args;
    }
    if (type instanceof Class<?>) {
      return nullable + ((Class<?>) type).getName();
    }
    return nullable + type.getTypeName();
  }
}
