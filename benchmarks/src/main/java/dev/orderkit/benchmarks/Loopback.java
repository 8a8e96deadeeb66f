package dev.orderkit.benchmarks;

import dev.orderkit.partner.PartnerClient;
import java.io.Closeable;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * One loopback server serving the order-detail example, an SDK client and a hand-written client
 * pointed at it, both with their defaults: the SDK as {@code PartnerClient.builder()} makes it,
 * the baseline on a plain {@code new OkHttpClient()}.
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
    this.server = new LoopbackServer(Payloads.orderDetail());
    this.sdk = PartnerClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(API_KEY)
        .tenantId(TENANT)
        .build();
    this.okHttp = new OkHttpClient();
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
