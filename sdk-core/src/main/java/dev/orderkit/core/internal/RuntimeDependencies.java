package dev.orderkit.core.internal;

import dev.orderkit.core.errors.IncompatibleDependencyException;
import java.io.File;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks, once per class loader, that the OkHttp, Okio, Moshi and Kotlin standard library found at
 * run time are ones OrderKit works with, so that an app whose other dependencies brought older
 * ones (Retrofit 2.x brings OkHttp 3.14.9 and Okio 1.17.2) gets an {@link
 * IncompatibleDependencyException} naming the version, the jar and the fix when it builds a
 * client, never a {@code NoSuchMethodError} from a call.
 *
 * <p>Everything here is read by reflection: this class must load and run whatever is (or is not)
 * on the classpath.
 */
public final class RuntimeDependencies {
  /** The README section every fix points to. */
  static final String README = "(README: Installation, \"One OkHttp\")";

  static final Library OKHTTP = new Library("OkHttp", "4.12.0",
      "align OkHttp on 4.12.0 or newer (5.x works too). Maven: import "
          + "com.squareup.okhttp3:okhttp-bom:4.12.0 (type pom, scope import) in "
          + "<dependencyManagement>; Gradle: implementation(platform("
          + "\"com.squareup.okhttp3:okhttp-bom:4.12.0\")) " + README);
  static final Library OKIO = new Library("Okio", "3.6.0",
      "Okio comes with OkHttp: align OkHttp as the README says, or declare "
          + "com.squareup.okio:okio 3.6.0 or newer " + README);
  static final Library MOSHI = new Library("Moshi", "1.15.0",
      "declare com.squareup.moshi:moshi 1.15.2 " + README);
  static final Library KOTLIN = new Library("Kotlin stdlib", "1.8.0",
      "declare org.jetbrains.kotlin:kotlin-stdlib 1.8.21 or newer (OkHttp and Okio are written "
          + "in Kotlin) " + README);

  private static final Pattern VERSION_IN_JAR_NAME =
      Pattern.compile("-(\\d+(?:\\.\\d+)+)(?:[-.][A-Za-z0-9.-]*)?\\.jar$");
  private static final Pattern LEADING_NUMBERS = Pattern.compile("^(\\d+(?:\\.\\d+)*)");
  /** Manifests read while looking at the classpath (guarded by the class). */
  private static final Map<File, @Nullable Attributes> MANIFESTS = new HashMap<>();

  private RuntimeDependencies() {}

  /**
   * Throws {@link IncompatibleDependencyException} if a library OrderKit runs on is missing or too
   * old. The classpath is read once; later calls only repeat the verdict.
   */
  public static void requireCompatible() {
    Finding finding = Verdict.FINDING;
    if (finding != null) {
      throw finding.toException(null);
    }
  }

  /**
   * The exception a call throws instead of a {@link LinkageError} (a {@code NoSuchMethodError}
   * from a library changed under OrderKit): the first library found too old, or, if all look
   * right, one naming the missing member and the versions found.
   */
  public static IncompatibleDependencyException fromLinkageError(LinkageError error) {
    Finding finding = Verdict.FINDING;
    if (finding != null) {
      return finding.toException(error);
    }
    String found = describe();
    return new IncompatibleDependencyException("OkHttp, Okio, Moshi or Kotlin stdlib", found,
        OKHTTP.minimum, "unknown",
        "A library OrderKit runs on does not have what OrderKit calls ("
            + error.getClass().getSimpleName() + ": " + error.getMessage() + "); found " + found
            + ". Fix: " + OKHTTP.fix, error);
  }

  /** What was found, e.g. {@code OkHttp 4.12.0, Okio 3.6.0, Moshi 1.15.2, Kotlin stdlib 1.8.21}. */
  public static String describe() {
    StringBuilder text = new StringBuilder();
    for (Installed found : Verdict.INSTALLED) {
      text.append(text.length() == 0 ? "" : ", ").append(found.library.name).append(' ')
          .append(found.versionOrNone());
    }
    return text.toString();
  }

  /** Looks at the real classpath. */
  static List<Installed> readClasspath() {
    List<Installed> all = new ArrayList<>();
    all.add(okhttp()); // first: an old OkHttp brings the old Okio, and its fix fixes both
    all.add(okio());
    all.add(moshi());
    all.add(kotlin());
    return Collections.unmodifiableList(all);
  }

