package dev.orderkit.benchmarks;

import dev.orderkit.partner.PartnerClient;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * One loopback server serving the order-detail example, an SDK client and a hand-written client
 * pointed at it. {@link #Loopback()}: both with their defaults, the SDK as
 * {@code PartnerClient.builder()} makes it, the baseline on a plain {@code new OkHttpClient()}.
 * {@link #withConnections(int)}: both on the same OkHttp configuration, each with its own pool
 * keeping that many idle connections.
 */
final class Loopback implements Closeable {
  static final long ORDER_ID = 5;
  static final String API_KEY = "bench-key";
  static final String TENANT = "ABC-123";

  final LoopbackServer server;
  final PartnerClient sdk;
  final OkHttpClient okHttp;
  final HandWrittenClient hand;

  Loopback() throws IOException {
    this(null, null);
  }

  /**
   * Both clients on OkHttp clients configured alike, each with its own pool keeping
   * {@code idle} connections, otherwise OkHttp's defaults.
   */
  static Loopback withConnections(int idle) throws IOException {
    return new Loopback(pooled(idle), pooled(idle));
  }

  private static OkHttpClient pooled(int idle) {
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(idle, 5, TimeUnit.MINUTES))
        .build();
  }

  /** The OkHttp clients the SDK starts from and the hand-written client uses; null: defaults. */
  private Loopback(OkHttpClient sdkHttp, OkHttpClient handHttp) throws IOException {
    this.server = new LoopbackServer(Payloads.orderDetail());
    this.sdk = PartnerClient.builder()
        .httpClient(sdkHttp) // null: the SDK's default
        .baseUrl(server.baseUrl())
        .apiKey(API_KEY)
        .tenantId(TENANT)
        .build();
    this.okHttp = handHttp != null ? handHttp : new OkHttpClient();
    this.hand = new HandWrittenClient(okHttp, server.baseUrl(), API_KEY, TENANT);
  }

  @Override
  public void close() throws IOException {
    sdk.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }
}
