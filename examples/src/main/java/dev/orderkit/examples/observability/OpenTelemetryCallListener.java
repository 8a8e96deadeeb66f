package dev.orderkit.examples.observability;

import dev.orderkit.core.events.AttemptEnded;
import dev.orderkit.core.events.CallEnded;
import dev.orderkit.core.events.CallListener;
import dev.orderkit.core.events.CallOutcome;
import dev.orderkit.core.events.CallStarted;
import dev.orderkit.core.events.RetryScheduled;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * OrderKit's call events as OpenTelemetry spans (an example to copy, not a dependency of any
 * OrderKit jar): one client span per call, named after its endpoint, child of the span current
 * where the call was made; each attempt and retry as a span event; the API's request id, the
 * attempts and the outcome as attributes, so a trace links to the vendor's logs.
 */
public final class OpenTelemetryCallListener implements CallListener {
  static final AttributeKey<String> ENDPOINT = AttributeKey.stringKey("orderkit.endpoint");
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> ROUTE = AttributeKey.stringKey("url.template");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("orderkit.request_id");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("orderkit.attempts");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("orderkit.outcome");
  static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");

  private final Tracer tracer;

  /** Makes spans with {@code tracer}. */
  public OpenTelemetryCallListener(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void callStarted(CallStarted e) {
    Span span = tracer.spanBuilder(e.call().endpoint())
        .setSpanKind(SpanKind.CLIENT)
        .setParent(Context.current()) // the caller's thread: its current span is the parent
        .setAttribute(ENDPOINT, e.call().endpoint())
        .setAttribute(METHOD, e.call().method())
        .setAttribute(ROUTE, e.call().pathTemplate())
        .startSpan();
    e.call().attach(span); // the later events, on whatever thread, find it here
  }

  @Override
  public void attemptEnded(AttemptEnded e) {
    Span span = span(e.call().attachment());
    if (span != null) {
      span.addEvent("attempt " + e.attempt(), Attributes.of(
          STATUS, (long) e.statusCode(),
          ERROR, e.failure().orElse(""),
          REQUEST_ID, e.requestId().orElse("")));
    }
  }

  @Override
  public void retryScheduled(RetryScheduled e) {
    Span span = span(e.call().attachment());
    if (span != null) {
      span.addEvent("retry scheduled: " + e.reason() + " in " + e.delay().toMillis() + " ms");
    }
  }

  @Override
  public void callEnded(CallEnded e) {
    Span span = span(e.call().attachment());
    if (span == null) {
      return;
    }
    span.setAttribute(ATTEMPTS, (long) e.attempts());
    span.setAttribute(OUTCOME, e.outcome().name());
    if (e.statusCode() != 0) {
      span.setAttribute(STATUS, (long) e.statusCode());
    }
    e.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
    if (e.outcome() != CallOutcome.SUCCESS) {
      span.setAttribute(ERROR, e.errorType().orElse("error"));
      span.setStatus(StatusCode.ERROR, e.outcome().name());
    }
    span.end();
  }

  private static Span span(Object attachment) {
    return attachment instanceof Span ? (Span) attachment : null;
  }
}
