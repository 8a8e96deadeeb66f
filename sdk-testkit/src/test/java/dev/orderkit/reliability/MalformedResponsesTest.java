package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.bosonline.model.CheckoutItems;
import dev.orderkit.bosonline.model.OrderItem;
import dev.orderkit.bosonline.model.Receiver;
import dev.orderkit.bosonline.model.ReceiverDetail;
import dev.orderkit.bosonline.model.Sender;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.model.Address;
import dev.orderkit.cekat.model.OrderItemParams;
import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.Page;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CancelReason;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ReturnReason;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.UpdateOrderParams;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, "Malformed responses": every typed endpoint of the four clients (partner's fifteen,
 * cekceir create, cekat create and list, bosOnline checkout) gets thousands of bad bodies built
 * from its documented example by {@link MalformedBodies}. Each case is one request to one
 * MockWebServer whose dispatcher serves the next queued case, through one client per API (reused,
 * {@code maxRetries(0)}, short timeouts, built on an OkHttpClient of the test's own so its pool can
 * be inspected). A case passes when the call returns or throws an {@link OrderKitException} whose
 * raw body, where it has one, is kept and bounded. Anything else is an untyped escape. Afterwards
 * every pool must be idle: no connection or response body leaked.
 */
class MalformedResponsesTest {
  private static final long SEED = 0x0EDE4C17L;
  private static final int RANDOM_CASES_PER_ENDPOINT = 350;
  /** Every eighth case goes through the async API instead of the blocking one. */
  private static final int ASYNC_EVERY = 8;
  private static final int RAW_BODY_LIMIT = 16 * 1024 + "…[truncated]".length();
  /** Exceptions keep at most 16 KiB of the body; a message holding far more copies the body. */
  private static final int MESSAGE_LIMIT = 32 * 1024;
  /** Below the default 16 MiB so that the 5 MB string cases also exercise the size limit. */
  private static final long MAX_RESPONSE_BYTES = 4L << 20;
  /** Not a timing assertion: a case still running after this long is reported as a hang. */
  private static final long HANG_SECONDS = 15;

  private static final Path FIXTURES = locateFixtures();

  private static MockWebServer server;
  private static final ConcurrentLinkedQueue<MockResponse> queue = new ConcurrentLinkedQueue<>();
  private static final AtomicInteger unexpectedRequests = new AtomicInteger();
  private static final Map<String, OkHttpClient> httpClients = new LinkedHashMap<>();
  private static PartnerClient partner;
  private static CekceirClient cekceir;
  private static CekatClient cekat;
  private static BosOnlineClient bos;
  private static ExecutorService worker;

  @BeforeAll
  static void start() throws IOException {
    server = new MockWebServer();
    // MockWebServer flushes headers and body separately: without TCP_NODELAY every response
    // waits out Nagle against delayed ACK (~40 ms on loopback)
    server.setServerSocketFactory(new NoDelay.Server());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        MockResponse next = queue.poll();
        if (next == null) {
          unexpectedRequests.incrementAndGet();
          return new MockResponse().setResponseCode(599).setBody("no case queued");
        }
        return next;
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
    String base = server.url("/").toString();
    partner = configure(PartnerClient.builder(), "partner", base).tenantId("TENANT-1").build();
    cekceir = configure(CekceirClient.builder(), "cekceir", base).build();
    cekat = configure(CekatClient.builder(), "cekat", base).build();
    bos = configure(BosOnlineClient.builder(), "bosonline", base).build();
    worker = Executors.newSingleThreadExecutor(daemon());
  }

