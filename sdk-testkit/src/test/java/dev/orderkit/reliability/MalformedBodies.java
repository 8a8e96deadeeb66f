package dev.orderkit.reliability;

import com.squareup.moshi.JsonReader;
import dev.orderkit.core.spi.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import okio.Buffer;

/**
 * Generates bad response bodies from one endpoint's documented example: truncations, wrong types
 * and missing members at every field path, huge strings, deep nesting, invalid UTF-8, HTML error
 * pages, empty bodies, wrong content types, mutated error bodies and seeded random mutations.
 * Deterministic: the same example and seed give the same cases in the same order. Cases are
 * handed to a sink one by one, so multi-megabyte bodies never pile up in memory.
 */
final class MalformedBodies {
  static final String JSON = "application/json";

  /** One response to serve: family (for the report), label (to reproduce), status, type, bytes. */
  static final class Case {
    final String family;
    final String label;
    final int status;
    final String contentType; // null: no Content-Type header
    final byte[] body;

    Case(String family, String label, int status, String contentType, byte[] body) {
      this.family = family;
      this.label = label;
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }

    @Override
    public String toString() {
      String head = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
      return family + " [" + label + "] HTTP " + status + " " + contentType + " " + body.length
          + " bytes: " + head.replace('\n', ' ');
    }
  }

  /** A value written verbatim into the serialized JSON (huge, deep, invalid or duplicate). */
  static final class Raw {
    final byte[] bytes;

    Raw(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  private static final int[] ERROR_STATUSES = {400, 401, 403, 404, 409, 422, 429, 500, 502, 503,
      504, 418, 302};
  private static final String[] RANDOM_TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null",
      "-", "1e99999", "\u0000", "0x1F", "NaN", "Infinity", "\"\\uD800\"", "\\u12", "//", "/*",
      "'", "true", "falsе", "\t", "\r\n", "\uFEFF", "{\"a\":", "[[[[", "]]]]", "}}}", "9".repeat(40),
      "\"\\u0000\"", "1.", ".5", "+1", "01", "-0", "1e-99999", "\u00e9", "\ud83d\ude00"};

  private final String endpoint;
  private final byte[] example;
  private final Object tree;
  private final int okStatus;
  private final long seed;

  MalformedBodies(String endpoint, String exampleJson, int okStatus, long seed) {
    this.endpoint = endpoint;
    this.example = exampleJson.getBytes(StandardCharsets.UTF_8);
    this.tree = parse(exampleJson);
    this.okStatus = okStatus;
    this.seed = seed;
  }

  /** Reads a docs example as a JSON tree; the docs' trailing commas are dropped first. */
  static Object parse(String json) {
    String clean = json.replaceAll(",(\\s*[}\\]])", "$1");
    try {
      return JsonTree.read(JsonReader.of(new Buffer().writeUtf8(clean)));
    } catch (IOException e) {
      throw new IllegalStateException("fixture is not JSON: " + e, e);
    }
  }

  /** The example as served unchanged (the control case). */
  byte[] example() {
    return example.clone();
  }

  /** Every case of every family, in a fixed order. */
  void generate(int randomCases, Consumer<Case> sink) {
    sink.accept(new Case("control", "example", okStatus, JSON, example()));
    truncated(sink);
    wrongTypes(sink, "wrong-type", okStatus);
    missing(sink, "missing-field", okStatus);
    hugeStrings(sink);
    deepNesting(sink);
    invalidUtf8(sink);
    html(sink);
    empty(sink);
    wrongContentType(sink);
    errorBodies(sink);
    random(randomCases, sink);
  }

  /**
   * One "drift" case: the example as PHP/Laravel servers also write it, one field at a time.
   * {@code meaningKept}: the same value in another shape (a number as a string, a boolean as 1,
   * a Laravel time), which must always decode; otherwise the field is sent as "absent" in PHP's
   * ways ({@code []}, {@code ""} or {@code null} for an object), which must decode unless the
   * model requires that field ({@code property}).
   */
  static final class Drift {
    final Case c;
    final boolean meaningKept;
    final String property;
    final List<Object> path;

    Drift(Case c, boolean meaningKept, String property, List<Object> path) {
      this.c = c;
      this.meaningKept = meaningKept;
      this.property = property;
      this.path = path;
    }

