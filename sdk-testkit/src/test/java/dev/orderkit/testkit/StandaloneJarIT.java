package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar the build makes, as a system in another language uses it: started with
 * {@code java -jar} as a separate process, driven with plain HTTP (no SDK, no OkHttp) through the
 * line it prints for scripts and the control endpoint, and stopped with SIGTERM. Runs in
 * {@code integration-test} (maven-failsafe-plugin), after {@code package} built the jar, whose
 * path comes in the {@code orderkit.standaloneJar} system property.
 */
class StandaloneJarIT {
  private static final long STARTUP_LIMIT_MS = 2_000;

  private Process process;

  @AfterEach
  void killIfStillRunning() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  @Test
  void theJarServesTheCekatFakeWithFaultsAndRecordsAndStopsOnSigterm() throws Exception {
    String jar = System.getProperty("orderkit.standaloneJar");
    // Surefire runs it too when -Dtest=... matches it (that overrides the *IT exclusion).
    assumeTrue(jar != null, "runs in integration-test (maven-failsafe-plugin), after package"
        + " built the jar; the POM passes its path as orderkit.standaloneJar");
    assertThat(new File(jar)).as("the standalone jar, built in package").isFile();

    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java");
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of("--api", "cekat", "--port", "0"));
    long startNanos = System.nanoTime();
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BlockingQueue<String> output = new LinkedBlockingQueue<>();
    List<String> lines = new ArrayList<>();
    Thread reader = readLines(process.getInputStream(), output);

    String fakeLine = null;
    while (fakeLine == null) {
      String line = output.poll(30, TimeUnit.SECONDS);
      assertThat(line).as("a line from the launcher; so far: %s", lines).isNotNull();
      lines.add(line);
      if (line.startsWith(Launcher.MACHINE_PREFIX + " ")) {
        fakeLine = line;
      }
    }
    long startupMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    System.out.println("TESTKIT standalone startup_ms=" + startupMs);
    assertThat(startupMs).as("start-up (process start to the %s line)", Launcher.MACHINE_PREFIX)
        .isLessThan(STARTUP_LIMIT_MS);

    Map<String, String> fake = fields(fakeLine);
    assertThat(fake).containsEntry("api", "cekat").containsKey("key");
    String base = fake.get("url");
    assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+/");
    String auth = "Bearer " + fake.get("key");

    Response planned = call("POST", base + "__orderkit/faults", null,
        "{\"fault\":\"serverError\",\"status\":503,\"times\":1,\"path\":\"api/orders\"}");
    assertThat(planned.status).as(planned.body).isEqualTo(201);

    Response failed = call("GET", base + "api/orders?limit=1&page=1", auth, null);
    assertThat(failed.status).isEqualTo(503);
    assertThat(failed.contentType).startsWith("application/json");
    assertThat(failed.body).startsWith("{").contains("Service Unavailable");

    Response listed = call("GET", base + "api/orders?limit=1&page=1", auth, null);
    assertThat(listed.status).as(listed.body).isEqualTo(200);
    assertThat(listed.body).startsWith("{");

    Response recorded = call("GET", base + "__orderkit/requests", null, null);
    assertThat(recorded.status).isEqualTo(200);
    assertThat(recorded.body.replace(" ", "").split("\"path\":\"/api/orders\"", -1))
        .as("two calls of /api/orders in %s", recorded.body).hasSize(3);
    assertThat(recorded.body).doesNotContain(fake.get("key"));

    assertThat(call("POST", base + "__orderkit/reset", null, "").status).isEqualTo(204);
    assertThat(call("GET", base + "__orderkit/requests", null, null).body.replace(" ", ""))
        .isEqualTo("[]");

    // SIGTERM, as a container runtime or a CI script stops it: ProcessHandle.destroy() sends it
    // as Process.destroy() does on Linux, but leaves open the output we still read.
    long stopNanos = System.nanoTime();
    assertThat(process.toHandle().destroy()).isTrue();
    assertThat(process.waitFor(5, TimeUnit.SECONDS)).as("exited within 5 s of SIGTERM").isTrue();
    reader.join(5_000);
    output.drainTo(lines);
    System.out.println("TESTKIT standalone stop_ms="
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopNanos) + " exit="
        + process.exitValue());
    // 143 (128 + SIGTERM) is how the JVM ends after a SIGTERM whose shutdown hooks ran.
    assertThat(process.exitValue()).as("exit status; output: %s", lines).isIn(0, 143);
    assertThat(lines).contains(Launcher.STOPPED);
    // The port is free again: nothing answers on it, and a new server can take it (the POM sets
    // http.keepAlive=false: a connection this client kept open would hold the port in FIN-WAIT
    // for a while after the fake closed it, whatever the fake does).
    int port = new URL(base).getPort();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
    try (ServerSocket again = new ServerSocket()) {
      again.bind(new InetSocketAddress("127.0.0.1", port));
    }
  }

  /** {@code ORDERKIT_FAKE api=cekat url=... key=...} as a map. */
  private static Map<String, String> fields(String line) {
    Map<String, String> fields = new HashMap<>();
    for (String part : line.substring(line.indexOf(' ') + 1).split(" ")) {
      int eq = part.indexOf('=');
      fields.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return fields;
  }

  /** Reads the process's lines until it ends: the pipe never fills, whatever it prints. */
  private static Thread readLines(InputStream in, BlockingQueue<String> lines) {
    Thread thread = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the stream closed: the process ended
      }
    }, "standalone-jar-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private record Response(int status, String contentType, String body) {}

  private static Response call(String method, String url, String authorization, String body)
      throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(5_000);
    connection.setRequestMethod(method);
    connection.setRequestProperty("Accept", "application/json");
    if (authorization != null) {
      connection.setRequestProperty("Authorization", authorization);
    }
    if (body != null) {
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = connection.getResponseCode();
    InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    String text = "";
    if (in != null) {
      try (InputStream stream = in) {
        text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    String type = connection.getContentType();
    return new Response(status, type == null ? "" : type, text);
  }
}
