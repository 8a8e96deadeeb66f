package dev.orderkit.core.spi;

import com.squareup.moshi.JsonAdapter;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.UntypedRequest;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** {@link UntypedRequest} on a {@link Transport}. */
final class TransportUntypedRequest implements UntypedRequest {
  private final Transport transport;
  private final String method;
  private final String path;
  private final java.util.Map<String, @Nullable Object> query = new java.util.LinkedHashMap<>();
  private @Nullable RequestBodyWriter body;
  private @Nullable Boolean safeToRepeat;
  private RequestOptions options = RequestOptions.none();

  TransportUntypedRequest(Transport transport, String method, String path) {
    this.transport = transport;
    this.method = method;
    this.path = path;
  }

  @Override
  public UntypedRequest query(String name, @Nullable Object value) {
    query.put(name, value);
    return this;
  }

  @Override
  public UntypedRequest body(@Nullable Object jsonTree) {
    this.body = RequestBodyWriter.ofTree(jsonTree);
    return this;
  }

  @Override
  public <B> UntypedRequest body(B value, Type type) {
    JsonAdapter<B> adapter = transport.moshi().adapter(type);
    this.body = RequestBodyWriter.of(value, adapter);
    return this;
  }

  @Override
  public UntypedRequest safeToRepeat(boolean safe) {
    this.safeToRepeat = safe;
    return this;
  }

  @Override
  public UntypedRequest options(RequestOptions options) {
    this.options = options == null ? RequestOptions.none() : options;
    return this;
  }

  @Override
  public HttpResponseFor<Object> execute() {
    return transport.executeRaw(build(ResponseParser.of(JsonTree.adapter())), options);
  }

  @Override
  public <T> T execute(Type type) {
    JsonAdapter<T> adapter = transport.moshi().adapter(type);
    return transport.execute(build(ResponseParser.of(adapter)), options);
  }

  @Override
  public CompletableFuture<HttpResponseFor<Object>> executeAsync() {
    return transport.executeRawAsync(build(ResponseParser.of(JsonTree.adapter())), options);
  }

  private <T> ApiRequest<T> build(ResponseParser<T> parser) {
    ApiRequest.Builder<T> b = ApiRequest.builder(method, path, parser).body(body);
    for (java.util.Map.Entry<String, @Nullable Object> q : query.entrySet()) {
      b.query(q.getKey(), q.getValue());
    }
    if (safeToRepeat != null) {
      b.safeToRepeat(safeToRepeat);
    }
    return b.build();
  }
}