    /**
     * Whether {@code message} (of a refused body) names this field: its path, the list it is an
     * element of, its name in quotes (a required property missing), or, for the envelope's
     * {@code data}, the result the response lacks.
     */
    boolean isNamedBy(String message) {
      String at = pathText(path);
      boolean element = path.get(path.size() - 1) instanceof Integer;
      return message.contains(at + " ") || message.endsWith(at)
          || (element && message.contains(pathText(path.subList(0, path.size() - 1)) + " "))
          || (!property.isEmpty() && message.contains("'" + property + "'"))
          || (path.size() == 1 && property.equals("data")
              && (message.contains(" in data") || message.contains("no data")));
    }
  }

  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
  private static final java.util.regex.Pattern ISO_TIME = java.util.regex.Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  /** Every drift of every field of the example, and the whole body after a byte-order mark. */
  void drift(Consumer<Drift> sink) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = new byte[bom.length + example.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(example, 0, withBom, bom.length, example.length);
    sink.accept(new Drift(new Case("drift", "bom", okStatus, JSON, withBom), true, "",
        new ArrayList<>()));
    for (List<Object> path : paths(tree)) {
      Object v = get(tree, path);
      String property = path.get(path.size() - 1) instanceof String
          ? (String) path.get(path.size() - 1) : "";
      List<Object[]> variants = new ArrayList<>(); // {label, replacement, meaningKept}
      if (v instanceof BigDecimal) {
        variants.add(new Object[] {"number-as-string", ((BigDecimal) v).toPlainString(), true});
      } else if (v instanceof Boolean) {
        variants.add(new Object[] {"boolean-as-int", ((Boolean) v) ? BigDecimal.ONE
            : BigDecimal.ZERO, true});
        variants.add(new Object[] {"boolean-as-string", v.toString(), true});
      } else if (v instanceof String && NUMERIC.matcher((String) v).matches()) {
        variants.add(new Object[] {"string-as-number", new BigDecimal((String) v), true});
      } else if (v instanceof String && ISO_TIME.matcher((String) v).matches()) {
        String text = (String) v;
        String laravel = text.substring(0, 10) + ' ' + text.substring(11);
        variants.add(new Object[] {"laravel-time",
            laravel.endsWith("Z") ? laravel.substring(0, laravel.length() - 1) : laravel, true});
      } else if (v == null) {
        variants.add(new Object[] {"empty-string-for-null", "", true});
      } else if (v instanceof Map && ((Map<?, ?>) v).isEmpty()) {
        variants.add(new Object[] {"empty-array-for-empty-object", new ArrayList<>(), true});
      } else if (v instanceof List && ((List<?>) v).isEmpty()) {
        variants.add(new Object[] {"empty-object-for-empty-list", new LinkedHashMap<>(), true});
      } else if (v instanceof Map) {
        variants.add(new Object[] {"empty-array-for-object", new ArrayList<>(), false});
        variants.add(new Object[] {"empty-string-for-object", "", false});
        variants.add(new Object[] {"null-for-object", null, false});
      }
      for (Object[] variant : variants) {
        Object mutated = set(copy(tree), path, variant[1]);
        sink.accept(new Drift(new Case("drift", pathText(path) + " " + variant[0], okStatus, JSON,
            write(mutated)), (Boolean) variant[2], property, path));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Families

  private void truncated(Consumer<Case> sink) {
    int n = example.length;
    int step = Math.max(1, n / 150);
    for (int cut = 0; cut < n; cut += step) {
      sink.accept(new Case("truncated", "cut@" + cut, okStatus, JSON, Arrays.copyOf(example, cut)));
    }
    // the last bytes one by one: the closing braces are where a parser is most likely to give up
    for (int cut = Math.max(0, n - 8); cut < n; cut++) {
      if (cut % step != 0) {
        sink.accept(new Case("truncated", "cut@" + cut, okStatus, JSON,
            Arrays.copyOf(example, cut)));
      }
    }
  }

  /** Every field path replaced by each JSON type it is not. */
  void wrongTypes(Consumer<Case> sink, String family, int status) {
    for (List<Object> path : paths(tree)) {
      Object original = get(tree, path);
      for (Object replacement : typeSamples()) {
        if (kind(replacement).equals(kind(original))) {
          continue;
        }
        Object mutated = set(copy(tree), path, replacement);
        sink.accept(new Case(family, pathText(path) + "=" + kind(replacement), status, JSON,
            write(mutated)));
      }
    }
  }

  /** Every object member (at any depth) dropped, one at a time. */
  void missing(Consumer<Case> sink, String family, int status) {
    for (List<Object> path : paths(tree)) {
      if (path.get(path.size() - 1) instanceof String) {
        sink.accept(new Case(family, "-" + pathText(path), status, JSON,
            write(remove(copy(tree), path))));
      }
    }
  }

  private void hugeStrings(Consumer<Case> sink) {
    List<List<Object>> paths = paths(tree);
    List<List<Object>> strings = new ArrayList<>();
    for (List<Object> p : paths) {
      if (get(tree, p) instanceof String) {
        strings.add(p);
      }
    }
    if (strings.isEmpty()) {
      strings.add(paths.get(0));
    }
    Random r = new Random(seed ^ 0x4855474500L);
    // 1 MB and 5 MB (over the test clients' 4 MiB limit) everywhere; 2 or 3 MB by turns
    int[] sizes = {1 << 20, (seed & 1) == 0 ? 2 << 20 : 3 << 20, 5 << 20};
    for (int i = 0; i < sizes.length; i++) {
      List<Object> path = strings.get(r.nextInt(strings.size()));
      byte[] value = hugeString(sizes[i], (int) ((i + seed) % 3));
      sink.accept(new Case("huge-string", pathText(path) + "=" + sizes[i] + "B", okStatus, JSON,
          write(set(copy(tree), path, new Raw(value)))));
    }
    // a 2 MB number literal where a string is documented (numeric literals in integer fields
    // are the huge-number family), as a member name, and in an error body's message
    List<Object> any = strings.get(r.nextInt(strings.size()));
    sink.accept(new Case("huge-string", pathText(any) + "=number-2MB", okStatus, JSON,
        write(set(copy(tree), any, new Raw(repeat((byte) '9', 2 << 20))))));
    byte[] key = hugeString(1 << 20, 0);
    sink.accept(new Case("huge-string", "member-name-1MB", okStatus, JSON,
        concat(bytes("{"), key, bytes(":1,"), Arrays.copyOfRange(example, indexOf(example, '{') + 1,
            example.length))));
    for (int status : new int[] {new int[] {400, 422, 503}[(int) (seed % 3)]}) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("status", new BigDecimal(status));
      error.put("message", new Raw(hugeString(2 << 20, 1)));
      error.put("errors", Collections.singletonMap("field", new Raw(hugeString(1 << 20, 2))));
      error.put("request_id", "req-huge");
      sink.accept(new Case("huge-string", "error-message-2MB", status, JSON, write(error)));
    }
    // many small values: a 100,000-element array in the first array or object member found
    List<Object> container = null;
    for (List<Object> p : paths) {
      Object v = get(tree, p);
      if (v instanceof List || v instanceof Map) {
        container = p;
        break;
      }
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < 100_000; i++) {
      sb.append(i == 0 ? "" : ",").append(i % 3 == 0 ? "{}" : i % 3 == 1 ? "null" : "\"x\"");
    }
    sb.append(']');
    List<Object> target = container != null ? container : paths.get(0);
    sink.accept(new Case("huge-string", pathText(target) + "=array-100k", okStatus, JSON,
        write(set(copy(tree), target, new Raw(bytes(sb.toString()))))));
  }

  private void deepNesting(Consumer<Case> sink) {
    int depth = 10_000;
    byte[] arrays = concat(repeat((byte) '[', depth), repeat((byte) ']', depth));
    byte[] objects = deepObjects(depth, true);
    byte[] unclosed = repeat((byte) '[', depth);
    byte[] mixed = deepMixed(depth);
    String[] names = {"arrays", "objects", "unclosed", "mixed"};
    byte[][] values = {arrays, objects, unclosed, mixed};
    for (int i = 0; i < values.length; i++) {
      sink.accept(new Case("deep-nesting", "root-" + names[i], okStatus, JSON, values[i]));
    }
    List<List<Object>> paths = paths(tree);
    Random r = new Random(seed ^ 0x444545500L);
    for (int i = 0; i < values.length; i++) {
      List<Object> path = paths.get(r.nextInt(paths.size()));
      sink.accept(new Case("deep-nesting", pathText(path) + "=" + names[i], okStatus, JSON,
          write(set(copy(tree), path, new Raw(values[i])))));
    }
    // just over and just under the parsers' limits, and deep error bodies
    for (int d : new int[] {199, 200, 201, 255, 256, 257}) {
      List<Object> path = paths.get(r.nextInt(paths.size()));
      sink.accept(new Case("deep-nesting", pathText(path) + "=objects" + d, okStatus, JSON,
          write(set(copy(tree), path, new Raw(deepObjects(d, true))))));
    }
    for (int status : new int[] {400, 422, 500, 503}) {
      byte[] body = concat(bytes("{\"message\":\"deep\",\"errors\":"), objects, bytes("}"));
      sink.accept(new Case("deep-nesting", "error-errors-objects", status, JSON, body));
      sink.accept(new Case("deep-nesting", "error-root-arrays", status, JSON, arrays));
    }
  }

  private void invalidUtf8(Consumer<Case> sink) {
    byte[][] bad = {
        {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
        (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}};
    List<List<Object>> strings = new ArrayList<>();
    for (List<Object> p : paths(tree)) {
      if (get(tree, p) instanceof String) {
        strings.add(p);
      }
    }
    Random r = new Random(seed ^ 0x55544638L);
    for (int i = 0; i < bad.length; i++) {
      // inside a string value
      if (!strings.isEmpty()) {
        List<Object> path = strings.get(r.nextInt(strings.size()));
        byte[] value = concat(bytes("\"ok"), bad[i], bytes("ok\""));
        sink.accept(new Case("invalid-utf8", pathText(path) + "+bytes" + i, okStatus, JSON,
            write(set(copy(tree), path, new Raw(value)))));
      }
      // at a random structural offset, at the start, at the end, and in a member name
      int at = r.nextInt(example.length);
      sink.accept(new Case("invalid-utf8", "at@" + at + "+bytes" + i, okStatus, JSON,
          concat(Arrays.copyOf(example, at), bad[i], Arrays.copyOfRange(example, at,
              example.length))));
      sink.accept(new Case("invalid-utf8", "start+bytes" + i, okStatus, JSON,
          concat(bad[i], example)));
      sink.accept(new Case("invalid-utf8", "end+bytes" + i, okStatus, JSON,
          concat(example, bad[i])));
      int brace = indexOf(example, '{');
      sink.accept(new Case("invalid-utf8", "name+bytes" + i, okStatus, JSON,
          concat(Arrays.copyOf(example, brace + 1), bytes("\"k"), bad[i], bytes("\":1,"),
              Arrays.copyOfRange(example, brace + 1, example.length))));
      int status = ERROR_STATUSES[i % ERROR_STATUSES.length];
      sink.accept(new Case("invalid-utf8", "error-message+bytes" + i, status, JSON,
          concat(bytes("{\"message\":\"bad"), bad[i], bytes("\",\"code\":\"E\"}"))));
    }
    // a UTF-16 body and Latin-1 bytes declared as such
    sink.accept(new Case("invalid-utf8", "utf16", okStatus, "application/json; charset=utf-16",
        new String(example, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)));
    sink.accept(new Case("invalid-utf8", "latin1-e-acute", okStatus,
        "application/json; charset=iso-8859-1",
        new String(example, StandardCharsets.UTF_8).replace("a", "\u00e9")
            .getBytes(StandardCharsets.ISO_8859_1)));
  }

  private void html(Consumer<Case> sink) {
    String page = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>"
        + "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";
    String cloudflare = "<html><head><title>Just a moment...</title></head><body>"
        + "<div id=\"cf\">Checking your browser {\"not\": \"json\"}</div></body></html>";
    String bigPage = "<html><body>" + "<p>maintenance</p>".repeat(5000) + "</body></html>";
    int[] statuses = {200, 201, 500, 502, 503, 504, 404, 400, 429, 403, 401};
    for (int status : statuses) {
      sink.accept(new Case("html", "nginx", status, "text/html; charset=utf-8", bytes(page)));
      sink.accept(new Case("html", "challenge", status, "text/html", bytes(cloudflare)));
    }
    for (int status : new int[] {200, 503}) {
      sink.accept(new Case("html", "html-as-json", status, JSON, bytes(page)));
      sink.accept(new Case("html", "big-page-90KB", status, "text/html", bytes(bigPage)));
      sink.accept(new Case("html", "json-then-html", status, JSON,
          concat(example, bytes("\n"), bytes(page))));
    }
  }

  private void empty(Consumer<Case> sink) {
    String[] bodies = {"", " ", "\n\r\n\t", "null", "{}", "[]", "0", "\"\"", "true", "\"ok\"",
        "{\"data\":null}", "[{}]", "\uFEFF{}"};
    for (String body : bodies) {
      for (int status : new int[] {okStatus, 200, 500, 503}) {
        sink.accept(new Case("empty", "'" + body.trim() + "'", status,
            body.isEmpty() ? null : JSON, bytes(body)));
      }
    }
    for (int status : new int[] {204, 205, 404, 422, 429, 502, 504}) {
      sink.accept(new Case("empty", "no-body", status, null, new byte[0]));
    }
  }

  private void wrongContentType(Consumer<Case> sink) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><status>200</status>"
        + "<message>Ok</message><data><order_code>ORD123</order_code></data></response>";
    String soapFault = "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap"
        + ".org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode>"
        + "<faultstring>Internal error</faultstring></soap:Fault></soap:Body></soap:Envelope>";
    for (int status : new int[] {okStatus, 200, 400, 500, 503}) {
      sink.accept(new Case("content-type", "xml", status, "application/xml", bytes(xml)));
      sink.accept(new Case("content-type", "soap-fault", status, "text/xml", bytes(soapFault)));
      sink.accept(new Case("content-type", "plain-text", status, "text/plain",
          bytes("Internal Server Error")));
      sink.accept(new Case("content-type", "example-as-text", status, "text/plain; charset=utf-8",
          example()));
      sink.accept(new Case("content-type", "example-as-octets", status,
          "application/octet-stream", example()));
      sink.accept(new Case("content-type", "example-no-type", status, null, example()));
      sink.accept(new Case("content-type", "form-urlencoded", status,
          "application/x-www-form-urlencoded", bytes("status=200&message=Ok&data=")));
      sink.accept(new Case("content-type", "binary", status, "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D}));
    }
  }

  /** Error bodies of every common shape, with each field given a wrong type. */
  private void errorBodies(Consumer<Case> sink) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("error", Boolean.TRUE);
    error.put("status", new BigDecimal(422));
    error.put("code", "ORDER_VALIDATION_ERROR");
    error.put("message", "Format order mu tidak sesuai");
    error.put("source", "order");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("data", new ArrayList<>(Arrays.asList("/imeis: must NOT have fewer than 1 items")));
    fields.put("order_code", "required");
    error.put("errors", fields);
    error.put("traceId", "01234567-89ab");
    error.put("request_id", "request-id");
    error.put("success", Boolean.FALSE);
    MalformedBodies errors = new MalformedBodies(endpoint, new String(write(error),
        StandardCharsets.UTF_8), 0, seed);
    int[] statuses = {400, 422, 404, 500, 503, okStatus};
    int[] i = {0};
    errors.wrongTypes(c -> sink.accept(new Case("error-body", c.label,
        statuses[i[0]++ % statuses.length], c.contentType, c.body)), "error-body", 0);
    errors.missing(c -> sink.accept(new Case("error-body", c.label,
        statuses[i[0]++ % statuses.length], c.contentType, c.body)), "error-body", 0);
    // the example itself served with error statuses, and an error envelope inside a 2xx
    for (int status : ERROR_STATUSES) {
      sink.accept(new Case("error-body", "example-with-" + status, status, JSON, example()));
    }
    if (tree instanceof Map) {
      for (Object status : new Object[] {new BigDecimal(400), new BigDecimal(404),
          new BigDecimal(422), new BigDecimal(500), new BigDecimal(999), new BigDecimal(-1),
          "500", "false", Boolean.FALSE}) {
        Map<String, Object> m = castMap(copy(tree));
        m.put("status", status);
        m.put("success", status);
        m.put("errors", fields);
        sink.accept(new Case("error-body", "status-in-body=" + status, okStatus, JSON, write(m)));
      }
    }
  }

  private void random(int count, Consumer<Case> sink) {
    Random r = new Random(seed);
    for (int n = 0; n < count; n++) {
      long caseSeed = r.nextLong();
      Random cr = new Random(caseSeed);
      byte[] body;
      StringBuilder label = new StringBuilder("seed=").append(caseSeed).append(':');
      if (cr.nextBoolean()) {
        Object t = copy(tree);
        int ops = 1 + cr.nextInt(3);
        for (int k = 0; k < ops; k++) {
          t = treeOp(t, cr, label);
        }
        body = write(t);
      } else {
        body = example();
        int ops = 1 + cr.nextInt(3);
        for (int k = 0; k < ops; k++) {
          body = byteOp(body, cr, label);
        }
      }
      int status = cr.nextInt(10) < 8 ? okStatus : ERROR_STATUSES[cr.nextInt(ERROR_STATUSES.length)];
      String type = cr.nextInt(10) < 8 ? JSON
          : new String[] {null, "text/plain", "text/html", "application/json; charset=utf-8"}[
              cr.nextInt(4)];
      sink.accept(new Case("random", label.toString(), status, type, body));
    }
  }

  private Object treeOp(Object t, Random r, StringBuilder label) {
    List<List<Object>> paths = paths(t);
    if (paths.isEmpty()) {
      label.append(" replace-root");
      return weirdValue(r);
    }
    List<Object> path = paths.get(r.nextInt(paths.size()));
    switch (r.nextInt(5)) {
      case 0:
        label.append(" set ").append(pathText(path));
        return set(t, path, weirdValue(r));
      case 1:
        if (path.get(path.size() - 1) instanceof String) {
          label.append(" drop ").append(pathText(path));
          return remove(t, path);
        }
        label.append(" null ").append(pathText(path));
        return set(t, path, null);
      case 2: {
        Object v = get(t, path);
        List<Object> other = paths.get(r.nextInt(paths.size()));
        label.append(" move ").append(pathText(path)).append("->").append(pathText(other));
        return set(t, other, copy(v));
      }
      case 3: {
        label.append(" dup-key ").append(pathText(path));
        Object v = get(t, path);
        Object key = path.get(path.size() - 1);
        if (key instanceof String && !(v instanceof Raw)) {
          byte[] twice = concat(write(v), bytes(",\"" + key + "\":"), write(weirdValue(r)));
          return set(t, path, new Raw(twice));
        }
        return set(t, path, weirdValue(r));
      }
      default: {
        label.append(" add-member ").append(pathText(path));
        Object parent = path.size() == 1 ? t : get(t, path.subList(0, path.size() - 1));
        if (parent instanceof Map) {
          castMap(parent).put("zz_unknown_" + r.nextInt(100), weirdValue(r));
        } else if (parent instanceof List) {
          castList(parent).add(weirdValue(r));
        }
        return t;
      }
    }
  }

  private static byte[] byteOp(byte[] body, Random r, StringBuilder label) {
    if (body.length == 0) {
      return bytes(RANDOM_TOKENS[r.nextInt(RANDOM_TOKENS.length)]);
    }
    int at = r.nextInt(body.length);
    switch (r.nextInt(5)) {
      case 0: {
        label.append(" flip@").append(at);
        byte[] out = body.clone();
        out[at] = (byte) r.nextInt(256);
        return out;
      }
      case 1: {
        int len = 1 + r.nextInt(Math.min(40, body.length - at));
        label.append(" delete@").append(at).append('+').append(len);
        return concat(Arrays.copyOf(body, at), Arrays.copyOfRange(body, at + len, body.length));
      }
      case 2: {
        String token = RANDOM_TOKENS[r.nextInt(RANDOM_TOKENS.length)];
        label.append(" insert@").append(at);
        return concat(Arrays.copyOf(body, at), bytes(token), Arrays.copyOfRange(body, at,
            body.length));
      }
      case 3: {
        int len = 1 + r.nextInt(Math.min(80, body.length - at));
        int to = r.nextInt(body.length);
        label.append(" copy@").append(at).append('+').append(len).append("->").append(to);
        return concat(Arrays.copyOf(body, to), Arrays.copyOfRange(body, at, at + len),
            Arrays.copyOfRange(body, to, body.length));
      }
      default: {
        label.append(" cut@").append(at);
        return Arrays.copyOf(body, at);
      }
    }
  }

  private static Object weirdValue(Random r) {
    switch (r.nextInt(16)) {
      case 0: return null;
      case 1: return Boolean.TRUE;
      case 2: return "";
      case 3: return "   ";
      case 4: return new Raw(bytes("1e999999999"));
      case 5: return new Raw(bytes("-0.0000000000000000000000000000001"));
      case 6: return new Raw(bytes("99999999999999999999999999999999"));
      case 7: return new BigDecimal("1.5");
      case 8: return "\u0000\ud83d\ude00\u202e<script>";
      case 9: return "x".repeat(10_000 + r.nextInt(20_000));
      case 10: return new ArrayList<>(Arrays.asList(null, null));
      case 11: return new LinkedHashMap<String, Object>();
      case 12: return new Raw(bytes("\"\\uZZZZ\""));
      case 13: return "2025-13-45T99:99:99Z";
      case 14: return new BigDecimal(-1);
      default: return new Raw(bytes("\"" + "\\\"".repeat(1 + r.nextInt(500)) + "\""));
    }
  }

  /**
   * A numeric literal of {@code digits} digits in the integer field at {@code path}. Moshi's
   * built-in int/long adapters parse such a literal with {@code new BigDecimal(text)}, whose cost
   * grows with the square of the length, and quote it whole in their error message.
   */
  Case hugeNumber(String field, int digits, int status) {
    List<Object> path = new ArrayList<>(Arrays.asList((Object[]) field.split("\\.")));
    for (int i = 0; i < path.size(); i++) {
      String k = (String) path.get(i);
      if (k.matches("\\d+")) {
        path.set(i, Integer.valueOf(k));
      }
    }
    return new Case("huge-number", pathText(path) + "=" + digits + "-digits", status, JSON,
        write(set(copy(tree), path, new Raw(repeat((byte) '9', digits)))));
  }

  // ---------------------------------------------------------------------------------------------
  // Trees: maps, lists, strings, BigDecimals, Booleans, nulls and Raw

  private static List<Object> typeSamples() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("k", "v");
    return Arrays.asList("wrong", new BigDecimal("12345.678"), object,
        new ArrayList<>(Arrays.asList(BigDecimal.ONE, "a")), null, Boolean.TRUE);
  }

  private static String kind(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof String) {
      return "string";
    } else if (v instanceof Number) {
      return "number";
    } else if (v instanceof Boolean) {
      return "boolean";
    } else if (v instanceof Map) {
      return "object";
    } else if (v instanceof List) {
      return "array";
    }
    return "raw";
  }

  /** Every path below the root, depth first: member names and array indexes. */
  static List<List<Object>> paths(Object tree) {
    List<List<Object>> out = new ArrayList<>();
    collect(tree, new ArrayList<>(), out);
    return out;
  }

  private static void collect(Object node, List<Object> prefix, List<List<Object>> out) {
    if (node instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
        List<Object> p = new ArrayList<>(prefix);
        p.add(e.getKey());
        out.add(p);
        collect(e.getValue(), p, out);
      }
    } else if (node instanceof List) {
      List<?> list = (List<?>) node;
      for (int i = 0; i < list.size(); i++) {
        List<Object> p = new ArrayList<>(prefix);
        p.add(i);
        out.add(p);
        collect(list.get(i), p, out);
      }
    }
  }

