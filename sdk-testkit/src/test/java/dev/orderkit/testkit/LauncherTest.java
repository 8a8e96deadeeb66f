package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.core.errors.ApiConnectionException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The standalone launcher with the bosOnline fake: what it prints (the line for scripts first),
 * that the fake it starts answers, the port and host options, usage and argument errors, and (in a
 * child JVM) the exit status of bad arguments and a clean stop on SIGTERM, as on Ctrl-C. The
 * built jar itself: {@link StandaloneJarIT}.
 */
class LauncherTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void startsTheBosOnlineFakeAndPrintsHowToReachIt() {
    try (Launcher.Running running = Launcher.start(new String[] {"--api", "bosonline"}, out)) {
      assertThat(running.fakes()).hasSize(1);
      FakeBosOnlineApi fake = running.fake(FakeBosOnlineApi.class);
      assertThat(fake).isNotNull();
      String base = "http://127.0.0.1:" + fake.port() + "/";
      String text = printed();
      assertThat(text).contains("bosOnline  " + base)
          .contains("test key:  " + FakeBosOnlineApi.DEFAULT_API_KEY)
          .contains("form id:   " + FakeBosOnlineApi.EXAMPLE_FORM_ID)
          .contains("curl -s -X POST '" + base + "order/"
              + FakeBosOnlineApi.EXAMPLE_FORM_ID + "' -H 'Authorization: Bearer "
              + FakeBosOnlineApi.DEFAULT_API_KEY + "'")
          .contains(Launcher.BOSONLINE_EXAMPLE_BODY)
          .doesNotContain("partner", "cekceir", "cekat");

      try (BosOnlineClient bos = fake.client()) {
        assertThat(bos.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID,
            FakeBosOnlineApiTest.docsExample()).totalPayment()).isEqualByComparingTo("102200");
      }
      assertThat(fake.orders()).hasSize(1);
    }
  }

  @Test
  void printsOneLineForScriptsPerFakeBeforeTheText() {
    try (Launcher.Running running = Launcher.start(new String[] {"--api", "all"}, out)) {
      String[] lines = printed().split("\\R");
      FakePartnerApi partner = running.fake(FakePartnerApi.class);
      FakeCekceirApi cekceir = running.fake(FakeCekceirApi.class);
      FakeCekatApi cekat = running.fake(FakeCekatApi.class);
      FakeBosOnlineApi bosOnline = running.fake(FakeBosOnlineApi.class);

      assertThat(lines).hasSizeGreaterThan(5);
      assertThat(List.of(lines).subList(0, 4)).containsExactly(
          "ORDERKIT_FAKE api=partner url=" + partner.baseUrl() + " key=" + partner.apiKey()
              + " tenant=" + partner.tenantId(),
          "ORDERKIT_FAKE api=cekceir url=" + cekceir.baseUrl() + " key=" + cekceir.apiKey(),
          "ORDERKIT_FAKE api=cekat url=" + cekat.baseUrl() + " key=" + cekat.apiKey(),
          "ORDERKIT_FAKE api=bosonline url=" + bosOnline.baseUrl() + " key="
              + bosOnline.apiKey());
      assertThat(lines[4]).isEqualTo(
          "OrderKit testkit: 4 fakes running on loopback (Ctrl-C stops them)");
      assertThat(printed()).doesNotContain("WARNING");
    }
  }

  @Test
  void hostAllInterfacesWarnsAndPrintsALoopbackUrl() throws Exception {
    try (Launcher.Running running = Launcher.start(
        new String[] {"--api", "bosonline", "--host", "0.0.0.0"}, out)) {
      FakeBosOnlineApi fake = running.fake(FakeBosOnlineApi.class);
      String base = "http://127.0.0.1:" + fake.port() + "/";

      assertThat(printed()).startsWith("ORDERKIT_FAKE api=bosonline url=" + base + " key=")
          .contains("running on 0.0.0.0")
          .contains("WARNING: listening on 0.0.0.0, so the fakes accept connections from other"
              + " machines");
      int status = FakeBosOnlineApiTest.post(base + "order/"
          + FakeBosOnlineApi.EXAMPLE_FORM_ID, "Bearer " + fake.apiKey(),
          Launcher.BOSONLINE_EXAMPLE_BODY).getResponseCode();
      assertThat(status).isEqualTo(200);
    }
  }

  @Test
  void hostLoopbackIsTheDefault() {
    try (Launcher.Running running = Launcher.start(
        new String[] {"--api=bosonline", "--host=127.0.0.1"}, out)) {
      assertThat(running.fakes()).hasSize(1);
      assertThat(printed()).contains("running on loopback").doesNotContain("WARNING");
    }
  }

  @Test
  void theExampleCurlBodyIsAValidCheckout() throws Exception {
    try (Launcher.Running running = Launcher.start(new String[] {"--api=BosOnline"}, out)) {
      FakeBosOnlineApi fake = running.fake(FakeBosOnlineApi.class);

      int status = FakeBosOnlineApiTest.post(fake.baseUrl() + "order/"
          + FakeBosOnlineApi.EXAMPLE_FORM_ID, "Bearer " + fake.apiKey(),
          Launcher.BOSONLINE_EXAMPLE_BODY).getResponseCode();

      assertThat(status).isEqualTo(200);
      assertThat(fake.orders()).hasSize(1);
    }
  }

  @Test
  void closeStopsTheFakesAndIsIdempotent() {
    Launcher.Running running = Launcher.start(new String[] {"--api", "bosonline"}, out);
    FakeBosOnlineApi fake = running.fake(FakeBosOnlineApi.class);
    try (BosOnlineClient bos = fake.clientBuilder().maxRetries(0).build()) {
      running.close();
      running.close();
      running.awaitClosed();

      assertThat(running.isClosed()).isTrue();
      Throwable thrown = catchThrowable(() -> bos.request("GET", "/anything").execute());
      assertThat(thrown).isInstanceOf(ApiConnectionException.class);
    }
  }

  @Test
  void portPutsTheFakeOnThatPort() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (Launcher.Running running = Launcher.start(
        new String[] {"--port", Integer.toString(port), "--api", "bosonline"}, out)) {
      assertThat(running.fakes().get(0).port()).isEqualTo(port);
      assertThat(printed()).contains("http://127.0.0.1:" + port + "/");
    }
  }

  @Test
  void helpPrintsTheUsageAndStartsNothing() {
    try (Launcher.Running running = Launcher.start(new String[] {"--help"}, out)) {
      assertThat(running.fakes()).isEmpty();
      assertThat(running.isClosed()).isTrue();
      assertThat(printed()).isEqualTo(Launcher.usage())
          .contains("java -jar sdk-testkit-<version>-standalone.jar",
              "--api partner|cekceir|cekat|bosonline|all", "--port", "--host", "ORDERKIT_FAKE");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--api nope              | unknown API 'nope'",
      "--api                   | --api needs a value",
      "--api --port 0          | --api needs a value",
      "--port abc              | --port must be a number; got 'abc'",
      "--port -1               | --port must be 0 to 65535; got -1",
      "--port=70000            | --port must be 0 to 65535; got 70000",
      "--port 65535 --api all  | --port 65535 leaves no room for 4 fakes",
      "--port 1 --port 2       | --port is given twice",
      "--host                  | --host needs a value",
      "--host=                 | --host needs a value",
      "--host a --host b       | --host is given twice",
      "--host [nope            | --host must be an address or a known host name; got '[nope'",
      "--verbose               | unknown argument '--verbose'",
      "bosonline               | unknown argument 'bosonline'"})
  void badArgumentsAreRefusedWithTheReason(String args, String reason) {
    assertThatThrownBy(() -> Launcher.start(args.trim().split(" +"), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
    assertThat(printed()).isEmpty();
  }

  @Test
  void mainExitsNonZeroOnBadArguments() throws Exception {
    Process p = java("--api", "nope");
    String stderr = readAll(p, true);

    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(stderr).contains("error: unknown API 'nope'").contains("Usage: java -jar");
  }

  @Test
  void mainRunsUntilStoppedAndStopsCleanlyOnSigterm() throws Exception {
    Process p = java("--api", "bosonline");
    List<String> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      lines.add(line);
      if (line.startsWith("Press Ctrl-C")) {
        break;
      }
    }
    assertThat(lines.get(0)).startsWith("ORDERKIT_FAKE api=bosonline url=http://127.0.0.1:");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("bosOnline  http://127.0.0.1:"));

    // SIGTERM, which runs the shutdown hooks as Ctrl-C does (Process.destroy() would also close
    // the streams we still read).
    assertThat(p.toHandle().destroy()).isTrue();
    while ((line = reader.readLine()) != null) {
      lines.add(line);
    }

    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(lines).contains(Launcher.STOPPED).contains("OrderKit testkit: fakes stopped.");
  }

  private static Process java(String... args) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java");
    command.add("-cp");
    command.add(classpath);
    command.add(Launcher.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static String readAll(Process p, boolean stderr) throws Exception {
    try (var in = stderr ? p.getErrorStream() : p.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
