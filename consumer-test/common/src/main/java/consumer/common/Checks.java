package consumer.common;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** What a consumer program checks of itself: a failed check ends the program with an error. */
public final class Checks {
  private Checks() {}

  /** Fails the program (and so the build) with {@code what} unless {@code ok}. */
  public static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("consumer check failed: " + what);
    }
  }

  /**
   * Checks that the app has one OkHttp and one Okio: one OkHttp version among the {@code okhttp}
   * and {@code okhttp-jvm} artifacts of {@code dependency:list} (on OkHttp 5 the {@code okhttp}
   * one is an empty jar naming {@code okhttp-jvm}, as Okio's {@code okio} names {@code okio-jvm}),
   * and one jar of each library's classes at run time. Returns what was found.
   */
  public static String oneOkHttpAndOneOkio() throws IOException {
    java.util.Set<String> okhttpVersions = new java.util.TreeSet<>();
    for (String artifact : dependencies("com.squareup.okhttp3")) {
      String[] parts = artifact.split(":"); // group:artifact:type:version:scope
      if (parts[1].equals("okhttp") || parts[1].equals("okhttp-jvm")) {
        okhttpVersions.add(parts[3]);
      }
    }
    List<String> okhttpJars = jarsHolding("okhttp3/OkHttpClient.class");
    List<String> okioJars = jarsHolding("okio/Buffer.class");
    String found = "OkHttp " + okhttpVersions + " (okhttp3 classes in " + okhttpJars
        + "), Okio artifacts " + dependencies("com.squareup.okio") + " (okio classes in "
        + okioJars + ")";
    check(okhttpVersions.size() == 1 && okhttpJars.size() == 1 && okioJars.size() == 1, found);
    return found;
  }

  /**
   * The project's runtime dependencies as {@code mvn dependency:list} shows them, one
   * {@code group:artifact:type:version:scope} a line, limited to those of {@code group}.
   */
  public static List<String> dependencies(String group) throws IOException {
    List<String> found = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(
        new File(System.getProperty("consumer.dependencyList")).toPath())) {
      String trimmed = line.trim();
      if (trimmed.startsWith(group + ":")) {
        found.add(trimmed.replaceAll(" -- .*", ""));
      }
    }
    return found;
  }

  /** The entries of this JVM's class path (the app's runtime classpath, in order). */
  public static List<File> classpath() {
    List<File> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(new File(entry));
      }
    }
    return entries;
  }

  /** The jars of the class path that hold {@code path}, e.g. {@code okhttp3/OkHttpClient.class}. */
  public static List<String> jarsHolding(String path) throws IOException {
    List<String> holders = new ArrayList<>();
    for (File jar : jars()) {
      try (JarFile file = new JarFile(jar)) {
        if (file.getEntry(path) != null) {
          holders.add(jar.getName());
        }
      }
    }
    return holders;
  }

  /**
   * Every non-class resource path that more than one jar of the class path carries, with the
   * jars: Android's packaging refuses such duplicates (e.g. two
   * {@code META-INF/versions/9/OSGI-INF/MANIFEST.MF}). Left out, as Android's packaging leaves them
   * out or merges them: each jar's own manifest, {@code META-INF/maven/**}, signatures, and the
   * licence and notice files. Also left out: Kotlin Multiplatform common-metadata jars (no class,
   * only {@code .kotlin_metadata}, e.g. {@code okio-3.6.0.jar}), which Maven puts on the class path
   * but Gradle, and so every Android build, replaces by their JVM variant.
   */
  public static Map<String, List<String>> duplicateResources() throws IOException {
    Map<String, List<String>> owners = new TreeMap<>();
    for (File jar : jars()) {
      try (JarFile file = new JarFile(jar)) {
        if (isKotlinCommonMetadata(file)) {
          continue;
        }
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (!entry.isDirectory() && !name.endsWith(".class") && !excludedByAndroid(name)) {
            owners.computeIfAbsent(name, n -> new ArrayList<>()).add(jar.getName());
          }
        }
      }
    }
    owners.values().removeIf(jars -> jars.size() < 2);
    return owners;
  }

  private static boolean isKotlinCommonMetadata(JarFile file) {
    boolean metadata = false;
    for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
      String name = entries.nextElement().getName();
      if (name.endsWith(".class")) {
        return false;
      }
      metadata |= name.endsWith(".kotlin_metadata");
    }
    return metadata;
  }

  private static boolean excludedByAndroid(String name) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    return name.equals("META-INF/MANIFEST.MF") || name.startsWith("META-INF/maven/")
        || upper.matches("META-INF/[^/]*\\.(SF|RSA|DSA|EC)")
        || upper.matches("(META-INF/)?(LICENSE|NOTICE)(\\.TXT|\\.MD)?");
  }

  private static List<File> jars() {
    List<File> jars = new ArrayList<>();
    for (File entry : classpath()) {
      if (entry.isFile() && entry.getName().endsWith(".jar")) {
        jars.add(entry);
      }
    }
    return jars;
  }
}
