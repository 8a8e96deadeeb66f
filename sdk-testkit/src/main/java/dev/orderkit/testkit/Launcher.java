package dev.orderkit.testkit;

import java.io.Closeable;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Starts the fakes outside a test, for systems not on the JVM and for trying the APIs by hand.
 * The build makes it a runnable jar, {@code sdk-testkit/target/sdk-testkit-VERSION-standalone.jar}
 * (also published with the classifier {@code standalone}): {@code java -jar
 * sdk-testkit-VERSION-standalone.jar --api partner --port 8080}.
 *
 * <p>Options: {@code --api partner|cekceir|cekat|bosonline|all} (default {@code all}; several may
 * be given, comma-separated), {@code --port N} (the first fake's port, each further fake on the
 * next one; default 0, free ports) and {@code --host H} (the address to listen on; default
 * {@code 127.0.0.1}; {@code 0.0.0.0} in a container, with a warning, as the fakes then accept
 * connections from other machines).
 *
 * <p>It first prints one line per fake for scripts, {@code ORDERKIT_FAKE api=partner
 * url=http://127.0.0.1:8080/ key=... tenant=...} ({@code tenant} for partner only; the URL is
 * the one to connect to on this machine), then each fake's base URL, test key and an example
 * {@code curl} for people, then runs until Ctrl-C or SIGTERM, when it stops the fakes, releases
 * the ports and prints {@code OrderKit testkit: fakes stopped.} Every fake serves its control
 * endpoint under {@code /__orderkit/} (faults, reset, seed, recorded requests; see the README).
 * From the repository without the jar: {@code mvn -q -pl sdk-testkit -am -Plaunch verify
 * -DskipTests -Dtestkit.args="--api bosonline --port 8080"}.
 */
public final class Launcher {
  /** The prefix of the line printed for each fake, for scripts. */
  static final String MACHINE_PREFIX = "ORDERKIT_FAKE";

  /** The line printed once the fakes have stopped (Ctrl-C, SIGTERM). */
  static final String STOPPED = "OrderKit testkit: fakes stopped.";

  /** The address the fakes listen on unless {@code --host} says otherwise. */
  static final String DEFAULT_HOST = "127.0.0.1";

  /** The APIs the launcher can start, in the order {@code all} starts them. */
  private enum Api {
    PARTNER("partner", "partner"), CEKCEIR("cekceir", "cekceir"), CEKAT("cekat", "cekat"),
    BOSONLINE("bosonline", "bosOnline");

    /** The name {@code --api} takes and the machine-readable line prints. */
    final String id;
    final String title;

    Api(String id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  private Launcher() {}

  /**
   * Runs the launcher: starts the fakes {@code args} ask for, prints how to reach them and blocks
   * until Ctrl-C or SIGTERM. {@code --help} prints the usage; bad arguments print the problem and
   * the usage and exit with status 2 (status 1 when a fake cannot start, such as on a port in
   * use).
   */
  public static void main(String[] args) {
    final Running running;
    List<String> text = new ArrayList<>();
    try {
      running = launch(args, text);
    } catch (LauncherUsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(usage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      Throwable cause = e.getCause();
      System.err.println("error: could not start the fakes: " + e.getMessage()
          + (cause != null ? " (" + cause.getMessage() + ")" : ""));
      System.exit(1);
      return;
    }
    if (running.fakes().isEmpty()) {
      print(text, System.out); // --help
      return;
    }
    // The hook is in place before the URLs are printed: a script that reads them and stops the
    // launcher at once still gets the fakes stopped and the stop line.
    Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
      @Override
      public void run() {
        running.close();
        System.out.println(STOPPED);
        System.out.flush();
      }
    }, "orderkit-testkit-shutdown"));
    print(text, System.out);
    System.out.println("Press Ctrl-C to stop.");
    System.out.flush();
    running.awaitClosed();
  }

