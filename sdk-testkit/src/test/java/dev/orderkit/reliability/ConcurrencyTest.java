package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.Recipient;
import dev.orderkit.testkit.FakePartnerApi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 64 threads making 10,000 mixed calls (blocking and async, reads and
 * writes) against the partner fake: zero failures, every order created exactly once, and the
 * connection pool bounded.
 */
class ConcurrencyTest {
  private static final int THREADS = 64;
  private static final int CALLS = 10_000;

  private static CreateOrderParams order(String code) {
    return CreateOrderParams.builder().orderCode(code)
        .recipient(Recipient.builder().name("N").phone("0812").fullAddress("Jl. A 1").build())
        .addProduct(ProductItem.builder().sku("SKU").unitPrice(new BigDecimal("1000")).qty(1)
            .build())
        .price(OrderPrice.builder().subTotalPrice(new BigDecimal("1000"))
            .grandTotalOrderPrice(new BigDecimal("1000")).build())
        .build();
  }

  @Test
  void sixtyFourThreadsShareOneClient() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try (FakePartnerApi fake = new FakePartnerApi().start();
        PartnerClient partner = fake.clientBuilder().httpClient(shared).build()) {
      partner.orders().create(order("SEED-0"));
      long seedId = fake.orders().get(0).id();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      AtomicInteger next = new AtomicInteger();
      AtomicInteger succeeded = new AtomicInteger();
      AtomicInteger creates = new AtomicInteger();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      CountDownLatch done = new CountDownLatch(THREADS);
      AtomicInteger peakConnections = new AtomicInteger();
      Thread sampler = new Thread(() -> {
        while (done.getCount() > 0) {
          peakConnections.accumulateAndGet(shared.connectionPool().connectionCount(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      long started = System.nanoTime();
      for (int t = 0; t < THREADS; t++) {
        pool.execute(() -> {
          try {
            int i;
            while ((i = next.getAndIncrement()) < CALLS) {
              try {
                switch (i % 5) {
                  case 0:
                    partner.orders().create(order("C-" + i));
                    creates.incrementAndGet();
                    break;
                  case 1:
                    partner.orders().detail(seedId);
                    break;
                  case 2:
                    partner.async().orders().detail(seedId).get(30, TimeUnit.SECONDS);
                    break;
                  case 3:
                    partner.orders().list(ListOrdersParams.builder().perPage(5).build());
                    break;
                  default:
                    partner.async().tracking().track("SEED-0").get(30, TimeUnit.SECONDS);
                }
                succeeded.incrementAndGet();
              } catch (Throwable e) {
                failures.add(e);
              }
            }
          } finally {
            done.countDown();
          }
        });
      }
      assertThat(done.await(5, TimeUnit.MINUTES)).as("all threads finished").isTrue();
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.join(1000);
      int connections = peakConnections.get();
      System.out.printf("RELIABILITY concurrency threads=%d calls=%d failures=%d"
          + " peak_connections=%d seconds=%.1f%n", THREADS, CALLS, failures.size(), connections,
          seconds);

      List<Throwable> firstFailures = new ArrayList<>(failures);
      assertThat(firstFailures).as("failures").isEmpty();
      assertThat(succeeded.get()).isEqualTo(CALLS);
      assertThat(fake.orders()).as("every create held exactly once").hasSize(creates.get() + 1);
      assertThat(connections).as("peak pooled connections").isPositive()
          .isLessThanOrEqualTo(THREADS + shared.dispatcher().getMaxRequestsPerHost());
    }
  }
}