  /** The first library that is missing or too old, or null when all are fine. */
  static @Nullable Finding judge(List<Installed> installed) {
    for (Installed found : installed) {
      Finding finding = found.judge();
      if (finding != null) {
        return finding;
      }
    }
    return null;
  }

  /** Compares dotted versions numerically ({@code 4.9.3 < 4.12.0}); missing parts count as 0. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return p < q ? -1 : 1;
      }
    }
    return 0;
  }

  /** The dotted numbers a version starts with ({@code 5.3.2} of {@code 5.3.2-alpha}), or null. */
  static @Nullable String numericPrefix(@Nullable String version) {
    if (version == null) {
      return null;
    }
    Matcher m = LEADING_NUMBERS.matcher(version.trim());
    return m.find() ? m.group(1) : null;
  }

  // Each probe names its library's classes directly (never by string), so shrinking and
  // obfuscation (R8, ProGuard) keep them consistent; a missing library is a NoClassDefFoundError.
  // The version strings are read by reflection from members the consumer rules keep.

  private static Installed kotlin() {
    try {
      return new Installed(KOTLIN, kotlin.KotlinVersion.CURRENT.toString(),
          location(kotlin.KotlinVersion.class));
    } catch (LinkageError e) {
      return Installed.missing(KOTLIN);
    }
  }

  private static Installed okio() {
    try {
      Class<?> type = okio.Buffer.class;
      return new Installed(OKIO, versionOf(type, "com.squareup.okio", "okio-jvm", "okio"),
          location(type));
    } catch (LinkageError e) {
      return Installed.missing(OKIO);
    }
  }

  private static Installed okhttp() {
    Class<?> type;
    try {
      type = okhttp3.OkHttpClient.class;
    } catch (LinkageError e) {
      return Installed.missing(OKHTTP);
    }
    // okhttp3.OkHttp.VERSION (4.x, 5.x) is a compile-time constant: read it reflectively, or
    // javac would inline the version OrderKit was compiled against.
    String version = staticField("okhttp3.OkHttp", "VERSION");
    if (version == null) {
      String userAgent = staticCall("okhttp3.internal.Version", "userAgent"); // OkHttp 3.x
      version = userAgent != null ? userAgent.replaceFirst("^okhttp/", "")
          : versionOf(type, "com.squareup.okhttp3", "okhttp-jvm", "okhttp");
    }
    return new Installed(OKHTTP, version, location(type));
  }

  private static Installed moshi() {
    try {
      Class<?> type = com.squareup.moshi.Moshi.class;
      return new Installed(MOSHI, versionOf(type, "com.squareup.moshi", "moshi"),
          location(type));
    } catch (LinkageError e) {
      return Installed.missing(MOSHI);
    }
  }

