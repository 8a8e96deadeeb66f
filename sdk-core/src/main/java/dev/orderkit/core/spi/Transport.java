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

  private Transport(Builder settings, TransportCore core) {
    this.settings = settings;
    this.core = core;
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
    // A new OkHttp client of the caller's is used as it is; otherwise the pool and dispatcher
    // are shared.
    OkHttpClient newClient = changed.httpClient();
    boolean callersNewClient = newClient != null && newClient != core.options().httpClient();
    TransportCore derived = new TransportCore(changed, settings.userAgent(), settings.moshi,
        settings.errorDecoder, callersNewClient ? null : core.baseClient());
    return new Transport(settings, derived);
  }

  /** Sends the request, waits, and returns the parsed value. */
  public <T> T execute(ApiRequest<T> request, RequestOptions options) {
    try {
      HttpResponseFor<T> response = send(newExchange(request, options).parsedAtOnce());
      try {
        return response.parse();
      } finally {
        BufferedHttpResponse.release(response); // nothing keeps it: its body goes back to the pool
      }
    } catch (LinkageError e) {
      throw RuntimeDependencies.fromLinkageError(e);
    }
  }

  /** Sends the request, waits, and returns the response before parsing. */
  public <T> HttpResponseFor<T> executeRaw(ApiRequest<T> request,
      RequestOptions options) {
    try {
      return send(newExchange(request, options));
    } catch (LinkageError e) {
      throw RuntimeDependencies.fromLinkageError(e);
    }
  }

  private <T> HttpResponseFor<T> send(Exchange<T> exchange) {
    while (true) {
      Call call = newCall(exchange);
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

  private static Call newCall(Exchange<?> exchange) {
    try {
      return exchange.newCall();
    } catch (OrderKitException e) {
      throw e;
    } catch (RuntimeException e) {
      // e.g. a header OkHttp refuses: its message may show the value, so it is not kept
      throw new OrderKitException("Could not build the request: " + e.getClass().getSimpleName(),
          null, exchange.attempts());
    }
  }

  /** Sends the request without blocking; cancelling the future cancels the call. */
  public <T> CompletableFuture<T> executeAsync(ApiRequest<T> request,
      RequestOptions options) {
    return executeAsync(request, options, HttpResponseFor::parse);
  }

  /**
   * Sends the request without blocking and completes with {@code mapper}'s result (run on the
   * completing thread), which is expected to parse the response and keep no reference to it: its
   * body is released once {@code mapper} returns. Failures complete the future with the OrderKit
   * exception itself, not a wrapper; cancelling the future cancels the call and any pending retry.
   */
  public <T, R> CompletableFuture<R> executeAsync(ApiRequest<T> request,
      RequestOptions options,
      java.util.function.Function<? super HttpResponseFor<T>, ? extends R> mapper) {
    return MappedFuture.of(start(request, options, true), new ReleasingMapper<T, R>(mapper));
  }

  /** Applies a caller's mapper, then gives the response's body back to the pool. */
  private static final class ReleasingMapper<T, R>
      implements java.util.function.Function<HttpResponseFor<T>, R> {
    private final java.util.function.Function<? super HttpResponseFor<T>, ? extends R> mapper;

    ReleasingMapper(java.util.function.Function<? super HttpResponseFor<T>, ? extends R> mapper) {
      this.mapper = mapper;
    }

    @Override
    public R apply(HttpResponseFor<T> response) {
      try {
        return mapper.apply(response);
      } finally {
        BufferedHttpResponse.release(response);
      }
    }
  }

  /** Sends the request without blocking and completes with the response before parsing. */
  public <T> CompletableFuture<HttpResponseFor<T>> executeRawAsync(ApiRequest<T> request,
      RequestOptions options) {
    return start(request, options, false);
  }

  /** {@code parsedAtOnce}: the caller parses the response as soon as it completes. */
  private <T> CompletableFuture<HttpResponseFor<T>> start(ApiRequest<T> request,
      RequestOptions options, boolean parsedAtOnce) {
    try {
      Exchange<T> exchange = newExchange(request, options);
      return new AsyncExchange<>(parsedAtOnce ? exchange.parsedAtOnce() : exchange).start();
    } catch (OrderKitException e) {
      return failed(e);
    } catch (LinkageError e) {
      return failed(RuntimeDependencies.fromLinkageError(e));
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

  private <T> Exchange<T> newExchange(ApiRequest<T> request, RequestOptions options) {
    RequestOptions ro = options == null ? RequestOptions.none() : options;
    return core.newExchange(request, ro, url(request, ro), encodeBody(request, ro));
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
