package dev.orderkit.examples.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The observability example prints what its faults must produce: each call once in Micrometer
 * with its outcome and attempts, the retries by reason, and one span per call under the app's
 * span with an event per attempt and retry.
 */
class ObservabilityExampleTest {
  @Test
  void theDashboardAndTheTraceShowEveryCallAttemptAndRetry() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ObservabilityExample.run(new PrintStream(bytes, true));
    String text = bytes.toString(StandardCharsets.UTF_8);
    System.out.println(text);
    List<String> lines = Arrays.stream(text.split("\n")).map(String::trim)
        .collect(Collectors.toList());

    assertThat(rows(lines, "partner.")).containsExactly(
        "partner.fulfillment.pack SUCCESS 1 1",
        "partner.fulfillment.process OUTCOME_UNKNOWN* 1 2",
        "partner.fulfillment.process SUCCESS 1 2",
        "partner.orders.create SUCCESS 1 2",
        "partner.orders.detail ERROR* 1 5",
        "partner.orders.detail SUCCESS 2 5",
        "partner.tracking.track SUCCESS 1 1");
    assertThat(text).contains("(* errors: partner.fulfillment.process OutcomeUnknownException"
            + " 503, partner.orders.detail NotFoundException 404)")
        .contains("Micrometer: orderkit.retries partner.orders.create SERVER_DECLINED=1,"
            + " partner.orders.detail SERVER_ERROR=2");

    List<String> trace = lines.subList(lines.indexOf(
        "OpenTelemetry: trace of the app's span \"checkout\"") + 1, lines.size());
    assertThat(trace.stream().map(l -> l.replaceAll(" +", " ")).collect(Collectors.toList()))
        .startsWith(
            "partner.orders.create UNSET status=201 attempts=2 SUCCESS",
            "attempt 1 -> 429",
            "retry scheduled: SERVER_DECLINED in 0 ms",
            "attempt 2 -> 201",
            "partner.orders.detail UNSET status=200 attempts=3 SUCCESS",
            "attempt 1 -> 503")
        .contains("partner.fulfillment.process ERROR status=503 attempts=1 OUTCOME_UNKNOWN",
            "partner.orders.detail ERROR status=404 attempts=1 ERROR",
            "partner.tracking.track UNSET status=200 attempts=1 SUCCESS");
    assertThat(trace.stream().filter(l -> l.startsWith("partner."))).hasSize(8);
  }

  /** The dashboard rows whose endpoint starts with {@code prefix}, spaces collapsed. */
  private static List<String> rows(List<String> lines, String prefix) {
    int start = lines.indexOf("Micrometer: orderkit.calls by endpoint and outcome");
    return lines.subList(start + 2, lines.size()).stream()
        .takeWhile(l -> l.startsWith(prefix))
        .map(l -> l.replaceAll(" +", " ").replaceAll(" \\d+ (\\d+)$", " $1"))
        .collect(Collectors.toList());
  }
}
