package dev.orderkit.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.partner.model.Fixtures;
import dev.orderkit.testsupport.StartStop;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client, many tenants: a tenant per call ({@code RequestOptions.tenantId}) or per derived
 * client ({@code withOptions(o -> o.tenantId(t))}, sharing the pool and dispatcher), never
 * leaking between calls, and what a derived client costs.
 */
class PartnerTenantsTest {
  private static final String DETAIL = Fixtures.text("order-detail.response.json");

  @StartStop private final MockWebServer server = new MockWebServer();
  /** Requests whose tenant is not the one their order id says. */
  private final ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private PartnerClient partner;

  @BeforeEach
  void start() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        // /api/partner/v1/orders/{id}/detail: order id i belongs to tenant T-i
        String id = request.getRequestUrl().pathSegments().get(4);
        String tenant = request.getHeader("X-Tenant-Id");
        if (!("T-" + id).equals(tenant)) {
          mismatches.add("order " + id + " sent with tenant " + tenant);
        }
        return new MockResponse().setBody(DETAIL);
      }
    });
    partner = PartnerClient.builder().baseUrl(server.url("/").toString()).apiKey("pk")
        .tenantId("T-0").build();
  }

  @AfterEach
  void close() {
    partner.close();
  }

  @Test
  void aCallsTenantReplacesTheClientsForThatCallOnly() throws Exception {
    partner.orders().detail(7, RequestOptions.builder().tenantId("T-7").build());
    partner.orders().detail(0);
    partner.async().orders().detail(9, RequestOptions.builder().tenantId("T-9").build())
        .get(5, TimeUnit.SECONDS);

    assertThat(mismatches).isEmpty();
    assertThat(requests).hasValue(3);
    assertThat(RequestOptions.builder().tenantId("T-7").build().toString())
        .contains("tenantId=<redacted>").doesNotContain("T-7");
    assertThatThrownBy(() -> RequestOptions.builder().tenantId(" "))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("tenantId");
    assertThatThrownBy(() -> RequestOptions.builder().tenantId("T\n1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("printable ASCII");
  }

  @Test
  void sixtyFourThreadsSixtyFourTenantsEachRequestCarriesItsOwn() throws Exception {
    int threads = 64;
    int callsPerThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<PartnerClient> derived = new ArrayList<>();
    for (int t = 1; t <= threads; t++) {
      String tenant = "T-" + t;
      derived.add(partner.withOptions(o -> o.tenantId(tenant)));
    }
    for (int t = 1; t <= threads; t++) {
      int id = t;
      PartnerClient own = derived.get(t - 1);
      RequestOptions perCall = RequestOptions.builder().tenantId("T-" + t).build();
      pool.execute(() -> {
        try {
          start.await();
          for (int i = 0; i < callsPerThread; i++) {
            switch (i % 4) { // derived client or per-call tenant, blocking or async
              case 0:
                own.orders().detail(id);
                break;
              case 1:
                own.async().orders().detail(id).get(10, TimeUnit.SECONDS);
                break;
              case 2:
                partner.orders().detail(id, perCall);
                break;
              default:
                partner.async().orders().detail(id, perCall).get(10, TimeUnit.SECONDS);
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(failures).isEmpty();
    assertThat(requests).hasValue(threads * callsPerThread);
    assertThat(mismatches).as("requests with another thread's tenant").isEmpty();
    System.out.println("TENANTS threads=64 tenants=64 requests=" + requests.get()
        + " mismatches=" + mismatches.size());
  }

  @Test
  void aDerivedClientCostsLessThanTwoKilobytes() {
    int n = 2_000;
    List<PartnerClient> kept = new ArrayList<>(n);
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean threads = mx instanceof com.sun.management.ThreadMXBean
        ? (com.sun.management.ThreadMXBean) mx : null; // HotSpot's: only for the printed figure
    for (int i = 0; i < 200; i++) { // warm up: classes loaded, code compiled
      partner.withOptions(o -> o.tenantId("WARM")).orders();
    }
    long usedBefore = usedAfterGc();
    long allocatedBefore = allocated(threads);
    for (int i = 0; i < n; i++) {
      String tenant = "TENANT-" + i;
      kept.add(partner.withOptions(o -> o.tenantId(tenant)));
    }
    long allocated = allocated(threads) - allocatedBefore;
    long retained = usedAfterGc() - usedBefore;
    double retainedPerClient = (double) retained / n;

    int standalone = 200; // for comparison: a client per tenant built with builder()
    List<PartnerClient> built = new ArrayList<>(standalone);
    long usedBeforeBuilt = usedAfterGc();
    for (int i = 0; i < standalone; i++) {
      built.add(PartnerClient.builder().baseUrl(server.url("/").toString()).apiKey("pk")
          .tenantId("TENANT-" + i).build());
    }
    double builtPerClient = (double) (usedAfterGc() - usedBeforeBuilt) / standalone;
    built.forEach(PartnerClient::close);
    System.out.println(String.format(Locale.ROOT,
        "TENANTS derived_client_bytes=%.0f (retained) allocated_per_derive=%.0f clients=%d;"
            + " a client built per tenant: %.0f bytes", retainedPerClient,
        (double) allocated / n, kept.size(), builtPerClient));
    assertThat(retainedPerClient).as("bytes kept per derived client").isLessThanOrEqualTo(2048);
    assertThat(kept.get(n - 1).options().tenantId()).isEqualTo("TENANT-" + (n - 1));
  }

  private static long allocated(com.sun.management.ThreadMXBean threads) {
    return threads == null ? 0 : threads.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