  private static <B extends ClientBuilder<B>> B configure(B builder, String api, String base) {
    OkHttpClient shared = new OkHttpClient.Builder().socketFactory(new NoDelay.Client())
        .connectionPool(new ConnectionPool(5, 5, TimeUnit.MINUTES)).build();
    httpClients.put(api, shared);
    return builder.baseUrl(base).apiKey("ok_test_malformed_" + api).httpClient(shared)
        .maxRetries(0)
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5))
        .writeTimeout(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(10))
        .maxResponseBytes(MAX_RESPONSE_BYTES);
  }

  @AfterAll
  static void stop() throws IOException {
    for (AutoCloseable c : new AutoCloseable[] {partner, cekceir, cekat, bos}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception ignored) {
        // closing a client of a shared OkHttpClient releases nothing
      }
    }
    if (worker != null) {
      worker.shutdownNow();
    }
    for (OkHttpClient c : httpClients.values()) {
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
    if (server != null) {
      server.shutdown();
    }
  }

  // -----------------------------------------------------------------------------------------------
  // The endpoints: a documented example, the status it comes with, and the call, blocking and async

  private static final class Endpoint {
    final String name;
    final String fixture;
    final int okStatus;
    final Function<RequestOptions, Object> blocking;
    final Function<RequestOptions, CompletableFuture<?>> async;

    Endpoint(String name, String fixture, int okStatus, Function<RequestOptions, Object> blocking,
        Function<RequestOptions, CompletableFuture<?>> async) {
      this.name = name;
      this.fixture = fixture;
      this.okStatus = okStatus;
      this.blocking = blocking;
      this.async = async;
    }
  }

  private static List<Endpoint> endpoints() {
    ListOrdersParams list = ListOrdersParams.builder().perPage(2).build();
    dev.orderkit.partner.model.CreateOrderParams partnerOrder = partnerOrder();
    UpdateOrderParams update = UpdateOrderParams.builder().orderCode("ORD123").notes("gate")
        .build();
    PackOrderParams pack = PackOrderParams.builder().orderCode("ORD123")
        .pickupOption(PickupOption.EARLY_PICKUP).build();
    ReturnOrderParams ret = ReturnOrderParams.builder().orderCode("ORD123")
        .returnBy(ReturnReason.CUSTOMER_REQUEST).returnReason("Wrong size").build();
    CancelOrderParams cancel = CancelOrderParams.builder().orderCode("ORD123")
        .cancelBy(CancelReason.OUT_OF_STOCK).cancelReason("sold out").directCancel(true).build();
    ShippingLabelParams label = ShippingLabelParams.builder().orderCode("ORD123")
        .markAsPrinted(true).build();
    dev.orderkit.cekceir.model.CreateOrderParams imei =
        dev.orderkit.cekceir.model.CreateOrderParams.cekImei(CekImei.of("356938035643809"));
    dev.orderkit.cekat.model.CreateOrderParams cekatOrder = cekatOrder();
    dev.orderkit.cekat.model.ListOrdersParams cekatList =
        dev.orderkit.cekat.model.ListOrdersParams.builder().limit(1).page(1).build();
    dev.orderkit.bosonline.model.CreateOrderParams checkout = bosOrder();
    String form = "d9cc7807-36c2-4eb1-b910-ece18a1bbb6e";

    List<Endpoint> e = new ArrayList<>();
    String p = "sdk-partner/src/test/resources/fixtures/partner/";
    e.add(new Endpoint("partner.orders.list", p + "list-orders.response.json", 200,
        o -> partner.orders().list(list, o), o -> partner.async().orders().list(list, o)));
    e.add(new Endpoint("partner.orders.detail", p + "order-detail.response.json", 200,
        o -> partner.orders().detail(5, o), o -> partner.async().orders().detail(5, o)));
    e.add(new Endpoint("partner.orders.create", p + "create-order.response.json", 201,
        o -> partner.orders().create(partnerOrder, o),
        o -> partner.async().orders().create(partnerOrder, o)));
    // the docs give no update response: it answers with the same action envelope as create
    e.add(new Endpoint("partner.orders.update", p + "create-order.response.json", 200,
        o -> partner.orders().update(update, o), o -> partner.async().orders().update(update, o)));
    e.add(new Endpoint("partner.fulfillment.process", p + "set-process.response.json", 200,
        o -> partner.fulfillment().process("ORD123", o),
        o -> partner.async().fulfillment().process("ORD123", o)));
    e.add(new Endpoint("partner.fulfillment.pack", p + "set-packed.response.json", 200,
        o -> partner.fulfillment().pack(pack, o), o -> partner.async().fulfillment().pack(pack, o)));
    e.add(new Endpoint("partner.fulfillment.processAndPack",
        p + "set-process-packed.response.json", 200,
        o -> partner.fulfillment().processAndPack(pack, o),
        o -> partner.async().fulfillment().processAndPack(pack, o)));
    e.add(new Endpoint("partner.fulfillment.ship", p + "ship.response.json", 200,
        o -> partner.fulfillment().ship("ORD123", o),
        o -> partner.async().fulfillment().ship("ORD123", o)));
    e.add(new Endpoint("partner.fulfillment.complete", p + "completed.response.json", 200,
        o -> partner.fulfillment().complete("ORD123", o),
        o -> partner.async().fulfillment().complete("ORD123", o)));
    e.add(new Endpoint("partner.fulfillment.returnOrder", p + "return.response.json", 200,
        o -> partner.fulfillment().returnOrder(ret, o),
        o -> partner.async().fulfillment().returnOrder(ret, o)));
    e.add(new Endpoint("partner.fulfillment.cancel", p + "cancel.response.json", 200,
        o -> partner.fulfillment().cancel(cancel, o),
        o -> partner.async().fulfillment().cancel(cancel, o)));
    e.add(new Endpoint("partner.fulfillment.approveCancel", p + "approve-cancel.response.json",
        200, o -> partner.fulfillment().approveCancel("ORD123", o),
        o -> partner.async().fulfillment().approveCancel("ORD123", o)));
    e.add(new Endpoint("partner.fulfillment.rejectCancel", p + "reject-cancel.response.json",
        200, o -> partner.fulfillment().rejectCancel("ORD123", o),
        o -> partner.async().fulfillment().rejectCancel("ORD123", o)));
    e.add(new Endpoint("partner.fulfillment.shippingLabel", p + "shipping-label.response.json",
        200, o -> partner.fulfillment().shippingLabel(label, o),
        o -> partner.async().fulfillment().shippingLabel(label, o)));
    e.add(new Endpoint("partner.tracking.track", p + "tracking.response.json", 200,
        o -> partner.tracking().track("ORD123", o),
        o -> partner.async().tracking().track("ORD123", o)));
    e.add(new Endpoint("cekceir.orders.create",
        "sdk-cekceir/src/test/resources/fixtures/cekceir/create-order.success.response.json", 200,
        o -> cekceir.orders().create(imei, o), o -> cekceir.async().orders().create(imei, o)));
    // the documented 503 result: the same order body, a failed order returned, not thrown
    e.add(new Endpoint("cekceir.orders.create@503",
        "sdk-cekceir/src/test/resources/fixtures/cekceir/create-order.success.response.json", 503,
        o -> cekceir.orders().create(imei, o), o -> cekceir.async().orders().create(imei, o)));
    e.add(new Endpoint("cekceir.orders.create@422",
        "sdk-cekceir/src/test/resources/fixtures/cekceir/"
            + "create-order.validation-error.response.json", 422,
        o -> cekceir.orders().create(imei, o), o -> cekceir.async().orders().create(imei, o)));
    e.add(new Endpoint("cekat.orders.create",
        "sdk-cekat/src/test/resources/fixtures/cekat/create-order.response.json", 201,
        o -> cekat.orders().create(cekatOrder, o),
        o -> cekat.async().orders().create(cekatOrder, o)));
    e.add(new Endpoint("cekat.orders.list",
        "sdk-cekat/src/test/resources/fixtures/cekat/list-orders.response.json", 200,
        o -> cekat.orders().list(cekatList, o), o -> cekat.async().orders().list(cekatList, o)));
    e.add(new Endpoint("bosonline.checkout.create",
        "sdk-bosonline/src/test/resources/fixtures/bosonline/create-order.response.json", 200,
        o -> bos.checkout().create(form, checkout, o),
        o -> bos.async().checkout().create(form, checkout, o)));
    return e;
  }

  // -----------------------------------------------------------------------------------------------
  // The run

  private static final class Tally {
    int cases;
    int asyncCases;
    int returned;
    int typed;
    int untyped;
    int hangs;
    int rawBodyViolations;
    int unsent;
    long longestMessage;
    String longestMessageCase;
    int unboundedMessages;
    final Map<String, int[]> perFamily = new TreeMap<>();
    final Map<String, Long> familyNanos = new TreeMap<>();
    final Map<String, Integer> exceptionTypes = new TreeMap<>();
    final Map<String, Integer> hiddenCauses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    final Map<String, String> longMessages = new TreeMap<>();
    final Map<String, String> firstSeen = new TreeMap<>();

    void family(String family, int slot) {
      perFamily.computeIfAbsent(family, f -> new int[3])[slot]++;
    }

    void failure(String what) {
      if (failures.size() < 40) {
        failures.add(what);
      }
    }
  }

  /**
   * Runs one generated case in this many (1: all). The OkHttp 5 pass of {@code .ci/run} sets 8
   * ({@code orderkit.malformedSample} in the {@code okhttp5} profile): the bodies and the parsers
   * are the same on both OkHttp lines, so the full set runs once per build and a spread sample
   * checks the other line.
   */
  private static final int SAMPLE = Integer.getInteger("orderkit.malformedSample", 1);

  @Test
  void onlyTypedExceptionsEscapeAndNothingLeaks() throws Exception {
    long started = System.nanoTime();
    Tally t = new Tally();
    List<Endpoint> endpoints = endpoints();
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint endpoint = endpoints.get(i);
      String example = new String(Files.readAllBytes(FIXTURES.resolve(endpoint.fixture)),
          StandardCharsets.UTF_8);
      MalformedBodies bodies = new MalformedBodies(endpoint.name, example, endpoint.okStatus,
          SEED + i);
      int[] generated = {0};
      bodies.generate(RANDOM_CASES_PER_ENDPOINT, c -> {
        if (generated[0]++ % SAMPLE == 0) {
          run(endpoint, c, t);
        }
      });
    }
    // Last, so that a parse still burning CPU after the hang guard cannot slow other cases: long
    // numeric literals in integer fields (order_header_id, order_id, transaction_id are longs).
    hugeNumbers(endpoints, t);
    double seconds = (System.nanoTime() - started) / 1e9;

    Map<String, String> pools = awaitIdlePools();
    int untypedEscapes = t.untyped + t.hangs;

    System.out.println("families (cases / returned / typed):");
    t.perFamily.forEach((f, n) -> System.out.printf(Locale.ROOT, "  %-14s %6d %6d %6d  %6.1f s%n",
        f, n[0], n[1], n[2], t.familyNanos.getOrDefault(f, 0L) / 1e9));
    System.out.println("exception types: " + t.exceptionTypes);
    System.out.println("non-OrderKit causes inside typed exceptions: " + t.hiddenCauses);
    System.out.println("async cases: " + t.asyncCases + ", returned " + t.returned + ", typed "
        + t.typed + ", hangs " + t.hangs + ", raw body violations " + t.rawBodyViolations
        + ", unsent " + t.unsent + ", unexpected requests " + unexpectedRequests.get());
    System.out.println("longest exception message: " + t.longestMessage + " chars ("
        + t.longestMessageCase + "); messages over " + MESSAGE_LIMIT + " chars: "
        + t.unboundedMessages);
    System.out.println("connection pools after the run: " + pools);
    t.firstSeen.forEach((k, v) -> System.out.println("FIRST " + k + ": "
        + v.replace('\n', ' ').substring(0, Math.min(500, v.length()))));
    t.failures.forEach(f -> System.out.println("FAILURE " + f));
    t.longMessages.forEach((k, v) -> System.out.println("LONG MESSAGE " + k + " " + v));
    System.out.println(String.format(Locale.ROOT,
        "RELIABILITY malformed-responses cases=%d untyped_escapes=%d seconds=%.1f%s",
        t.cases, untypedEscapes, seconds, SAMPLE == 1 ? "" : " sample=1/" + SAMPLE));

    // every property is reported, not only the first that fails
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(t.cases).isGreaterThanOrEqualTo(10_000 / SAMPLE);
      soft.assertThat(untypedEscapes).as("untyped escapes and hangs:%n%s", String.join("\n", t.failures))
          .isZero();
      soft.assertThat(t.rawBodyViolations).as("raw bodies lost or unbounded:%n%s",
          String.join("\n", t.failures)).isZero();
      soft.assertThat(t.unboundedMessages).as("exception messages holding more than %d chars of the "
          + "response:%n%s", MESSAGE_LIMIT, t.longMessages).isZero();
      soft.assertThat(t.unsent + unexpectedRequests.get()).as("cases not served exactly once").isZero();
      soft.assertThat(pools.values()).as("every connection pool idle (no leaked connection or body)")
          .allMatch(s -> s.startsWith("idle"));
    });
  }

  /**
   * Issue 15, "drift": every field of every documented success example in the other shapes
   * PHP/Laravel servers write ({@link MalformedBodies#drift}), blocking and async. A value that
   * kept its meaning must decode; a field sent as absent must decode unless the model requires
   * it, and then fails with a {@link ResponseDecodingException} naming that field.
   */
  @Test
  void whatPhpServersSendIsRead() throws Exception {
    long started = System.nanoTime();
    int cases = 0;
    int decoded = 0;
    int requiredRefused = 0;
    List<String> failed = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      if (endpoint.name.endsWith("@422")) {
        continue; // an error example: its drift is the error decoders' concern
      }
      String example = new String(Files.readAllBytes(FIXTURES.resolve(endpoint.fixture)),
          StandardCharsets.UTF_8);
      List<MalformedBodies.Drift> drifts = new ArrayList<>();
      new MalformedBodies(endpoint.name, example, endpoint.okStatus, SEED).drift(drifts::add);
      for (MalformedBodies.Drift drift : drifts) {
        for (boolean async : new boolean[] {false, true}) {
          cases++;
          Throwable thrown = callOnce(endpoint, drift.c, async);
          if (thrown == null) {
            decoded++;
          } else if (!drift.meaningKept && thrown instanceof ResponseDecodingException
              && drift.isNamedBy(String.valueOf(thrown.getMessage()))) {
            requiredRefused++; // the model requires it: refused, naming the field
          } else if (failed.size() < 200) {
            failed.add(endpoint.name + (async ? " async " : " ") + drift.c.label + ": " + thrown);
          } else {
            failed.add("…");
          }
        }
      }
    }
    System.out.println(String.format(Locale.ROOT,
        "RELIABILITY drift cases=%d decoded=%d required_refused=%d failed=%d seconds=%.1f",
        cases, decoded, requiredRefused, failed.size(), (System.nanoTime() - started) / 1e9));
    failed.stream().distinct().forEach(f -> System.out.println("DRIFT FAILURE " + f));
    assertThat(cases).isGreaterThan(500);
    assertThat(failed).as("drifted bodies not read").isEmpty();
  }

  /** One call answered with {@code c}; returns what it threw, or null if it returned. */
  private static Throwable callOnce(Endpoint endpoint, MalformedBodies.Case c, boolean async) {
    queue.clear();
    queue.add(response(c));
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();
    try {
      if (async) {
        exercise(endpoint.async.apply(once).get(HANG_SECONDS, TimeUnit.SECONDS));
      } else {
        exercise(endpoint.blocking.apply(once));
      }
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
  }

  private static void hugeNumbers(List<Endpoint> endpoints, Tally t) throws IOException {
    String[][] cases = {
        // endpoint, integer field, digits: 64 K digits parse in ~0.1 s but are quoted whole
        {"partner.orders.list", "data.data.0.order_header_id", "65536"},
        {"partner.orders.detail", "data.order_id", "65536"},
        {"cekceir.orders.create", "order_id", "65536"},
        {"cekat.orders.list", "data.orders.0.order_number", "65536"},
        // 2 MB in a long field: the quadratic BigDecimal parse runs for about a minute
        {"cekceir.orders.create@503", "transaction_id", String.valueOf(2 << 20)},
    };
    for (String[] spec : cases) {
      Endpoint endpoint = endpoints.stream().filter(e -> e.name.equals(spec[0])).findFirst()
          .orElseThrow(IllegalStateException::new);
      String example = new String(Files.readAllBytes(FIXTURES.resolve(endpoint.fixture)),
          StandardCharsets.UTF_8);
      MalformedBodies bodies = new MalformedBodies(endpoint.name, example, endpoint.okStatus, SEED);
      run(endpoint, bodies.hugeNumber(spec[1], Integer.parseInt(spec[2]), endpoint.okStatus), t);
    }
  }

  private static void run(Endpoint endpoint, MalformedBodies.Case c, Tally t) {
    long start = System.nanoTime();
    try {
      runOne(endpoint, c, t);
    } finally {
      t.familyNanos.merge(c.family, System.nanoTime() - start, Long::sum);
    }
  }

  private static void runOne(Endpoint endpoint, MalformedBodies.Case c, Tally t) {
    queue.clear();
    queue.add(response(c));
    boolean async = t.cases % ASYNC_EVERY == ASYNC_EVERY - 1 && !c.family.equals("huge-number");
    t.cases++;
    if (async) {
      t.asyncCases++;
    }
    t.family(c.family, 0);
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();
    Future<Object> running = worker.submit(() -> {
      if (async) {
        try {
          return exercise(endpoint.async.apply(once).get(2 * HANG_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          throw rethrow(e.getCause());
        }
      }
      return exercise(endpoint.blocking.apply(once));
    });
    Throwable thrown = null;
    try {
      running.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      thrown = e.getCause();
    } catch (TimeoutException | InterruptedException e) {
      thrown = e;
    }
    if (!queue.isEmpty()) {
      queue.clear();
      t.unsent++;
      t.failure(endpoint.name + (async ? " async " : " ") + c + ": no request was sent");
    }
    String where = endpoint.name + (async ? " async " : " ") + c;
    if (thrown == null) {
      t.returned++;
      t.family(c.family, 1);
      return;
    }
    if (thrown instanceof TimeoutException) {
      t.hangs++;
      t.failure(where + ": HANG, no outcome after " + HANG_SECONDS + " s");
      running.cancel(true);
      worker.shutdownNow();
      worker = Executors.newSingleThreadExecutor(daemon());
      return;
    }
    if (!(thrown instanceof OrderKitException)) {
      t.untyped++;
      t.failure(where + ": UNTYPED " + stack(thrown));
      return;
    }
    t.typed++;
    t.family(c.family, 2);
    t.exceptionTypes.merge(thrown.getClass().getSimpleName(), 1, Integer::sum);
    t.firstSeen.putIfAbsent(thrown.getClass().getSimpleName(), where + " -> "
        + String.valueOf(thrown.getMessage()).substring(0,
            Math.min(300, String.valueOf(thrown.getMessage()).length())));
    for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
      if (!(cause instanceof OrderKitException) && !(cause instanceof IOException)
          && !cause.getClass().getName().startsWith("com.squareup.moshi.")) {
        t.hiddenCauses.merge(cause.getClass().getSimpleName(), 1, Integer::sum);
        t.firstSeen.putIfAbsent("cause " + cause.getClass().getSimpleName(), where);
      }
    }
    String message = String.valueOf(thrown.getMessage());
    if (message.length() > t.longestMessage) {
      t.longestMessage = message.length();
      t.longestMessageCase = endpoint.name + " " + c.family + " [" + c.label + "] "
          + thrown.getClass().getSimpleName();
    }
    if (message.length() > MESSAGE_LIMIT) {
      t.unboundedMessages++;
      String key = endpoint.name + " " + c.family + " " + thrown.getClass().getSimpleName();
      if (t.longMessages.size() < 60) {
        t.longMessages.putIfAbsent(key, "[" + c.label + "] " + message.length() + " chars: "
            + message.substring(0, 160).replace('\n', ' ') + "…");
      }
    }
    String problem = checkRawBody(thrown, c);
    if (problem != null) {
      t.rawBodyViolations++;
      t.failure(where + ": " + problem + " " + stack(thrown));
    }
  }

  /** Uses the result the way a caller would, so lazily failing accessors are found too. */
  private static Object exercise(Object result) {
    List<?> items = null;
    if (result instanceof Page) {
      items = ((Page<?>) result).items();
      ((Page<?>) result).hasNextPage();
    } else if (result instanceof AsyncPage) {
      items = ((AsyncPage<?>) result).items();
      ((AsyncPage<?>) result).hasNextPage();
    }
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item == null) {
          // what a caller iterating the page (or listAutoPaging, blocking or async) runs into
          throw new NullPointerException(result.getClass().getName() + ".items() holds null at "
              + "index " + i + ": a 'successful' page hands the caller a null order");
        }
        item.toString();
      }
    }
    String.valueOf(result).length();
    return result;
  }

  private static Exception rethrow(Throwable cause) {
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return cause instanceof Exception ? (Exception) cause : new RuntimeException(cause);
  }

  /**
   * The raw body of the exception (or of the API exception it wraps) must be bounded, not empty
   * when the response had a body, and the start of what was served.
   */
  private static String checkRawBody(Throwable thrown, MalformedBodies.Case c) {
    String raw = null;
    for (Throwable e = thrown; e != null && raw == null; e = e.getCause()) {
      if (e instanceof ApiException) {
        raw = ((ApiException) e).rawBody();
      } else if (e instanceof ResponseDecodingException) {
        raw = ((ResponseDecodingException) e).rawBody();
      }
    }
    if (raw == null) {
      return null; // a type without a raw body (connection or timeout failures)
    }
    if (raw.length() > RAW_BODY_LIMIT) {
      return "raw body of " + raw.length() + " chars, over " + RAW_BODY_LIMIT;
    }
    if (c.body.length > 0 && raw.isEmpty()) {
      return "raw body empty for a " + c.body.length + "-byte response";
    }
    String served = strictUtf8(c.body);
    boolean utf16 = c.contentType != null
        && c.contentType.toLowerCase(Locale.ROOT).contains("utf-16");
    if (served != null && !utf16) {
      String kept = raw.endsWith("…[truncated]")
          ? raw.substring(0, raw.length() - "…[truncated]".length()) : raw;
      int compare = Math.max(0, Math.min(kept.length() - 2, 4096));
      if (!served.startsWith(kept.substring(0, compare))) {
        return "raw body is not the start of the response";
      }
    }
    return null;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static MockResponse response(MalformedBodies.Case c) {
    MockResponse response = new MockResponse().setResponseCode(c.status)
        .setBody(new Buffer().write(c.body));
    if (c.contentType != null) {
      response.addHeader("Content-Type", c.contentType);
    }
    response.addHeader("X-Request-Id", "req-" + c.family);
    return response;
  }

  /** Waits for in-flight releases (async callbacks), then describes each pool. */
  private static Map<String, String> awaitIdlePools() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    Map<String, String> state = new LinkedHashMap<>();
    while (true) {
      state.clear();
      boolean allIdle = true;
      for (Map.Entry<String, OkHttpClient> e : httpClients.entrySet()) {
        ConnectionPool pool = e.getValue().connectionPool();
        int total = pool.connectionCount();
        int idle = pool.idleConnectionCount();
        int running = e.getValue().dispatcher().runningCallsCount();
        boolean ok = total == idle && running == 0;
        allIdle &= ok;
        state.put(e.getKey(), (ok ? "idle" : "BUSY") + " connections=" + total + " idle=" + idle
            + " runningCalls=" + running);
      }
      if (allIdle || System.nanoTime() > deadline) {
        return state;
      }
      Thread.sleep(50);
    }
  }

  private static String stack(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    String s = out.toString();
    return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
  }

  /** Socket factories setting TCP_NODELAY on every loopback socket of the test. */
  static final class NoDelay {
    private NoDelay() {}

    static final class Server extends javax.net.ServerSocketFactory {
      @Override
      public java.net.ServerSocket createServerSocket() throws IOException {
        return new Listening();
      }

      @Override
      public java.net.ServerSocket createServerSocket(int port) throws IOException {
        java.net.ServerSocket s = new Listening();
        s.bind(new java.net.InetSocketAddress(port));
        return s;
      }

      @Override
      public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
        java.net.ServerSocket s = new Listening();
        s.bind(new java.net.InetSocketAddress(port), backlog);
        return s;
      }

      @Override
      public java.net.ServerSocket createServerSocket(int port, int backlog, InetAddress address)
          throws IOException {
        java.net.ServerSocket s = new Listening();
        s.bind(new java.net.InetSocketAddress(address, port), backlog);
        return s;
      }
    }

    static final class Listening extends java.net.ServerSocket {
      Listening() throws IOException {
        super();
      }

      @Override
      public java.net.Socket accept() throws IOException {
        java.net.Socket s = super.accept();
        s.setTcpNoDelay(true);
        return s;
      }
    }

    static final class Client extends javax.net.SocketFactory {
      private final javax.net.SocketFactory delegate = javax.net.SocketFactory.getDefault();

      private static java.net.Socket noDelay(java.net.Socket s) throws IOException {
        s.setTcpNoDelay(true);
        return s;
      }

      @Override
      public java.net.Socket createSocket() throws IOException {
        return noDelay(delegate.createSocket());
      }

      @Override
      public java.net.Socket createSocket(String host, int port) throws IOException {
        return noDelay(delegate.createSocket(host, port));
      }

      @Override
      public java.net.Socket createSocket(String host, int port, InetAddress local, int localPort)
          throws IOException {
        return noDelay(delegate.createSocket(host, port, local, localPort));
      }

      @Override
      public java.net.Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(delegate.createSocket(host, port));
      }

      @Override
      public java.net.Socket createSocket(InetAddress host, int port, InetAddress local,
          int localPort) throws IOException {
        return noDelay(delegate.createSocket(host, port, local, localPort));
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread thread = new Thread(r, "malformed-responses");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static Path locateFixtures() {
    for (String dir : new String[] {System.getProperty("basedir", "."), ".", ".."}) {
      Path root = Paths.get(dir).toAbsolutePath().normalize();
      for (Path p = root; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("sdk-partner/src/test/resources/fixtures"))) {
          return p;
        }
      }
    }
    throw new IllegalStateException("the docs' example fixtures (sdk-*/src/test/resources/"
        + "fixtures) were not found from " + Paths.get(".").toAbsolutePath());
  }

  // -----------------------------------------------------------------------------------------------
  // Valid requests: the SDK's builders accept them, so every case reaches the server

  private static dev.orderkit.partner.model.CreateOrderParams partnerOrder() {
    return dev.orderkit.partner.model.CreateOrderParams.builder()
        .orderCode("ORD123")
        .paymentMethodType(dev.orderkit.partner.model.PaymentMethod.NON_COD)
        .paymentVia("TRANSFER BANK").storeId("1").locationId("7").originCode("31.73.07.1001")
        .recipient(dev.orderkit.partner.model.Recipient.builder().name("Mark Smith")
            .phone("+628292839282").city("Kabupaten Tasikmalaya").province("Jawa Barat")
            .country("Indonesia").postalCode("46465").fullAddress("Sariwangi Parongpong")
            .build())
        .buyer(dev.orderkit.partner.model.Buyer.builder().name("Mark Smith")
            .phone("+628292839282").email("example@gmail.com").build())
        .delivery(dev.orderkit.partner.model.Delivery.builder().logisticProviderName("ID EXPRESS")
            .logisticServiceName("iDlite").logisticCarrier("ID EXPRESS - iDlite").build())
        .addProduct(dev.orderkit.partner.model.ProductItem.builder().name("Handuk")
            .sku("SKU-001").productId(1L).unitPrice(new BigDecimal("15000"))
            .unitWeight(new BigDecimal("1.00")).qty(2).build())
        .price(dev.orderkit.partner.model.OrderPrice.builder()
            .subTotalPrice(new BigDecimal("30000")).shippingPrice(new BigDecimal("10000"))
            .grandTotalOrderPrice(new BigDecimal("40000")).build())
        .build();
  }

  private static dev.orderkit.cekat.model.CreateOrderParams cekatOrder() {
    return dev.orderkit.cekat.model.CreateOrderParams.builder()
        .customerId("contact_abc123")
        .addItems(OrderItemParams.builder().productId("prod_001").name("Premium Widget")
            .quantity(2).price(new BigDecimal("99.00")).sku("WGT-PRE").build())
        .total(new BigDecimal("198.00"))
        .shippingAddress(Address.builder().name("John Doe").address("123 Main St")
            .city("Jakarta").state("DKI").postalCode("12345").country("ID").build())
        .notes("Please gift wrap this order")
        .metadata(Collections.singletonMap("source", "whatsapp"))
        .build();
  }

  private static dev.orderkit.bosonline.model.CreateOrderParams bosOrder() {
    return dev.orderkit.bosonline.model.CreateOrderParams.builder()
        .sender(Sender.builder().warehouseName("Alfian").senderName("Alfian")
            .senderPhone("081732131321").senderAddrId(15022).senderDetail("Bukit Kismadani 6")
            .senderLatitude(new BigDecimal("2.9372132131231"))
            .senderLongitude(new BigDecimal("3.41321312312312")).build())
        .receiver(Receiver.builder().receiverName("Faisol").receiverPhone("083131412312")
            .receiverAddrId(15022).receiverAddress("BUkit Kismadani1")
            .addReceiverDetail(ReceiverDetail.of("Nama Pembeli", "kiroomin Muqorrobin")).build())
        .items(CheckoutItems.builder().pickupVia(0).serviceCode("00").insuranceType(1)
            .courierCode("idx").paymentMethod(dev.orderkit.bosonline.model.PaymentMethod.cod())
            .orderType(0).waValidation(true)
            .addOrderItem(OrderItem.of("BAT-AA-001-01", 1)).build())
        .build();
  }
}
