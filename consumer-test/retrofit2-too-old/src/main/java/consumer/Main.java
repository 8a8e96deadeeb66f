package consumer;

import static consumer.common.Checks.check;

import consumer.common.Checks;
import dev.orderkit.core.errors.IncompatibleDependencyException;
import dev.orderkit.partner.PartnerClient;
import java.io.IOException;

/**
 * Retrofit 2.11.0 beside sdk-partner, unaligned: OkHttp 3.14.9 is what the app runs on. Building
 * a partner client must fail at once with IncompatibleDependencyException (an OrderKitException)
 * naming the version, the jar and the fix, never with a NoSuchMethodError from a call.
 */
public final class Main {
  private Main() {}

  /** Runs the checks; an exception other than the expected one fails the build. */
  public static void main(String[] args) throws IOException {
    check(Checks.dependencies("com.squareup.okhttp3").contains(
        "com.squareup.okhttp3:okhttp:jar:3.14.9:compile"),
        "Retrofit's OkHttp 3.14.9 is the one resolved: " + Checks.dependencies("com.squareup"));
    for (int attempt = 1; attempt <= 2; attempt++) { // the verdict holds for every client built
      try {
        PartnerClient partner = PartnerClient.builder().baseUrl("https://partner.example.id")
            .apiKey("pk_test_consumer").tenantId("ABC-123").build();
        partner.close();
        throw new AssertionError("building a client on OkHttp 3.14.9 did not fail");
      } catch (IncompatibleDependencyException e) {
        System.out.println("As expected (attempt " + attempt + "): " + e.getMessage());
        check(e.library().equals("OkHttp") && e.foundVersion().equals("3.14.9")
            && e.requiredVersion().equals("4.12.0"), "the versions: " + e.getMessage());
        check(e.location().endsWith("okhttp-3.14.9.jar"), "the jar: " + e.location());
        check(e.getMessage().contains("com.squareup.okhttp3:okhttp-bom:4.12.0"),
            "the fix: " + e.getMessage());
        check(!e.getMessage().contains("pk_test_consumer"), "no secret in the message");
      }
    }
  }
}
