package dev.orderkit.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * The fakes' control endpoint over plain HTTP, for tests in any language (no key needed; never
 * recorded, never faulted):
 *
 * <ul>
 *   <li>{@code GET /__orderkit/requests}: the recorded requests as JSON (method, path, query,
 *       headers with the {@code Authorization} value hidden, body);
 *   <li>{@code POST /__orderkit/reset}: forgets requests, faults and state;
 *   <li>{@code POST /__orderkit/faults} with {@code {"fault": "serverError", "status": 503,
 *       "times": 2, "path": "set-process"}}: plans a fault ({@code fault} is one of
 *       {@code latency}, {@code rateLimited}, {@code serverError}, {@code dropBeforeProcessing},
 *       {@code dropAfterProcessing}, {@code slowAfterProcessing}, {@code closeAfterAnswer};
 *       {@code delayMillis} or {@code retryAfterSeconds} where they apply; {@code times}
 *       (default 1) or {@code "always": true}; {@code path} targets one endpoint);
 *   <li>{@code DELETE /__orderkit/faults}: removes every planned fault;
 *   <li>{@code POST /__orderkit/seed}: adds state (such as orders) the fake documents.
 * </ul>
 */
final class ControlEndpoint {
  static final String PREFIX = "/__orderkit/";

  private ControlEndpoint() {}

  static MockResponse handle(FakeApi fake, RecordedCall call) {
    String what = call.path().substring(PREFIX.length());
    try {
      switch (call.method() + " " + what) {
        case "GET requests":
          return FakeApi.json(200, FakeApi.toJson(describe(fake.requests())));
        case "POST reset":
          fake.reset();
          return new MockResponse().setResponseCode(204);
        case "POST faults":
          return FakeApi.json(201, FakeApi.toJson(plan(fake, call.json())));
        case "DELETE faults":
          fake.faults().clear();
          return new MockResponse().setResponseCode(204);
        case "POST seed":
          return FakeApi.json(201, FakeApi.toJson(fake.seed(call.json())));
        default:
          return problem(404, "no control endpoint " + call.method() + " " + call.path()
              + "; there are GET requests, POST reset, POST/DELETE faults, POST seed");
      }
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return problem(400, e.getMessage());
    }
  }

  private static MockResponse problem(int status, @Nullable String message) {
    return FakeApi.messageError(status, message, null);
  }

  private static List<Object> describe(List<RecordedCall> calls) {
    List<Object> out = new ArrayList<>();
    for (RecordedCall call : calls) {
      Map<String, @Nullable Object> c = new LinkedHashMap<>();
      c.put("method", call.method());
      c.put("path", call.path());
      c.put("query", call.query());
      Map<String, Object> headers = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> h : call.headers().entrySet()) {
        headers.put(h.getKey(), h.getKey().equals("authorization") ? hidden(h.getValue())
            : h.getValue());
      }
      c.put("headers", headers);
      c.put("body", call.body());
      out.add(c);
    }
    return out;
  }

  /** {@code Bearer <hidden>}: the scheme shows what was sent, never the key. */
  private static List<String> hidden(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      int space = value.indexOf(' ');
      out.add((space > 0 ? value.substring(0, space) + " " : "") + "<hidden>");
    }
    return out;
  }

  /** Plans the fault a control request describes; returns what was planned. */
  private static Map<String, @Nullable Object> plan(FakeApi fake, @Nullable Object tree) {
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("send a JSON object such as {\"fault\": \"serverError\","
          + " \"status\": 503}");
    }
    Map<?, ?> spec = (Map<?, ?>) tree;
    Fault fault = fault(spec);
    FaultPlan plan = spec.get("path") != null ? fake.faults().onPath(text(spec, "path"))
        : fake.faults();
    Map<String, @Nullable Object> planned = new LinkedHashMap<>();
    planned.put("fault", fault.toString());
    planned.put("path", spec.get("path"));
    if (Boolean.TRUE.equals(spec.get("always"))) {
      plan.always(fault);
      planned.put("always", true);
    } else {
      int times = spec.get("times") == null ? 1 : number(spec, "times").intValueExact();
      if (times < 1) {
        throw new IllegalArgumentException("times must be 1 or more, not " + times);
      }
      plan.next(times, fault);
      planned.put("times", times);
    }
    return planned;
  }

  private static Fault fault(Map<?, ?> spec) {
    String kind = text(spec, "fault");
    switch (kind) {
      case "latency":
        return Fault.latency(Duration.ofMillis(number(spec, "delayMillis").longValueExact()));
      case "rateLimited":
        return Fault.rateLimited(
            Duration.ofSeconds(number(spec, "retryAfterSeconds").longValueExact()));
      case "serverError":
        return Fault.serverError(spec.get("status") == null ? 503
            : number(spec, "status").intValueExact());
      case "dropBeforeProcessing":
        return Fault.dropBeforeProcessing();
      case "dropAfterProcessing":
        return Fault.dropAfterProcessing();
      case "slowAfterProcessing":
        return Fault.slowAfterProcessing(
            Duration.ofMillis(number(spec, "delayMillis").longValueExact()));
      case "closeAfterAnswer":
        return Fault.closeAfterAnswer();
      default:
        throw new IllegalArgumentException("unknown fault '" + kind + "'; use latency,"
            + " rateLimited, serverError, dropBeforeProcessing, dropAfterProcessing,"
            + " slowAfterProcessing or closeAfterAnswer");
    }
  }

  private static String text(Map<?, ?> spec, String name) {
    Object value = spec.get(name);
    if (!(value instanceof String)) {
      throw new IllegalArgumentException(name + " must be a string");
    }
    return (String) value;
  }

  private static BigDecimal number(Map<?, ?> spec, String name) {
    Object value = spec.get(name);
    if (!(value instanceof BigDecimal)) {
      throw new IllegalArgumentException(name + " must be a number");
    }
    return (BigDecimal) value;
  }
}
