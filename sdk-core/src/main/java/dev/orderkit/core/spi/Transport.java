package dev.orderkit.core.spi;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.OrderKitVersion;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.UntypedRequest;
import dev.orderkit.core.internal.AsyncExchange;
import dev.orderkit.core.internal.BufferedHttpResponse;
import dev.orderkit.core.internal.Exchange;
import dev.orderkit.core.internal.MappedFuture;
import dev.orderkit.core.internal.PathTemplate;
import dev.orderkit.core.internal.RuntimeDependencies;
import dev.orderkit.core.internal.Step;
import dev.orderkit.core.internal.TransportCore;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ApiRequest}s for one API client: auth and tenant headers, the order rule for
 * retries, logging, typed errors, blocking or async. API modules hold one per client and build
 * their endpoints on it; nothing here is built per call but the request itself.
 */
public final class Transport implements Closeable {
  private final TransportCore core;
  private final Builder settings;

  /** The name of calls made without an endpoint's name: {@code <module>.request}. */
  private final String untypedEndpoint;

  private Transport(Builder settings, TransportCore core) {
    this.settings = settings;
    this.core = core;
    this.untypedEndpoint = settings.untypedEndpoint(); // once, not per call
  }

  /** Starts a transport for a client with these options. */
  public static Builder builder(ClientOptions options) {
    return new Builder(options);
  }

  /** The client's options. */
  public ClientOptions options() {
    return core.options();
  }

  /** The module's Moshi, for untyped responses read as a caller's type. */
  public Moshi moshi() {
    return core.moshi();
  }

  /**
   * A transport with adjusted options that shares this one's connection pool and dispatcher (or
   * uses the OkHttp client the change names, if it names another one). Closing it releases
   * nothing; closing this one ends both.
   */
  public Transport withOptions(Consumer<ClientOptions.Builder> change) {
    ClientOptions.Builder b = core.options().toBuilder();
    change.accept(b);
    ClientOptions changed = b.build();
    TransportCore derived = new TransportCore(changed, settings.userAgent(), settings.moshi,
        settings.errorDecoder, core);
    return new Transport(settings, derived);
  }

  /**
   * Sends the request, waits, and returns the parsed value; the call is named
   * {@code <module>.request} for the listener.
   */
  public <T> T execute(ApiRequest<T> request, RequestOptions options) {
    return execute(untypedEndpoint, request, options);
  }

  /**
   * Sends the request of {@code endpoint} (its stable name, such as {@code partner.orders.detail},
   * seen by the client's listener), waits, and returns the parsed value.
   */
  public <T> T execute(String endpoint, ApiRequest<T> request, RequestOptions options) {
    Exchange<T> exchange = newExchange(endpoint, false, request, options).parsedAtOnce();
    try {
      HttpResponseFor<T> response = send(exchange);
      try {
        T value = response.parse();
        exchange.succeeded();
        return value;
      } catch (RuntimeException e) {
        exchange.endedBy(e);
        throw e;
      } finally {
        BufferedHttpResponse.release(response); // nothing keeps it: its body goes back to the pool
      }
    } catch (LinkageError e) {
      throw exchange.ended(RuntimeDependencies.fromLinkageError(e));
    }
  }

  /** Sends the request, waits, and returns the response before parsing. */
  public <T> HttpResponseFor<T> executeRaw(ApiRequest<T> request, RequestOptions options) {
    return executeRaw(untypedEndpoint, request, options);
  }

  /** As {@link #execute(String, ApiRequest, RequestOptions)}, returning the response unparsed. */
  public <T> HttpResponseFor<T> executeRaw(String endpoint, ApiRequest<T> request,
      RequestOptions options) {
    Exchange<T> exchange = newExchange(endpoint, false, request, options);
    try {
      return send(exchange);
    } catch (LinkageError e) {
      throw exchange.ended(RuntimeDependencies.fromLinkageError(e));
    }
  }