  /**
   * Starts the fakes {@code args} ask for and prints how to reach them to {@code out}; the caller
   * closes the returned handle. {@code --help} prints the usage and returns a handle without
   * fakes. Does not block and never exits the JVM.
   *
   * @throws IllegalArgumentException if the arguments are wrong (the message says why)
   * @throws java.io.UncheckedIOException if a fake cannot start (those started are stopped)
   */
  public static Running start(String[] args, PrintStream out) {
    List<String> text = new ArrayList<>();
    Running running = launch(args, text);
    print(text, out);
    return running;
  }

  private static void print(List<String> text, PrintStream out) {
    for (String line : text) {
      out.println(line);
    }
    out.flush();
  }

  /** Starts the fakes {@code args} ask for and adds what to print to {@code text}. */
  private static Running launch(String[] args, List<String> text) {
    Set<Api> apis = EnumSet.noneOf(Api.class);
    int port = 0;
    boolean portGiven = false;
    @Nullable String host = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        String nl = System.getProperty("line.separator");
        String usage = usage();
        text.add(usage.endsWith(nl) ? usage.substring(0, usage.length() - nl.length()) : usage);
        return new Running(Collections.<FakeApi>emptyList());
      } else if (arg.equals("--api")) {
        if (value == null) {
          value = next(args, ++i, "--api");
        }
        apis.addAll(apis(value));
      } else if (arg.equals("--port")) {
        if (portGiven) {
          throw new LauncherUsageException("--port is given twice");
        }
        portGiven = true;
        port = port(value != null ? value : next(args, ++i, "--port"));
      } else if (arg.equals("--host")) {
        if (host != null) {
          throw new LauncherUsageException("--host is given twice");
        }
        host = value != null ? value : next(args, ++i, "--host");
        if (host.trim().isEmpty()) {
          throw new LauncherUsageException("--host needs a value");
        }
      } else {
        throw new LauncherUsageException("unknown argument '" + args[i] + "'");
      }
    }
    if (apis.isEmpty()) {
      apis = EnumSet.allOf(Api.class);
    }
    if (port != 0 && port + apis.size() - 1 > 65535) {
      throw new LauncherUsageException("--port " + port + " leaves no room for " + apis.size()
          + " fakes (ports up to 65535)");
    }
    InetAddress address = address(host != null ? host.trim() : DEFAULT_HOST);
    // The URL to connect to from this machine: the wildcard address is not one to connect to.
    String urlHost = address.isAnyLocalAddress() ? DEFAULT_HOST
        : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]"
        : address.getHostAddress();
    List<FakeApi> started = new ArrayList<>();
    List<String> machine = new ArrayList<>();
    List<String> human = new ArrayList<>();
    try {
      int next = port;
      for (Api api : apis) {
        FakeApi fake = create(api);
        started.add(fake);
        fake.start(address.getHostAddress(), next);
        if (next != 0) {
          next++;
        }
        String base = "http://" + urlHost + ":" + fake.port() + "/";
        machine.add(machineLine(api, fake, base));
        describe(api, fake, base, human);
      }
    } catch (RuntimeException e) {
      for (FakeApi fake : started) {
        closeQuietly(fake);
      }
      throw e;
    }
    text.addAll(machine);
    text.add("OrderKit testkit: " + started.size() + (started.size() == 1 ? " fake" : " fakes")
        + " running on " + (address.isLoopbackAddress() ? "loopback"
            : address.getHostAddress()) + " (Ctrl-C stops them)");
    if (!address.isLoopbackAddress()) {
      text.add("WARNING: listening on " + address.getHostAddress() + ", so the fakes accept"
          + " connections from other machines (their test keys are public); use it in a"
          + " container or on a trusted network only");
    }
    text.addAll(human);
    return new Running(started);
  }

  /** The usage text. */
  public static String usage() {
    String nl = System.getProperty("line.separator");
    return "Usage: java -jar sdk-testkit-<version>-standalone.jar"
        + " [--api partner|cekceir|cekat|bosonline|all] [--port N] [--host H] [--help]" + nl
        + "  --api   the fakes to start, comma-separated or repeated (default: all)" + nl
        + "  --port  the first fake's port; each further fake takes the next port" + nl
        + "          (default: 0, any free ports)" + nl
        + "  --host  the address to listen on (default: " + DEFAULT_HOST + "); 0.0.0.0 in a"
        + " container" + nl
        + "          makes the fakes reachable from other machines" + nl
        + "  --help  prints this text" + nl
        + "Prints one line per fake for scripts (" + MACHINE_PREFIX + " api=... url=... key=..."
        + " [tenant=...])," + nl
        + "then how to try each one; runs until Ctrl-C or SIGTERM. Control endpoint of every"
        + " fake:" + nl
        + "/__orderkit/requests, /__orderkit/reset, /__orderkit/faults, /__orderkit/seed." + nl
        + "Without the jar: mvn -q -pl sdk-testkit -am -Plaunch verify -DskipTests"
        + " -Dtestkit.args=\"--api all --port 8080\"" + nl;
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new LauncherUsageException(option + " needs a value");
    }
    return args[i];
  }

  private static Set<Api> apis(String value) {
    Set<Api> apis = EnumSet.noneOf(Api.class);
    for (String name : value.split(",", -1)) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      if (n.equals("all")) {
        apis.addAll(EnumSet.allOf(Api.class));
      } else if (n.equals("partner")) {
        apis.add(Api.PARTNER);
      } else if (n.equals("cekceir")) {
        apis.add(Api.CEKCEIR);
      } else if (n.equals("cekat")) {
        apis.add(Api.CEKAT);
      } else if (n.equals("bosonline")) {
        apis.add(Api.BOSONLINE);
      } else {
        throw new LauncherUsageException("unknown API '" + name
            + "' (expected partner, cekceir, cekat, bosonline or all)");
      }
    }
    return apis;
  }

  private static int port(String value) {
    int port;
    try {
      port = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new LauncherUsageException("--port must be a number; got '" + value + "'");
    }
    if (port < 0 || port > 65535) {
      throw new LauncherUsageException("--port must be 0 to 65535; got " + port);
    }
    return port;
  }

  private static InetAddress address(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new LauncherUsageException("--host must be an address or a known host name; got '"
          + host + "'");
    }
  }

  private static FakeApi create(Api api) {
    switch (api) {
      case PARTNER:
        return new FakePartnerApi();
      case CEKCEIR:
        return new FakeCekceirApi();
      case CEKAT:
        return new FakeCekatApi();
      default:
        return new FakeBosOnlineApi();
    }
  }

  /** {@code ORDERKIT_FAKE api=... url=... key=... [tenant=...]}: space-separated, no quoting. */
  private static String machineLine(Api api, FakeApi fake, String base) {
    String line = MACHINE_PREFIX + " api=" + api.id + " url=" + base + " key=" + fake.apiKey();
    if (api == Api.PARTNER) {
      line += " tenant=" + ((FakePartnerApi) fake).tenantId();
    }
    return line;
  }

  private static void describe(Api api, FakeApi fake, String base, List<String> lines) {
    // An address (127.0.0.1 by default), not "localhost", which some clients (Node.js 17+, for
    // one) resolve to ::1 first and then fail to connect.
    String auth = "-H 'Authorization: Bearer " + fake.apiKey() + "'";
    String json = "-H 'Content-Type: application/json'";
    lines.add("");
    lines.add(api.title + "  " + base);
    lines.add("  test key:  " + fake.apiKey());
    switch (api) {
      case PARTNER: {
        String tenant = String.valueOf(((FakePartnerApi) fake).tenantId());
        lines.add("  tenant:    " + tenant + "  (X-Tenant-Id)");
        lines.add("  try:       curl -s -X POST '" + base + "api/partner/v1/orders' " + auth
            + " -H 'X-Tenant-Id: " + tenant + "' " + json
            + " -d '{\"page\":1,\"per_page\":10}'");
        break;
      }
      case CEKCEIR:
        lines.add("  try:       curl -s -X POST '" + base + "api/order' " + auth + " " + json
            + " -d '{\"code\":\"cek_imei\",\"data\":{\"imeis\":[\"356938035643809\"]}}'");
        break;
      case CEKAT:
        lines.add("  try:       curl -s '" + base + "api/orders?limit=10&page=1' " + auth);
        break;
      default:
        lines.add("  form id:   " + FakeBosOnlineApi.EXAMPLE_FORM_ID + "  ("
            + FakeBosOnlineApi.EXAMPLE_PRODUCT_NAME + ", "
            + FakeBosOnlineApi.EXAMPLE_UNIT_PRICE.toPlainString() + " a unit)");
        lines.add("  try:       curl -s -X POST '" + base + "order/"
            + FakeBosOnlineApi.EXAMPLE_FORM_ID + "' " + auth + " " + json + " -d '"
            + BOSONLINE_EXAMPLE_BODY + "'");
        break;
    }
  }

  /** The docs' example checkout, compact. */
  static final String BOSONLINE_EXAMPLE_BODY = "{\"sender\":{\"warehouse_name\":\"Alfian\","
      + "\"sender_name\":\"Alfian\",\"sender_phone\":\"081732131321\",\"sender_addr_id\":15022,"
      + "\"sender_detail\":\"Bukit Kismadani 6\",\"sender_latitude\":2.9372132131231,"
      + "\"sender_longitude\":3.41321312312312},\"receiver\":{\"receiver_name\":\"Faisol\","
      + "\"receiver_phone\":\"083131412312\",\"receiver_addr_id\":15022,"
      + "\"receiver_address\":\"BUkit Kismadani1\",\"receiver_detail\":[{\"field_name\":"
      + "\"Nama Pembeli\",\"value\":\"kiroomin Muqorrobin\"},{\"field_name\":\"Alamat Email\","
      + "\"value\":\"mkiroomin@gmail.com\"}]},\"items\":{\"pickup_via\":0,\"service_code\":\"00\","
      + "\"insurance_type\":1,\"courier_code\":\"idx\",\"note\":null,\"payment_method\":"
      + "{\"type\":\"cod\",\"bank\":null},\"order_type\":0,\"delivery_voucher_code\":null,"
      + "\"discount_voucher_code\":null,\"wa_validation\":true,\"order_items\":[{\"item_sku\":"
      + "\"BAT-AA-001-01\",\"item_qty\":1},{\"item_sku\":\"BAT-AA-001-02\",\"item_qty\":1}]}}";

  private static void closeQuietly(FakeApi fake) {
    try {
      fake.close();
    } catch (RuntimeException ignored) {
      // stopping anyway
    }
  }

  /** The fakes a launch started; {@link #close()} stops them all (idempotent, thread-safe). */
  public static final class Running implements Closeable {
    private final List<FakeApi> fakes;
    private final CountDownLatch closed = new CountDownLatch(1);

    Running(List<FakeApi> fakes) {
      this.fakes = Collections.unmodifiableList(new ArrayList<>(fakes));
      if (fakes.isEmpty()) {
        closed.countDown();
      }
    }

    /** The running fakes, in start order (empty after {@code --help}). */
    public List<FakeApi> fakes() {
      return fakes;
    }

    /** The running fake of {@code type}, or null when it was not started. */
    public <T extends FakeApi> @Nullable T fake(Class<T> type) {
      for (FakeApi fake : fakes) {
        if (type.isInstance(fake)) {
          return type.cast(fake);
        }
      }
      return null;
    }

    /** Whether {@link #close()} has run. */
    public boolean isClosed() {
      return closed.getCount() == 0;
    }

    /** Blocks until {@link #close()} has run (from another thread, such as a shutdown hook). */
    public void awaitClosed() {
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Stops every fake; later calls do nothing. */
    @Override
    public synchronized void close() {
      if (isClosed()) {
        return;
      }
      for (FakeApi fake : fakes) {
        closeQuietly(fake);
      }
      closed.countDown();
    }
  }
}
