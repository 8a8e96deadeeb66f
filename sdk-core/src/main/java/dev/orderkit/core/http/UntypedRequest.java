package dev.orderkit.core.http;

import dev.orderkit.core.RequestOptions;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

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
public interface UntypedRequest {
  /** Adds a query parameter (null is skipped). */
  UntypedRequest query(String name, @Nullable Object value);

  /** Sets a JSON body from a tree: Map, List, String, Number, Boolean or null. */
  UntypedRequest body(@Nullable Object jsonTree);

  /** Sets a JSON body written by the module's Moshi as {@code type}. */
  <B> UntypedRequest body(B value, Type type);

  /** Marks whether a replay after the request may have been processed is harmless. */
  UntypedRequest safeToRepeat(boolean safe);

  /** Per-call options (timeout, headers, query, body fields, retries). */
  UntypedRequest options(RequestOptions options);

  /** Sends it and returns the response; {@code parse()} gives the JSON tree. */
  HttpResponseFor<Object> execute();

  /** Sends it and reads the body as {@code type} with the module's Moshi. */
  <T> T execute(Type type);

  /** Sends it without blocking; the future holds the response (JSON tree on {@code parse()}). */
  CompletableFuture<HttpResponseFor<Object>> executeAsync();
}