  static String pathText(List<Object> path) {
    StringBuilder sb = new StringBuilder("$");
    for (Object k : path) {
      sb.append(k instanceof Integer ? "[" + k + "]" : "." + k);
    }
    return sb.toString();
  }

  private static Object get(Object tree, List<Object> path) {
    Object node = tree;
    for (Object k : path) {
      node = k instanceof Integer ? ((List<?>) node).get((Integer) k) : ((Map<?, ?>) node).get(k);
    }
    return node;
  }

  private static Object set(Object tree, List<Object> path, Object value) {
    Object parent = get(tree, path.subList(0, path.size() - 1));
    Object key = path.get(path.size() - 1);
    if (key instanceof Integer) {
      castList(parent).set((Integer) key, value);
    } else {
      castMap(parent).put((String) key, value);
    }
    return tree;
  }

  private static Object remove(Object tree, List<Object> path) {
    Object parent = get(tree, path.subList(0, path.size() - 1));
    Object key = path.get(path.size() - 1);
    if (key instanceof Integer) {
      castList(parent).remove((int) (Integer) key);
    } else {
      castMap(parent).remove(key);
    }
    return tree;
  }

  static Object copy(Object node) {
    if (node instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
        m.put((String) e.getKey(), copy(e.getValue()));
      }
      return m;
    } else if (node instanceof List) {
      List<Object> l = new ArrayList<>();
      for (Object o : (List<?>) node) {
        l.add(copy(o));
      }
      return l;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object o) {
    return (List<Object>) o;
  }

