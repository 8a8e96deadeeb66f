package dev.orderkit.examples.observability;

import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.events.AttemptEnded;
import dev.orderkit.core.events.AttemptStarted;
import dev.orderkit.core.events.CallEnded;
import dev.orderkit.core.events.CallListener;
import dev.orderkit.core.events.CallStarted;
import dev.orderkit.core.events.RetryScheduled;
import dev.orderkit.examples.PartnerExample;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.testkit.FakePartnerApi;
import dev.orderkit.testkit.Fault;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Metrics and traces from OrderKit's call listener: a short run against the partner fake with
 * injected faults (a 429, two 503s on a read, a 503 on a write, a slow answer, an unknown order),
 * seen through Micrometer ({@link MicrometerCallListener}) and OpenTelemetry
 * ({@link OpenTelemetryCallListener}), then printed as a dashboard and a trace would show it.
 * Micrometer and OpenTelemetry are this example's dependencies, not OrderKit's.
 */
public final class ObservabilityExample {
  private ObservabilityExample() {}

  /** Runs the example and prints the dashboard and the trace. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    List<SpanData> spans = new ArrayList<>();
    SdkTracerProvider tracing = SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(new ListExporter(spans))).build();
    Tracer tracer = tracing.get("orderkit-example");
    CallListener both = new Both(new MicrometerCallListener(registry),
        new OpenTelemetryCallListener(tracer));

    try (FakePartnerApi fake = new FakePartnerApi().start();
        PartnerClient partner = fake.clientBuilder().listener(both).build()) {
      out.println();
      out.println("== Observability: OrderKit's call listener in Micrometer and OpenTelemetry"
          + " (partner fake with injected faults)");
      fake.faults().onPath("orders/create").next(Fault.rateLimited(Duration.ZERO));
      fake.faults().onPath("detail").next(2, Fault.serverError(503));
      fake.faults().onPath("set-process").next(Fault.serverError(503));
      fake.faults().onPath("tracking").next(Fault.latency(Duration.ofMillis(150)));

      Span checkout = tracer.spanBuilder("checkout").startSpan(); // the app's own span
      try (Scope ignored = checkout.makeCurrent()) {
        partner.orders().create(PartnerExample.sampleOrder("ORD-OBS-1")); // 429, then created
        long id = fake.orders().get(0).id();
        partner.orders().detail(id);                                  // 503, 503, then 200
        try {
          partner.fulfillment().process("ORD-OBS-1");                 // 503 on a write
        } catch (OutcomeUnknownException e) {
          partner.orders().detail(id);                                // look, then send again
          partner.fulfillment().process("ORD-OBS-1");
        }
        partner.fulfillment().pack(PackOrderParams.builder().orderCode("ORD-OBS-1")
            .pickupOption(PickupOption.EARLY_PICKUP).build());
        partner.tracking().track("ORD-OBS-1");                        // 150 ms slow
        try {
          partner.orders().detail(999_999);                           // 404
        } catch (NotFoundException expected) {
          // counted as an error outcome
        }
      } finally {
        checkout.end();
      }
    } finally {
      tracing.close();
    }
    printDashboard(out, registry);
    printTrace(out, spans);
  }

  /** The meters as a dashboard's table: calls per endpoint and outcome, attempts, retries. */
  private static void printDashboard(PrintStream out, SimpleMeterRegistry registry) {
    out.println("   Micrometer: orderkit.calls by endpoint and outcome");
    out.println(String.format(Locale.ROOT, "      %-32s %-16s %5s %8s %8s", "endpoint",
        "outcome", "calls", "max ms", "attempts"));
    Map<String, Long> attempts = new TreeMap<>();
    for (Meter m : registry.find("orderkit.attempts").meters()) {
      attempts.merge(m.getId().getTag("endpoint"), ((Timer) m).count(), Long::sum);
    }
    List<Timer> calls = new ArrayList<>(registry.find("orderkit.calls").timers());
    calls.sort(Comparator.comparing((Timer t) -> t.getId().getTag("endpoint"))
        .thenComparing(t -> t.getId().getTag("outcome")));
    for (Timer t : calls) {
      String endpoint = t.getId().getTag("endpoint");
      String outcome = t.getId().getTag("outcome");
      String error = t.getId().getTag("error");
      out.println(String.format(Locale.ROOT, "      %-32s %-16s %5d %8.0f %8s", endpoint,
          outcome + ("none".equals(error) ? "" : "*"), t.count(), t.max(TimeUnit.MILLISECONDS),
          attempts.getOrDefault(endpoint, 0L)));
    }
    out.println("      (* errors: " + calls.stream().filter(t -> !"none".equals(
        t.getId().getTag("error"))).map(t -> t.getId().getTag("endpoint") + " "
        + t.getId().getTag("error") + " " + t.getId().getTag("status")).sorted()
        .collect(Collectors.joining(", ")) + ")");
    Map<String, Double> retries = new TreeMap<>();
    for (Counter c : registry.find("orderkit.retries").counters()) {
      retries.merge(c.getId().getTag("endpoint") + " " + c.getId().getTag("reason"), c.count(),
          Double::sum);
    }
    out.println("   Micrometer: orderkit.retries " + retries.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().intValue()).collect(Collectors.joining(", ")));
  }

  /** The spans as a trace viewer lists them: each call under the app's span, with its events. */
  private static void printTrace(PrintStream out, List<SpanData> spans) {
    out.println("   OpenTelemetry: trace of the app's span \"checkout\"");
    SpanData root = spans.stream().filter(s -> s.getName().equals("checkout")).findFirst()
        .orElseThrow(IllegalStateException::new);
    spans.stream().filter(s -> s.getParentSpanId().equals(root.getSpanId()))
        .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
        .forEach(s -> {
          out.println(String.format(Locale.ROOT, "      %-32s %-7s status=%s attempts=%s %s",
              s.getName(), s.getStatus().getStatusCode(),
              s.getAttributes().get(OpenTelemetryCallListener.STATUS),
              s.getAttributes().get(OpenTelemetryCallListener.ATTEMPTS),
              s.getAttributes().get(OpenTelemetryCallListener.OUTCOME)));
          for (EventData event : s.getEvents()) {
            Long status = event.getAttributes().get(OpenTelemetryCallListener.STATUS);
            out.println("         " + event.getName()
                + (status == null ? "" : status == 0 ? " failed" : " -> " + status));
          }
        });
  }

  /** Sends every event to two listeners: OrderKit takes one, so an app composes its own. */
  static final class Both implements CallListener {
    private final CallListener first;
    private final CallListener second;

    Both(CallListener first, CallListener second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void callStarted(CallStarted e) {
      first.callStarted(e);
      second.callStarted(e);
    }

    @Override
    public void attemptStarted(AttemptStarted e) {
      first.attemptStarted(e);
      second.attemptStarted(e);
    }

    @Override
    public void attemptEnded(AttemptEnded e) {
      first.attemptEnded(e);
      second.attemptEnded(e);
    }

    @Override
    public void retryScheduled(RetryScheduled e) {
      first.retryScheduled(e);
      second.retryScheduled(e);
    }

    @Override
    public void callEnded(CallEnded e) {
      first.callEnded(e);
      second.callEnded(e);
    }
  }

  /** Keeps the ended spans in a list (a real app exports them with OTLP). */
  static final class ListExporter implements SpanExporter {
    private final List<SpanData> spans;

    ListExporter(List<SpanData> spans) {
      this.spans = spans;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
      synchronized (spans) {
        spans.addAll(batch);
      }
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
