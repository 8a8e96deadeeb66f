package dev.orderkit.examples;

/**
 * A tour of all four APIs, one after the other. With no environment variables every part runs
 * against the testkit's in-process fakes; set an API's variables to call the real one.
 */
public final class Tour {
  private Tour() {}

  /** Runs every example; exits non-zero if one fails. */
  public static void main(String[] args) {
    System.out.println("OrderKit tour: four Indonesian commerce order APIs through one SDK");
    PartnerExample.run(System.out);
    CekceirExample.run(System.out);
    CekatExample.run(System.out);
    BosOnlineExample.run(System.out);
    dev.orderkit.examples.observability.ObservabilityExample.run(System.out);
    System.out.println();
    System.out.println("Tour complete.");
  }
}
