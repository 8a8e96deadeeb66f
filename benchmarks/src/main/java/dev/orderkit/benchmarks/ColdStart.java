package dev.orderkit.benchmarks;

import dev.orderkit.partner.PartnerClient;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * One fresh JVM of {@code cold_first_call} (started by {@link ColdFirstCall}): builds one client
 * and makes its first partner order-detail call against a running loopback server, prints the
 * nanoseconds from just before building the client to the decoded detail, and exits.
 *
 * <pre>
 * java -cp benchmarks.jar dev.orderkit.benchmarks.ColdStart sdk|handwritten BASE_URL ORDER_CODE
 * </pre>
 *
 * <p>{@code main} touches no class of the SDK, OkHttp or Moshi before the clock starts: each side
 * lives in its own nested class, which the JVM loads (with everything it uses) on its first call,
 * inside the timed part. The decoded order code must equal {@code ORDER_CODE} (the payload's), so
 * that a broken decode fails loudly instead of being timed.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("sdk") || args[0].equals("handwritten"))) {
      System.err.println("usage: ColdStart sdk|handwritten BASE_URL ORDER_CODE");
      System.exit(2);
    }
    boolean sdk = args[0].equals("sdk");
    String baseUrl = args[1];

    long start = System.nanoTime();
    String orderCode = sdk ? Sdk.firstDetail(baseUrl) : Hand.firstDetail(baseUrl);
    long elapsed = System.nanoTime() - start;

    if (!orderCode.equals(args[2])) {
      throw new IllegalStateException(
          args[0] + " decoded order_code " + orderCode + ", expected " + args[2]);
    }
    System.out.println(elapsed);
    System.exit(0); // whatever threads the client started
  }

  /** The SDK, built as the other SDK benchmarks build it ({@link Loopback}). */
  private static final class Sdk {
    static String firstDetail(String baseUrl) {
      PartnerClient partner = PartnerClient.builder()
          .baseUrl(baseUrl)
          .apiKey(Loopback.API_KEY)
          .tenantId(Loopback.TENANT)
          .build();
      return partner.orders().detail(Loopback.ORDER_ID).orderCode();
    }
  }

  /** The hand-written client on a plain {@code new OkHttpClient()}, as in {@link Loopback}. */
  private static final class Hand {
    static String firstDetail(String baseUrl) throws IOException {
      HandWrittenClient hand =
          new HandWrittenClient(new OkHttpClient(), baseUrl, Loopback.API_KEY, Loopback.TENANT);
      return hand.detail(Loopback.ORDER_ID).orderCode;
    }
  }
}
