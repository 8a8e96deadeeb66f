package dev.orderkit.testkit;

import java.io.Closeable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Starts the fakes outside a test, for systems not on the JVM and for trying the APIs by hand:
 * {@code --api partner|cekceir|cekat|bosonline|all} (default {@code all}; several may be given,
 * comma-separated) and {@code --port N} (the first fake's port, each further fake on the next
 * one; default 0, free ports). It prints each fake's base URL, test key (and tenant for partner)
 * and an example {@code curl}, then runs until Ctrl-C, when it stops the fakes cleanly. From the
 * repository: {@code mvn -q -pl sdk-testkit -am -Plaunch verify -DskipTests
 * -Dtestkit.args="--api bosonline --port 8080"}.
 */
public final class Launcher {
  /** The APIs the launcher can start, in the order {@code all} starts them. */
  private enum Api {
    PARTNER("partner"), CEKCEIR("cekceir"), CEKAT("cekat"), BOSONLINE("bosOnline");

    final String title;

    Api(String title) {
      this.title = title;
    }
  }

  private Launcher() {}

  /**
   * Runs the launcher: starts the fakes {@code args} ask for, prints how to reach them and blocks
   * until Ctrl-C. {@code --help} prints the usage; bad arguments print the problem and the usage
   * and exit with status 2 (status 1 when a fake cannot start, such as on a port in use).
   */
  public static void main(String[] args) {
    final Running running;
    try {
      running = start(args, System.out);
    } catch (LauncherUsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(usage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("error: could not start the fakes: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (running.fakes().isEmpty()) {
      return; // --help
    }
    Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
      @Override
      public void run() {
        running.close();
        System.out.println("OrderKit testkit: fakes stopped.");
      }
    }, "orderkit-testkit-shutdown"));
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
    Set<Api> apis = EnumSet.noneOf(Api.class);
    int port = 0;
    boolean portGiven = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(usage());
        out.flush();
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
    List<FakeApi> started = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    try {
      int next = port;
      for (Api api : apis) {
        FakeApi fake = create(api);
        started.add(fake);
        fake.start(next);
        if (next != 0) {
          next++;
        }
        describe(api, fake, lines);
      }
    } catch (RuntimeException e) {
      for (FakeApi fake : started) {
        closeQuietly(fake);
      }
      throw e;
    }
    out.println("OrderKit testkit: " + started.size() + (started.size() == 1 ? " fake" : " fakes")
        + " running on loopback (Ctrl-C stops them)");
    for (String line : lines) {
      out.println(line);
    }
    out.flush();
    return new Running(started);
  }

  /** The usage text. */
  public static String usage() {
    String nl = System.getProperty("line.separator");
    return "Usage: Launcher [--api partner|cekceir|cekat|bosonline|all] [--port N] [--help]" + nl
        + "  --api   the fakes to start, comma-separated or repeated (default: all)" + nl
        + "  --port  the first fake's port on 127.0.0.1; each further fake takes the next" + nl
        + "          port (default: 0, any free ports)" + nl
        + "  --help  prints this text" + nl
        + "Runs until Ctrl-C. With Maven: mvn -q -pl sdk-testkit -am -Plaunch verify"
        + " -DskipTests -Dtestkit.args=\"--api all --port 8080\"" + nl;
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

  private static void describe(Api api, FakeApi fake, List<String> lines) {
    // The fakes listen on 127.0.0.1 only: print that, not "localhost", which some clients
    // (Node.js 17+, for one) resolve to ::1 first and then fail to connect.
    String base = "http://127.0.0.1:" + fake.port() + "/";
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