  /** Serializes a tree; Raw values are written verbatim. */
  static byte[] write(Object tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(tree, out);
    return out.toByteArray();
  }

  private static void write(Object v, ByteArrayOutputStream out) {
    if (v == null) {
      out.writeBytes(bytes("null"));
    } else if (v instanceof Raw) {
      out.writeBytes(((Raw) v).bytes);
    } else if (v instanceof String) {
      out.writeBytes(bytes(quote((String) v)));
    } else if (v instanceof BigDecimal) {
      out.writeBytes(bytes(((BigDecimal) v).toPlainString()));
    } else if (v instanceof Boolean || v instanceof Number) {
      out.writeBytes(bytes(v.toString()));
    } else if (v instanceof Map) {
      out.write('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) {
          out.write(',');
        }
        first = false;
        out.writeBytes(bytes(quote(String.valueOf(e.getKey()))));
        out.write(':');
        write(e.getValue(), out);
      }
      out.write('}');
    } else if (v instanceof List) {
      out.write('[');
      boolean first = true;
      for (Object o : (List<?>) v) {
        if (!first) {
          out.write(',');
        }
        first = false;
        write(o, out);
      }
      out.write(']');
    } else {
      throw new IllegalArgumentException("not a tree value: " + v.getClass());
    }
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Bytes

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] repeat(byte b, int n) {
    byte[] out = new byte[n];
    Arrays.fill(out, b);
    return out;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static int indexOf(byte[] bytes, char c) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == c) {
        return i;
      }
    }
    return 0;
  }

  /** A JSON string literal of about {@code size} bytes: ASCII, multi-byte text, or escapes. */
  private static byte[] hugeString(int size, int flavour) {
    String unit;
    switch (flavour % 3) {
      case 0: unit = "abcdefghij"; break;
      case 1: unit = "Pesanan\u00e9\ud83d\ude00"; break; // 2- and 4-byte sequences
      default: unit = "\\n\\\"\\u00e9\\/"; break;          // escapes the reader must expand
    }
    byte[] u = bytes(unit);
    byte[] out = new byte[size + 2];
    out[0] = '"';
    int at = 1;
    while (at + u.length <= size + 1) {
      System.arraycopy(u, 0, out, at, u.length);
      at += u.length;
    }
    while (at < size + 1) {
      out[at++] = 'z';
    }
    out[size + 1] = '"';
    return out;
  }

  private static byte[] deepObjects(int depth, boolean closed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(depth * 7);
    for (int i = 0; i < depth; i++) {
      out.writeBytes(bytes("{\"a\":"));
    }
    out.writeBytes(bytes("1"));
    if (closed) {
      for (int i = 0; i < depth; i++) {
        out.write('}');
      }
    }
    return out.toByteArray();
  }

  private static byte[] deepMixed(int depth) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(depth * 8);
    for (int i = 0; i < depth; i++) {
      out.writeBytes(bytes(i % 2 == 0 ? "{\"a\":[" : "["));
    }
    for (int i = depth - 1; i >= 0; i--) {
      out.writeBytes(bytes(i % 2 == 0 ? "]}" : "]"));
    }
    return out.toByteArray();
  }
}
