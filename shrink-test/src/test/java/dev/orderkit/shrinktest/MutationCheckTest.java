package dev.orderkit.shrinktest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The testkit's fakes are an oracle independent of the SDK: a copy of the sources with one SDK
 * model's JSON name misspelt ({@code order_code} of the partner's {@code OrderCodeParams}, which
 * every fulfillment action and tracking send) must fail the testkit's end-to-end suite of the
 * partner fake. A fake that read requests with the SDK's own models would accept the misspelt
 * name and let the bug through.
 */
class MutationCheckTest {
  private static final Path ROOT = Paths.get("").toAbsolutePath().getParent();
  private static final Path WORK = Paths.get(System.getProperty("shrink.target", "target"))
      .resolve("mutation-check");
  private static final String MODEL =
      "sdk-partner/src/main/java/dev/orderkit/partner/model/OrderCodeParamsDef.java";

  @Test
  void aMisspeltJsonNameInAnSdkModelFailsTheFakesEndToEndSuite() throws Exception {
    assumeFalse(Boolean.getBoolean("orderkit.skipConsumers"),
        "runs once per build, with the consumer projects (the OkHttp 5 pass skips both)");
    copySources();
    Path model = WORK.resolve(MODEL);
    String source = new String(Files.readAllBytes(model), StandardCharsets.UTF_8);
    String mutated = source.replace("@JsonName(\"order_code\")", "@JsonName(\"order_kode\")");
    assertThat(mutated).as("the mutation applies once").isNotEqualTo(source);
    Files.write(model, mutated.getBytes(StandardCharsets.UTF_8));

    String maven = Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString();
    Path log = WORK.resolve("build.log");
    Process build = new ProcessBuilder(maven, "-B", "-o", "-q", "verify", "-pl", "sdk-testkit",
        "-am", "-Dtest=FakePartnerApiTest", "-Dsurefire.failIfNoSpecifiedTests=false",
        "-Danimal.sniffer.skip=true", "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true")
        .directory(WORK.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(build.waitFor(8, TimeUnit.MINUTES)).as("the mutated build finished").isTrue();

    Path report = WORK.resolve(
        "sdk-testkit/target/surefire-reports/dev.orderkit.testkit.FakePartnerApiTest.txt");
    assertThat(report).as("the suite ran: " + tail(log)).exists();
    String summary = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
    int failed = count(summary, "<<< FAILURE!") + count(summary, "<<< ERROR!") - 1;
    System.out.println("MUTATION partner OrderCodeParams order_code->order_kode exit="
        + build.exitValue() + " failing_tests=" + failed);
    assertThat(build.exitValue()).as("the mutated SDK fails the build").isNotZero();
    assertThat(failed).as("end-to-end tests that caught it").isGreaterThan(0);
  }

  /** The sources (the reactor's modules), without build output or Git data, into WORK. */
  private static void copySources() throws IOException {
    if (Files.exists(WORK)) {
      try (Stream<Path> old = Files.walk(WORK)) {
        for (Path p : old.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path p : files.collect(Collectors.toList())) {
        Path relative = ROOT.relativize(p);
        String name = relative.toString().replace('\\', '/');
        if (name.startsWith(".git") || name.equals("target") || name.endsWith("/target")
            || name.contains("/target/") || name.startsWith("consumer-test")) {
          continue;
        }
        Path to = WORK.resolve(relative.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          Files.copy(p, to);
        }
      }
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