  private static @Nullable Class<?> load(String name) {
    try {
      return Class.forName(name, false, RuntimeDependencies.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static @Nullable String staticField(String className, String name) {
    Class<?> type = load(className);
    if (type == null) {
      return null;
    }
    try {
      Object value = type.getField(name).get(null);
      return value != null ? value.toString() : null;
    } catch (Exception | LinkageError e) {
      return null;
    }
  }

  private static @Nullable String staticCall(String className, String method) {
    Class<?> type = load(className);
    if (type == null) {
      return null;
    }
    try {
      Object value = type.getMethod(method).invoke(null);
      return value != null ? value.toString() : null;
    } catch (Exception | LinkageError e) {
      return null;
    }
  }

  /**
   * The version of the library whose jar {@code type} came from, when that jar is the library's
   * own: the version in a file name that starts with one of {@code artifacts}
   * ({@code okio-jvm-3.6.0.jar}, read without opening the jar), else its manifest's
   * {@code Bundle-Version} if the bundle is {@code bundle}. In a shaded or repackaged jar (an
   * app's uber jar) neither holds, and the version is unknown, so trusted, rather than read off
   * the app's own name.
   */
  private static @Nullable String versionOf(Class<?> type, String bundle, String... artifacts) {
    File jar = jarOf(type);
    if (jar == null) {
      return null;
    }
    String name = jar.getName();
    for (String artifact : artifacts) {
      if (name.startsWith(artifact + "-")) {
        Matcher m = VERSION_IN_JAR_NAME.matcher(name.substring(artifact.length()));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    Attributes main = mainAttributes(jar);
    if (main != null && bundle.equals(main.getValue("Bundle-SymbolicName"))) {
      return numericPrefix(main.getValue("Bundle-Version"));
    }
    return null;
  }

  /** The manifest's main attributes of {@code jar}, read once per jar (an uber jar holds all). */
  private static synchronized @Nullable Attributes mainAttributes(File jar) {
    if (MANIFESTS.containsKey(jar)) {
      return MANIFESTS.get(jar);
    }
    Attributes main = null;
    try (JarFile file = new JarFile(jar)) {
      Manifest manifest = file.getManifest();
      main = manifest != null ? manifest.getMainAttributes() : null;
    } catch (Exception e) {
      // unreadable: the version stays unknown
    }
    MANIFESTS.put(jar, main);
    return main;
  }

  private static @Nullable File jarOf(Class<?> type) {
    try {
      ProtectionDomain domain = type.getProtectionDomain();
      CodeSource source = domain != null ? domain.getCodeSource() : null;
      URL url = source != null ? source.getLocation() : null;
      if (url == null || !"file".equals(url.getProtocol())) {
        return null;
      }
      File file = new File(url.toURI());
      return file.isFile() ? file : null;
    } catch (Exception e) {
      return null; // Android has no code source; a security manager may refuse
    }
  }

  private static String location(Class<?> type) {
    try {
      ProtectionDomain domain = type.getProtectionDomain();
      CodeSource source = domain != null ? domain.getCodeSource() : null;
      URL url = source != null ? source.getLocation() : null;
      if (url == null) {
        return "unknown";
      }
      return "file".equals(url.getProtocol()) ? new File(url.toURI()).getPath() : url.toString();
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** The classpath, read on first use. */
  private static final class Verdict {
    static final List<Installed> INSTALLED = readClasspath();
    static final @Nullable Finding FINDING = judge(INSTALLED);
  }

  /** A library OrderKit needs, the oldest version it accepts and how to fix an older one. */
  static final class Library {
    final String name;
    final String minimum;
    final String fix;

    Library(String name, String minimum, String fix) {
      this.name = name;
      this.minimum = minimum;
      this.fix = fix;
    }
  }

  /**
   * What the classpath holds of one library. A version that cannot be read (a shrunk app, a
   * repackaged jar, Android, where classes have no code source) is trusted: only a missing
   * library or a known older version fails.
   */
  static final class Installed {
    final Library library;
    final @Nullable String version;
    final String location;
    final boolean present;

    Installed(Library library, @Nullable String version, String location) {
      this(library, version, location, true);
    }

    private Installed(Library library, @Nullable String version, String location,
        boolean present) {
      this.library = library;
      this.version = numericPrefix(version);
      this.location = location;
      this.present = present;
    }

    static Installed missing(Library library) {
      return new Installed(library, null, "none", false);
    }

    String versionOrNone() {
      return !present ? "none" : version != null ? version : "(version unknown)";
    }

    @Nullable Finding judge() {
      if (!present) {
        return new Finding(this, "none");
      }
      return version != null && compareVersions(version, library.minimum) < 0
          ? new Finding(this, version) : null;
    }
  }

  /** A library that is missing or too old. */
  static final class Finding {
    final Installed installed;
    final String found;

    Finding(Installed installed, String found) {
      this.installed = installed;
      this.found = found;
    }

    IncompatibleDependencyException toException(@Nullable Throwable cause) {
      Library library = installed.library;
      String what = "none".equals(found)
          ? "no " + library.name + " is on the classpath"
          : "the " + library.name + " on the classpath is " + found + ", from "
              + installed.location + hint();
      return new IncompatibleDependencyException(library.name, found, library.minimum,
          installed.location, "OrderKit needs " + library.name + " " + library.minimum
              + " or newer, but " + what + ". Fix: " + library.fix, cause);
    }

    private String hint() {
      if (installed.library == OKHTTP && found.startsWith("3.")) {
        return " (Retrofit 2.x and other OkHttp 3 users bring it)";
      }
      return "";
    }
  }
}
