package consumer;

import static consumer.common.Checks.check;

import consumer.common.Checks;
import consumer.common.PartnerFlow;
import okhttp3.OkHttp;

/** An app on OkHttp 5 with sdk-partner: one copy of okhttp3, OkHttp 5 at run time, and it works. */
public final class Main {
  private Main() {}

  /** Runs the checks; an exception fails the build. */
  public static void main(String[] args) throws Exception {
    System.out.println(Checks.oneOkHttpAndOneOkio());
    // Read at run time: OkHttp.VERSION is a constant that javac would inline.
    String running = String.valueOf(OkHttp.class.getField("VERSION").get(null));
    check(running.equals(System.getenv("EXPECTED_OKHTTP")), "OkHttp at run time: " + running);
    System.out.println("OkHttp " + running + ": " + PartnerFlow.run());
  }
}