  private <T> HttpResponseFor<T> send(Exchange<T> exchange) {
    while (true) {
      Call call = exchange.newCall(); // a failure to build it ends the call, typed
      Step<T> step;
      try {
        Response response = call.execute();
        step = exchange.onResponse(response);
      } catch (IOException e) {
        step = exchange.onFailure(e);
      } catch (RuntimeException e) {
        step = exchange.onUnexpected(e);
      } catch (LinkageError e) {
        throw exchange.onLinkageError(e); // after a write was sent: an unknown outcome
      }
      if (!step.isRetry()) {
        if (step.error() != null) {
          throw step.error();
        }
        return step.response();
      }
      try {
        Thread.sleep(step.retryDelayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw exchange.interrupted(e);
      }
    }
  }

  /** Sends the request without blocking; cancelling the future cancels the call. */
  public <T> CompletableFuture<T> executeAsync(ApiRequest<T> request,
      RequestOptions options) {
    return executeAsync(untypedEndpoint, request, options);
  }

  /** As {@link #execute(String, ApiRequest, RequestOptions)}, without blocking. */
  public <T> CompletableFuture<T> executeAsync(String endpoint, ApiRequest<T> request,
      RequestOptions options) {
    return executeAsync(endpoint, request, options, HttpResponseFor::parse);
  }

  /**
   * Sends the request without blocking and completes with {@code mapper}'s result (run on the
   * completing thread), which is expected to parse the response and keep no reference to it: its
   * body is released once {@code mapper} returns. Failures complete the future with the OrderKit
   * exception itself, not a wrapper; cancelling the future cancels the call and any pending retry.
   */
  public <T, R> CompletableFuture<R> executeAsync(String endpoint, ApiRequest<T> request,
      RequestOptions options,
      java.util.function.Function<? super HttpResponseFor<T>, ? extends R> mapper) {
    Exchange<T> exchange;
    try {
      exchange = newExchange(endpoint, true, request, options).parsedAtOnce();
    } catch (OrderKitException e) {
      return failed(e);
    }
    return MappedFuture.of(start(exchange), new ReleasingMapper<T, R>(exchange, mapper));
  }

  /**
   * Applies a caller's mapper, ends the call for the listener, then gives the response's body
   * back to the pool.
   */
  private static final class ReleasingMapper<T, R>
      implements java.util.function.Function<HttpResponseFor<T>, R> {
    private final Exchange<T> exchange;
    private final java.util.function.Function<? super HttpResponseFor<T>, ? extends R> mapper;

    ReleasingMapper(Exchange<T> exchange,
        java.util.function.Function<? super HttpResponseFor<T>, ? extends R> mapper) {
      this.exchange = exchange;
      this.mapper = mapper;
    }

    @Override
    public R apply(HttpResponseFor<T> response) {
      try {
        R value = mapper.apply(response);
        exchange.succeeded();
        return value;
      } catch (RuntimeException e) {
        throw exchange.ended(MappedFuture.asOrderKit(e)); // as the caller gets it
      } catch (LinkageError e) {
        throw exchange.ended(RuntimeDependencies.fromLinkageError(e));
      } finally {
        BufferedHttpResponse.release(response);
      }
    }
  }

  /** Sends the request without blocking and completes with the response before parsing. */
  public <T> CompletableFuture<HttpResponseFor<T>> executeRawAsync(ApiRequest<T> request,
      RequestOptions options) {
    return executeRawAsync(untypedEndpoint, request, options);
  }

  /** As {@link #executeRaw(String, ApiRequest, RequestOptions)}, without blocking. */
  public <T> CompletableFuture<HttpResponseFor<T>> executeRawAsync(String endpoint,
      ApiRequest<T> request, RequestOptions options) {
    try {
      return start(newExchange(endpoint, true, request, options));
    } catch (OrderKitException e) {
      return failed(e);
    }
  }

  private static <T> CompletableFuture<HttpResponseFor<T>> start(Exchange<T> exchange) {
    try {
      return new AsyncExchange<>(exchange).start();
    } catch (LinkageError e) {
      return failed(exchange.ended(RuntimeDependencies.fromLinkageError(e)));
    }
  }

  private static <R> CompletableFuture<R> failed(OrderKitException e) {
    CompletableFuture<R> failed = new CompletableFuture<>();
    failed.completeExceptionally(e);
    return failed;
  }

  /** Starts an untyped request to any path of this API, with the same auth, retries and errors. */
  public UntypedRequest request(String method, String path) {
    return new TransportUntypedRequest(this, method, path);
  }

  /** Releases the connection pool and threads if the SDK created the OkHttp client. */
  @Override
  public void close() {
    core.close();
  }

  private <T> Exchange<T> newExchange(String endpoint, boolean async, ApiRequest<T> request,
      RequestOptions options) {
    RequestOptions ro = options == null ? RequestOptions.none() : options;
    try {
      return core.newExchange(endpoint, async, request, ro, url(request, ro),
          encodeBody(request, ro));
    } catch (LinkageError e) {
      throw RuntimeDependencies.fromLinkageError(e);
    }
  }

  private HttpUrl url(ApiRequest<?> request, RequestOptions ro) {
    HttpUrl.Builder url = PathTemplate.of(request.pathTemplate())
        .newUrl(core.options().baseUrl(), request.pathParams());
    if (!request.query().isEmpty()) { // most calls have none: no iterator allocated
      for (Map.Entry<String, String> q : request.query().entrySet()) {
        url.addQueryParameter(q.getKey(), q.getValue());
      }
    }
    if (!ro.queryParams().isEmpty()) {
      for (Map.Entry<String, String> q : ro.queryParams().entrySet()) {
        url.setQueryParameter(q.getKey(), q.getValue());
      }
    }
    return url.build();
  }

  @SuppressWarnings("unchecked")
  private static byte @Nullable [] encodeBody(ApiRequest<?> request, RequestOptions ro) {
    if (request.body() == null && ro.bodyFields().isEmpty()) {
      return null;
    }
    try {
      Buffer buffer = new Buffer();
      if (request.body() != null) {
        request.body().write(JsonWriter.of(buffer));
      }
      if (ro.bodyFields().isEmpty()) {
        return buffer.readByteArray();
      }
      Object tree = buffer.size() == 0 ? new java.util.LinkedHashMap<String, Object>()
          : JsonTree.read(JsonReader.of(buffer));
      if (!(tree instanceof Map)) {
        throw new InvalidInputException("bodyFields", "need a JSON object body to merge into");
      }
      ((Map<String, @Nullable Object>) tree).putAll(ro.bodyFields());
      Buffer merged = new Buffer();
      JsonWriter writer = JsonWriter.of(merged);
      writer.setSerializeNulls(true); // an explicit null in the body or the extra fields stays
      JsonTree.write(writer, tree);
      return merged.readByteArray();
    } catch (IOException | RuntimeException e) {
      if (e instanceof OrderKitException) {
        throw (OrderKitException) e;
      }
      throw new InvalidInputException("body", "could not be written as JSON: " + e.getMessage());
    }
  }

  /** Builds a {@link Transport}. */
  public static final class Builder {
    private final ClientOptions options;
    private String module = "core";
    private String version = OrderKitVersion.VERSION;
    private @Nullable Moshi moshi;
    private ErrorDecoder errorDecoder = StandardErrorDecoder.INSTANCE;

    private Builder(ClientOptions options) {
      if (options == null) {
        throw new InvalidInputException("options", "are required");
      }
      this.options = options;
    }

    /** The module name sent in the User-Agent, e.g. {@code partner}. */
    public Builder module(String module) {
      this.module = module;
      return this;
    }

    /** The module's Moshi, built once. */
    public Builder moshi(@Nullable Moshi moshi) {
      this.moshi = moshi;
      return this;
    }

    /** Reads the API's error envelope (default: {@link StandardErrorDecoder}). */
    public Builder errorDecoder(ErrorDecoder errorDecoder) {
      this.errorDecoder = errorDecoder;
      return this;
    }

    /** The name of calls made without an endpoint's name: {@code <module>.request}. */
    String untypedEndpoint() {
      return module + TransportCore.UNTYPED_SUFFIX;
    }

    String userAgent() {
      return "orderkit-java/" + version + " (" + module + "; Java/"
          + System.getProperty("java.version", "unknown") + ")";
    }

    /** Builds the transport (and its OkHttp client, once). */
    public Transport build() {
      if (moshi == null) {
        moshi = dev.orderkit.core.spi.OrderKitJson.moshiBuilder().build();
      }
      return new Transport(this, new TransportCore(options, userAgent(), moshi, errorDecoder,
          null));
    }
  }
}
