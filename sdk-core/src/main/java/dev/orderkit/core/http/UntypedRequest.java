package dev.orderkit.core.http;

import com.squareup.moshi.JsonAdapter;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.json.JsonTree;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;

/**
 * A request to an endpoint that has no typed method yet (bosOnline's ~150 undocumented ones,
 * cekceir's "Service Detail"), with the same auth, retries and typed errors as every typed call.
 * The response comes back as a JSON tree (maps, lists, strings, exact {@code BigDecimal} numbers,
 * booleans, null) or as a type of yours read with the module's Moshi.
 *
 * <pre>{@code
 * Object tree = client.request("GET", "/product/list").query("page", 1).execute().parse();
 * }</pre>
 *
 * A non-GET request is not replayed once it may have been processed unless you call
 * {@link #safeToRepeat(boolean)}.
 */
public final class UntypedRequest {
  private final Transport transport;
  private final String method;
  private final String path;
  private final java.util.Map<String, Object> query = new java.util.LinkedHashMap<>();
  private RequestBodyWriter body;
  private Boolean safeToRepeat;
  private RequestOptions options = RequestOptions.none();

  UntypedRequest(Transport transport, String method, String path) {
    this.transport = transport;
    this.method = method;
    this.path = path;
  }

  /** Adds a query parameter (null is skipped). */
  public UntypedRequest query(String name, Object value) {
    query.put(name, value);
    return this;
  }

  /** Sets a JSON body from a tree: Map, List, String, Number, Boolean or null. */
  public UntypedRequest body(Object jsonTree) {
    this.body = RequestBodyWriter.ofTree(jsonTree);
    return this;
  }

  /** Sets a JSON body written by the module's Moshi as {@code type}. */
  public <B> UntypedRequest body(B value, Type type) {
    JsonAdapter<B> adapter = transport.moshi().adapter(type);
    this.body = RequestBodyWriter.of(value, adapter);
    return this;
  }

  /** Marks whether a replay after the request may have been processed is harmless. */
  public UntypedRequest safeToRepeat(boolean safe) {
    this.safeToRepeat = safe;
    return this;
  }

  /** Per-call options (timeout, headers, query, body fields, retries). */
  public UntypedRequest options(RequestOptions options) {
    this.options = options == null ? RequestOptions.none() : options;
    return this;
  }

  /** Sends it and returns the response; {@code parse()} gives the JSON tree. */
  public HttpResponseFor<Object> execute() {
    return transport.executeRaw(build(ResponseParser.of(JsonTree.adapter())), options);
  }

  /** Sends it and reads the body as {@code type} with the module's Moshi. */
  public <T> T execute(Type type) {
    JsonAdapter<T> adapter = transport.moshi().adapter(type);
    return transport.execute(build(ResponseParser.of(adapter)), options);
  }

  /** Sends it without blocking; the future holds the response (JSON tree on {@code parse()}). */
  public CompletableFuture<HttpResponseFor<Object>> executeAsync() {
    return transport.executeRawAsync(build(ResponseParser.of(JsonTree.adapter())), options);
  }

  private <T> ApiRequest<T> build(ResponseParser<T> parser) {
    ApiRequest.Builder<T> b = ApiRequest.builder(method, path, parser).body(body);
    for (java.util.Map.Entry<String, Object> q : query.entrySet()) {
      b.query(q.getKey(), q.getValue());
    }
    if (safeToRepeat != null) {
      b.safeToRepeat(safeToRepeat);
    }
    return b.build();
  }
}
