package dev.orderkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.testkit.FakeBosOnlineApi;
import dev.orderkit.testkit.FakeCekatApi;
import dev.orderkit.testkit.FakeCekceirApi;
import dev.orderkit.testkit.FakePartnerApi;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * The README cannot drift: every {@code ```java} block of README.md (read from the file itself,
 * so there is no copy to keep in step) is compiled with the imports it shows, a block of
 * statements inside a {@code main} method, a block declaring a type as it is; and the blocks
 * marked {@code <!-- readme-check: run NAME -->} run against the testkit's fakes in a fresh JVM
 * whose environment points each API's variables at its fake. In a block that runs, a comment
 * {@code // => X} says the block prints the line X (in that order with the others).
 */
class ReadmeJavaBlocksTest {
  private static final Pattern RUN = Pattern.compile("<!-- readme-check: run ([a-z0-9-]+) -->");
  /** A fence line: its indent, its backticks or tildes, and its info word. */
  private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*(\\S*).*$");
  private static final Pattern EXPECT = Pattern.compile(".*// => (.*)$");
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("^(@[A-Z]\\w*|((public|abstract|final) )*(class|interface|enum) \\w+).*");
  /** The blocks the test knows how to run, in README order, each checked below. */
  private static final List<String> RUNNABLE = Arrays.asList("quickstart", "partner-create",
      "cekceir-422", "cekat", "bosonline", "testkit-junit", "testkit-plain", "listener");

  private static List<Block> blocks;
  private static Path classes;

  /** One {@code ```java} block: where it starts, its lines, and whether it runs. */
  static final class Block {
    final int firstLine; // README line of the block's first content line (1-based)
    final List<String> lines;
    final String run; // null: compiled only

    Block(int firstLine, List<String> lines, String run) {
      this.firstLine = firstLine;
      this.lines = lines;
      this.run = run;
    }

    boolean declaresType() {
      return lines.stream().anyMatch(l -> TYPE_DECLARATION.matcher(l).matches());
    }

    /** Each block its own package: a type one block declares is not visible in another. */
    String packageName() {
      return "readme.b" + firstLine;
    }

    String className() {
      return "Block" + firstLine;
    }

    /** The expected output lines, from {@code // => } comments, in order. */
    List<String> expected() {
      List<String> out = new ArrayList<>();
      for (String line : lines) {
        Matcher m = EXPECT.matcher(line.trim());
        if (m.matches()) {
          out.add(m.group(1).trim());
        }
      }
      return out;
    }

    /**
     * The source, line for line the README's (so a compiler error names the README line): the
     * package on the first import's line, a block of statements wrapped in {@code main} on the
     * blank line after the imports, closed on a line of its own.
     */
    String source() {
      List<String> out = new ArrayList<>(lines);
      int firstImport = -1;
      int lastImport = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).startsWith("import ")) {
          firstImport = firstImport < 0 ? i : firstImport;
          lastImport = i;
        }
      }
      if (firstImport < 0) {
        out.set(0, "package " + packageName() + "; " + out.get(0));
      } else {
        out.set(firstImport, "package " + packageName() + "; " + out.get(firstImport));
      }
      if (!declaresType()) {
        String open = "public final class " + className()
            + " { public static void main(String[] args) throws Exception {";
        int at = lastImport + 1;
        if (at < out.size() && out.get(at).trim().isEmpty()) {
          out.set(at, open);
        } else if (lastImport >= 0) {
          out.set(lastImport, out.get(lastImport) + " " + open);
        } else {
          out.set(0, out.get(0) + " " + open);
        }
        out.add("}}"); // its own line: the block's last line may end in a comment
      }
      return String.join("\n", out) + "\n";
    }
  }

  @BeforeAll
  static void readAndCompile() throws IOException {
    blocks = read(readme());
    Path work = readme().getParent().resolve("readme-check").resolve("target")
        .resolve("readme-blocks");
    deleteTree(work); // no class of a block since removed
    classes = work.resolve("classes");
    Path sources = work.resolve("sources");
    Path generated = work.resolve("generated");
    for (Path dir : new Path[] {classes, sources, generated}) {
      Files.createDirectories(dir);
    }
    List<File> files = new ArrayList<>();
    Map<String, Block> byFile = new LinkedHashMap<>();
    for (Block b : blocks) {
      Path file = Files.createDirectories(sources.resolve(b.packageName().replace('.', '/')))
          .resolve(b.className() + ".java");
      Files.write(file, b.source().getBytes(StandardCharsets.UTF_8));
      files.add(file.toFile());
      byFile.put(file.toFile().getName(), b);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      // Java 8, as the README promises its readers (and Android's desugared API level)
      List<String> options = Arrays.asList("--release", "8", "-proc:full", "-Xlint:-options", "-d",
          classes.toString(), "-s", generated.toString(), "-classpath",
          System.getProperty("java.class.path"));
      boolean ok = javac.getTask(null, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromFiles(files)).call();
      List<String> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> {
            Block b = d.getSource() == null ? null
                : byFile.get(Paths.get(d.getSource().toUri()).getFileName().toString());
            String where = b == null ? String.valueOf(d.getSource())
                : "README.md:" + (b.firstLine + d.getLineNumber() - 1);
            return where + ": " + d.getMessage(Locale.ROOT);
          })
          .collect(Collectors.toList());
      assertThat(errors).as("compiler errors in README blocks").isEmpty();
      assertThat(ok).isTrue();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder())
          .collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }

  private static Path readme() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("README.md");
      if (Files.exists(candidate) && Files.exists(dir.resolve("readme-check"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("README.md not found above " + Paths.get("").toAbsolutePath());
  }

  static List<Block> read(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Block> found = new ArrayList<>();
    String openFence = null; // a non-Java fence being skipped
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      if (openFence != null) {
        if (fence.group(2).startsWith(openFence) && fence.group(3).isEmpty()) {
          openFence = null;
        }
        continue;
      }
      if (!fence.group(3).equalsIgnoreCase("java")) {
        if (fence.group(3).toLowerCase(Locale.ROOT).contains("java")) {
          throw new AssertionError("README.md:" + (i + 1) + ": write a Java block's fence as"
              + " ```java, so that it is checked: " + lines.get(i));
        }
        openFence = fence.group(2);
        continue;
      }
      if (!fence.group(1).isEmpty()) {
        throw new AssertionError("README.md:" + (i + 1) + ": an indented ```java block; start it"
            + " at the line's start, so that it is checked as written");
      }
      Matcher run = i > 0 ? RUN.matcher(lines.get(i - 1).trim()) : null;
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).trim().equals(fence.group(2))) {
        end++;
      }
      if (end == lines.size()) {
        throw new AssertionError("README.md:" + (i + 1) + ": a ```java block never closed");
      }
      found.add(new Block(start + 1, new ArrayList<>(lines.subList(start, end)),
          run != null && run.matches() ? run.group(1) : null));
      i = end;
    }
    return found;
  }

  @Test
  void everyJavaBlockOfTheReadmeCompiles() {
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(14);
    for (Block b : blocks) {
      String name = b.declaresType() ? null : b.packageName() + "." + b.className();
      if (name != null) {
        assertThat(classes.resolve(b.packageName().replace('.', '/'))
            .resolve(b.className() + ".class"))
            .as("README.md:%d compiled", b.firstLine).exists();
      }
      assertThat(b.lines.stream().filter(l -> l.startsWith("import ")).count())
          .as("README.md:%d shows its imports", b.firstLine).isPositive();
      if (b.run == null || b.run.equals("testkit-junit")) {
        assertThat(b.expected()).as("README.md:%d: a // => claim in a block that does not run",
            b.firstLine).isEmpty();
      }
    }
  }

  @Test
  void theTestkitDependenciesShownAreTheOnesThisBuildTestsWith() throws IOException {
    String text = new String(Files.readAllBytes(readme()), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("<artifactId>junit-jupiter</artifactId>\n  <version>"
            + System.getProperty("junit.version") + "</version>")
        .contains("<artifactId>assertj-core</artifactId>\n  <version>"
            + System.getProperty("assertj.version") + "</version>");
  }

  @Test
  void theRunnableBlocksDoWhatTheirCommentsSay() throws Exception {
    assertThat(blocks.stream().filter(b -> b.run != null).map(b -> b.run))
        .as("the blocks marked to run, in README order").containsExactlyElementsOf(RUNNABLE);
    SoftAssertions soft = new SoftAssertions();
    try (FakePartnerApi partner = new FakePartnerApi().start();
        FakeCekceirApi cekceir = new FakeCekceirApi().start();
        FakeCekatApi cekat = new FakeCekatApi().start();
        FakeBosOnlineApi bos = new FakeBosOnlineApi().start()) {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("PARTNER_BASE_URL", partner.baseUrl());
      env.put("PARTNER_API_KEY", partner.apiKey());
      env.put("PARTNER_TENANT_ID", partner.tenantId());
      env.put("CEKCEIR_BASE_URL", cekceir.baseUrl());
      env.put("CEKCEIR_API_KEY", cekceir.apiKey());
      env.put("CEKAT_BASE_URL", cekat.baseUrl());
      env.put("CEKAT_API_KEY", cekat.apiKey());
      env.put("BOSONLINE_BASE_URL", bos.baseUrl());
      env.put("BOSONLINE_API_KEY", bos.apiKey());
      try (dev.orderkit.partner.PartnerClient client = partner.client()) {
        for (int i = 1; i <= 5; i++) { // the Quickstart reads order 5
          client.orders().create(Orders.partner("ORD-" + i));
        }
      }
      for (Block b : blocks) {
        if (b.run == null) {
          continue;
        }
        if (b.run.equals("testkit-junit")) {
          soft.assertThat(runJUnit(b)).as("README.md:%d (%s)", b.firstLine, b.run)
              .isEqualTo("tests found=1 succeeded=1 failed=0");
          continue;
        }
        Run r = runInFreshJvm(b, env);
        soft.assertThat(r.exit).as("README.md:%d (%s) exit; output:%n%s", b.firstLine, b.run,
            r.output).isZero();
        if (!b.expected().isEmpty()) {
          soft.assertThat(r.lines()).as("README.md:%d (%s): what its // => comments claim",
              b.firstLine, b.run).containsSubsequence(b.expected());
        }
        switch (b.run) {
          case "quickstart":
            soft.assertThat(r.lines()).as("quickstart prints order 5")
                .anyMatch(l -> l.startsWith("ORD-5 "));
            soft.assertThat(partner.statusOf("ORD-5")).as("quickstart processed it")
                .contains("process");
            break;
          case "partner-create":
            soft.assertThat(partner.order("ORD-2026-0001")).as("created").isPresent();
            break;
          default:
            break;
        }
      }
    }
    soft.assertAll();
  }

  /** What a fresh JVM printed and how it ended. */
  static final class Run {
    final int exit;
    final String output;

    Run(int exit, String output) {
      this.exit = exit;
      this.output = output;
    }

    List<String> lines() {
      return Arrays.stream(output.split("\n")).map(String::trim).collect(Collectors.toList());
    }
  }

  private static Run runInFreshJvm(Block b, Map<String, String> env) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp",
        System.getProperty("java.class.path") + File.pathSeparator + classes,
        b.packageName() + "." + b.className());
    pb.environment().keySet().removeIf(k -> k.matches("(PARTNER|CEKCEIR|CEKAT|BOSONLINE)_.*")
        || k.equals("ORDERKIT_LOG"));
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Path log = classes.getParent().resolve(b.className() + ".out");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    boolean ended = p.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    return ended ? new Run(p.exitValue(), output) : new Run(-1, output + "\n(timed out: 60 s)");
  }

  /** Runs the README's JUnit test class as a build would, in this JVM. */
  private static String runJUnit(Block b) throws Exception {
    String className = b.lines.stream().map(l -> l.replaceAll("^class (\\w+).*", "$1"))
        .filter(l -> l.matches("\\w+")).findFirst().orElseThrow(IllegalStateException::new);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeJavaBlocksTest.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(DiscoverySelectors.selectClass(
              loader.loadClass(b.packageName() + "." + className)))
          .build(), listener);
      TestExecutionSummary s = listener.getSummary();
      s.getFailures().forEach(f -> f.getException().printStackTrace());
      return "tests found=" + s.getTestsFoundCount() + " succeeded="
          + s.getTestsSucceededCount() + " failed=" + s.getTestsFailedCount();
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
