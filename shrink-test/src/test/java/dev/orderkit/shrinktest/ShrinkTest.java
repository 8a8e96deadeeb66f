package dev.orderkit.shrinktest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * Shrinks and obfuscates {@link Sample} with ProGuard, using only the consumer rules that the
 * jars on its runtime classpath ship ({@code META-INF/proguard/*.pro}: OrderKit's and Moshi's;
 * OkHttp's JVM jar, Okio and the Kotlin standard library ship none), then runs the program
 * unshrunk and shrunk against a loopback server: the requests the server receives and what the
 * program decoded must be identical.
 *
 * <p>Besides the jars' rules, the configuration has only what an app itself has: its entry point,
 * the JDK as library jars, and {@code -dontwarn} for the optional dependencies of OkHttp, Okio and
 * the Kotlin standard library that ProGuard cannot see ({@link #DONT_WARN}).
 */
class ShrinkTest {
  /**
   * What OkHttp's JVM jar references but no app ships unless it wants it: its optional TLS
   * providers (Conscrypt, Bouncy Castle JSSE, OpenJSSE; each platform class is used only when
   * its provider is present), GraalVM native-image support ({@code okhttp3.internal.graal}, used
   * only by native-image builds) and Animal Sniffer's {@code @IgnoreJRERequirement}, a
   * class-retention annotation OkHttp compiles against. OkHttp's own (Android) consumer rules
   * name the same packages. Okio, Moshi and the Kotlin standard library need none.
   */
  static final List<String> DONT_WARN = List.of(
      "org.conscrypt.**",
      "org.bouncycastle.**",
      "org.openjsse.**",
      "org.graalvm.nativeimage.**",
      "com.oracle.svm.core.annotate.**",
      "org.codehaus.mojo.animal_sniffer.*");

  static final Path TARGET = Paths.get(System.getProperty("shrink.target", "target"));
  static final Path WORK = TARGET.resolve("shrink");
  static final Path SHRUNK = WORK.resolve("sample-shrunk.jar");

  /** The unshrunk program: its classes, then its runtime dependencies. */
  static List<Path> programClasspath;
  static List<String> ruleFiles;
  static long shrinkMillis;

  @BeforeAll
  static void shrink() throws Exception {
    programClasspath = new ArrayList<>();
    programClasspath.add(TARGET.resolve("classes"));
    String deps = Files.readString(TARGET.resolve("sample-classpath.txt")).trim();
    for (String entry : deps.split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        programClasspath.add(Paths.get(entry));
      }
    }
    Files.createDirectories(WORK);
    Files.deleteIfExists(SHRUNK);

    StringBuilder config = new StringBuilder();
    ruleFiles = new ArrayList<>();
    Path rulesDir = Files.createDirectories(WORK.resolve("consumer-rules"));
    for (Path entry : programClasspath) {
      config.append("-injars ").append(quote(entry))
          .append("(!META-INF/**,!module-info.class)\n");
      for (Rule rule : consumerRules(entry)) {
        Path file = rulesDir.resolve(entry.getFileName() + "--"
            + rule.name.substring(rule.name.lastIndexOf('/') + 1));
        Files.writeString(file, rule.text);
        ruleFiles.add(rule.name);
        config.append("-include ").append(quote(file)).append('\n');
      }
    }
    config.append("-outjars ").append(quote(SHRUNK)).append('\n');
    Path jmods = Paths.get(System.getProperty("java.home"), "jmods");
    assertThat(jmods).as("ProGuard needs the JDK's jmods (install a full JDK)").isDirectory();
    for (String module : List.of("java.base", "java.logging")) {
      config.append("-libraryjars ").append(quote(jmods.resolve(module + ".jmod")))
          .append("(!**.jar;!module-info.class)\n");
    }
    // The app's own rule: its entry point.
    config.append("-keep public class dev.orderkit.shrinktest.Sample {\n"
        + "    public static void main(java.lang.String[]);\n}\n");
    // Not a keep rule: a ProGuard (7.7, 7.8) optimizer bug. Return-type specialization turns
    // Okio's buffer(Source): BufferedSource into ...: RealBufferedSource but keeps the
    // checkcast to the interface, which the JVM verifier then rejects (VerifyError). R8 has no
    // such pass; everything else ProGuard optimizes stays on.
    config.append("-optimizations !method/specialization/returntype\n");
    for (String pattern : DONT_WARN) {
      config.append("-dontwarn ").append(pattern).append('\n');
    }
    config.append("-printmapping ").append(quote(WORK.resolve("mapping.txt"))).append('\n');
    config.append("-printconfiguration ").append(quote(WORK.resolve("configuration.txt")))
        .append('\n');
    Path configFile = WORK.resolve("proguard.pro");
    Files.writeString(configFile, config);

    long start = System.nanoTime();
    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(configFile.toFile(),
        System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();
    shrinkMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  @Test
  void theSampleRunsOnExactlyTheApiModulesRuntimeDependencies() {
    List<String> names = programClasspath.stream().skip(1)
        .map(p -> Files.isDirectory(p) // a reactor module's target/classes (mvn test)
            ? p.getParent().getParent().getFileName().toString()
            : p.getFileName().toString().replaceAll("-[0-9][^/]*\\.jar$", ""))
        .sorted().collect(Collectors.toList());
    // OkHttp and Okio are published for Maven as "okhttp"/"okio" (on OkHttp 5 an empty jar naming
    // okhttp-jvm) and okio-jvm; OkHttp 4.12 brings Kotlin 1.8's split stdlib artifacts.
    if (System.getProperty("okhttp.version", "").startsWith("5.")) {
      assertThat(names).containsExactly("annotations", "jspecify", "kotlin-stdlib",
          "kotlin-stdlib-jdk7", "kotlin-stdlib-jdk8", "logging-interceptor", "moshi", "okhttp",
          "okhttp-jvm", "okio", "okio-jvm", "sdk-cekceir", "sdk-core", "sdk-partner");
    } else {
      assertThat(names).containsExactly("annotations", "jspecify", "kotlin-stdlib",
          "kotlin-stdlib-common", "kotlin-stdlib-jdk7", "kotlin-stdlib-jdk8",
          "logging-interceptor", "moshi", "okhttp", "okio", "okio-jvm", "sdk-cekceir", "sdk-core",
          "sdk-partner");
    }
  }

  @Test
  void theJarsShipTheirRulesAndProGuardShrinksAndObfuscatesWithThem() throws IOException {
    assertThat(ruleFiles).contains("META-INF/proguard/sdk-core.pro",
        "META-INF/proguard/sdk-partner.pro", "META-INF/proguard/sdk-cekceir.pro",
        "META-INF/proguard/moshi.pro");
    long input = 0;
    for (Path entry : programClasspath) {
      input += Files.isDirectory(entry) ? 0 : Files.size(entry);
    }
    assertThat(Files.size(SHRUNK)).as("shrunk jar vs input jars").isLessThan(input / 2);
    String mapping = Files.readString(WORK.resolve("mapping.txt"));
    // Obfuscation really happened: internal classes and the value types' classes were renamed.
    assertThat(mapping).containsPattern(
        "dev\\.orderkit\\.core\\.internal\\.TransportCore -> (?!dev\\.orderkit\\.core\\.internal"
            + "\\.TransportCore:)");
    assertThat(mapping).containsPattern(
        "dev\\.orderkit\\.partner\\.model\\.OrderDetail -> (?!dev\\.orderkit\\.partner\\.model"
            + "\\.OrderDetail:)");
    // Models are bound by generated adapters, not reflection: no rule keeps their members, so
    // unused accessors and builder methods go and the rest are renamed.
    assertThat(mapping).doesNotContainPattern("java\\.lang\\.String orderCode\\(\\) -> orderCode");
    long orderKitBytes = 0;
    int orderKitClasses = 0;
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(SHRUNK.toFile())) {
      for (java.util.zip.ZipEntry entry : java.util.Collections.list(jar.entries())) {
        if (entry.getName().startsWith("dev/orderkit/") && entry.getName().endsWith(".class")
            && !entry.getName().startsWith("dev/orderkit/shrinktest/")) {
          orderKitBytes += entry.getSize();
          orderKitClasses++;
        }
      }
    }
    System.out.println("SHRINK ProGuard took " + shrinkMillis + " ms; sample shrunk to "
        + Files.size(SHRUNK) + " bytes from " + input + " bytes of jars; OrderKit's part: "
        + orderKitClasses + " classes, " + orderKitBytes + " bytes uncompressed");
  }

  @Test
  void theShrunkProgramSendsAndDecodesExactlyWhatTheUnshrunkOneDoes() throws Exception {
    String classpath = programClasspath.stream().map(Path::toString)
        .collect(Collectors.joining(java.io.File.pathSeparator));
    Run plain = run("plain", classpath);
    Run shrunk = run("shrunk", SHRUNK.toString());

    assertThat(plain.output).endsWith("done\n");
    assertThat(plain.requests).hasSize(10);
    assertThat(plain.requests.get(0)).contains("\"sort_direction\":\"desc\"");
    assertThat(plain.requests.get(0)).containsPattern("User-Agent: .*0\\.1\\.0");
    assertThat(String.join("\n", plain.requests)).doesNotContain("unknown");
    assertThat(plain.output).contains("known status Optional[PROCESS], allowed [APPROVE_CANCEL, "
        + "CANCEL, PACK, PROCESS_AND_PACK, REJECT_CANCEL]");
    assertThat(plain.output).contains("cekceir refused: 422 ORDER_VALIDATION_ERROR");

    assertThat(shrunk.output).isEqualTo(plain.output);
    assertThat(shrunk.requests).isEqualTo(plain.requests);
  }

  /** One run of the sample: what it printed and what the server received, in order. */
  record Run(String output, List<String> requests) {}

  private static Run run(String name, String classpath) throws Exception {
    List<String> requests = Collections.synchronizedList(new ArrayList<>());
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          requests.add(describe(request));
          return respond(request);
        }
      });
      server.start();
      String base = server.url("/").toString();
      Path out = WORK.resolve(name + ".out");
      Process process = new ProcessBuilder(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classpath, "dev.orderkit.shrinktest.Sample", base, base)
          .redirectErrorStream(true)
          .redirectOutput(out.toFile())
          .start();
      boolean exited = process.waitFor(60, TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly();
      }
      String output = Files.readString(out);
      assertThat(exited).as("sample finished in time: " + output).isTrue();
      assertThat(process.exitValue()).as("sample exit code, output:\n" + output).isZero();
      return new Run(output.replace("\r\n", "\n"), new ArrayList<>(requests));
    }
  }

  /** Method, target, every header but Host (its port differs per run) in order, and the body. */
  private static String describe(RecordedRequest request) {
    StringBuilder s = new StringBuilder(request.getMethod()).append(' ')
        .append(request.getPath()).append('\n');
    for (kotlin.Pair<? extends String, ? extends String> header : request.getHeaders()) {
      if (!header.getFirst().equalsIgnoreCase("Host")) {
        s.append(header.getFirst()).append(": ").append(header.getSecond()).append('\n');
      }
    }
    s.append(body(request));
    return s.toString();
  }

  private static MockResponse respond(RecordedRequest request) {
    String target = request.getPath();
    String body = body(request);
    String partner = "/api/partner/v1/orders";
    String fixture;
    int status = 200;
    if (target.equals(partner)) {
      fixture = "partner-list-orders.json";
    } else if (target.equals(partner + "/5/detail")) {
      fixture = "partner-order-detail.json";
    } else if (target.equals(partner + "/create")) {
      fixture = "partner-create-order.json";
      status = 201;
    } else if (target.equals(partner + "/fulfillment/set-packed")) {
      fixture = "partner-set-packed.json";
    } else if (target.equals(partner + "/fulfillment/cancel")) {
      fixture = "partner-cancel.json";
    } else if (target.equals(partner + "/fulfillment/shipping-label")) {
      fixture = "partner-shipping-label.json";
    } else if (target.equals(partner + "/tracking")) {
      fixture = "partner-tracking.json";
    } else if (target.equals("/api/order") && body.contains("\"imeis\":[]")) {
      fixture = "cekceir-validation-error.json";
      status = 422;
    } else if (target.equals("/api/order")) {
      fixture = "cekceir-create-order.json";
    } else {
      return new MockResponse().setResponseCode(404).setBody("{\"message\":\"no fixture for "
          + target + "\"}");
    }
    return new MockResponse().setResponseCode(status)
        .addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "req-" + fixture.toLowerCase(Locale.ROOT))
        .setBody(resource("/responses/" + fixture));
  }

  /** The request body as text (empty if none), from a copy: describe and respond both read it. */
  private static String body(RecordedRequest request) {
    return request.getBody().clone().readUtf8();
  }

  private static String resource(String name) {
    try (InputStream in = ShrinkTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A consumer rules file in a jar or classes directory. */
  record Rule(String name, String text) {}

  /** The R8/ProGuard consumer rules shipped in {@code entry} (a jar or a classes directory). */
  static List<Rule> consumerRules(Path entry) throws IOException {
    List<Rule> rules = new ArrayList<>();
    if (Files.isDirectory(entry)) {
      Path dir = entry.resolve("META-INF/proguard");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file : files.sorted().collect(Collectors.toList())) {
            if (file.toString().endsWith(".pro")) {
              rules.add(new Rule("META-INF/proguard/" + file.getFileName(),
                  Files.readString(file)));
            }
          }
        }
      }
      return rules;
    }
    try (ZipFile zip = new ZipFile(entry.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (e.getName().matches("META-INF/proguard/[^/]+\\.pro")) {
          try (InputStream in = zip.getInputStream(e)) {
            rules.add(new Rule(e.getName(),
                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
    }
    return rules;
  }

  private static String quote(Path path) {
    return "'" + path.toAbsolutePath() + "'";
  }
}
