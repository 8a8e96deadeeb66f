package dev.orderkit.core.internal;

import dev.orderkit.core.Credentials;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiConnectionException;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.ApiTimeoutException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.errors.ResponseDecodingException;
import dev.orderkit.core.events.RetryReason;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.ResponseMeta;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * One logical call and its attempts: builds each attempt's request, and after each attempt decides
 * between done, fail and retry under the order rule. Shared by the blocking and async paths, so
 * both behave the same. Not thread-safe: attempts run one after another.
 */
public final class Exchange<T> {
  /**
   * How many times one call is sent again at once after {@link StaleConnectionException} (a
   * pooled connection the server had closed, nothing written), beyond which such a failure counts
   * as an ordinary one before sending. A burst can leave many idle connections the server then
   * closes: on OrderKit's own pool the first failure evicts every idle one
   * ({@code TransportCore.evictIdleConnections}); a caller's pool (OkHttp keeps up to 5 idle by
   * default) loses one per check.
   */
  static final int MAX_STALE_RETRIES = 5;

  private final TransportCore core;
  private final ApiRequest<T> request;
  private final RequestOptions options;
  private final HttpUrl url;
  private final byte @Nullable [] body;
  private final int maxRetries;
  private final long callTimeoutMillis;

  private boolean parsedAtOnce;
  private @Nullable SendTracker tracker;
  private @Nullable String token;
  private boolean refreshed;
  private int attempts;
  private int retries;
  private int staleRetries;
  /** Retry-quota tokens this call drew, given back when it succeeds. */
  private int drawn;
  /**
   * Tokens drawn for a retry not sent yet: given back if it never is (the future cancelled or the
   * wait interrupted). Set on the deciding thread, taken on the cancelling one.
   */
  private volatile int pendingCost;
  private static final AtomicIntegerFieldUpdater<Exchange> PENDING_COST =
      AtomicIntegerFieldUpdater.newUpdater(Exchange.class, "pendingCost");

  /** The listener's view of this call; null when the client has no listener (nothing measured). */
  private final @Nullable CallEvents events;
  private boolean started;
  // The current attempt's result and the decision about it, for the events.
  private int attemptStatus;
  private @Nullable String attemptFailure;
  private @Nullable String attemptRequestId;
  private boolean attemptSent;
  private @Nullable RetryReason retryReason;

  Exchange(TransportCore core, ApiRequest<T> request, RequestOptions options, HttpUrl url,
      byte @Nullable [] body, @Nullable CallEvents events) {
    this.core = core;
    this.events = events;
    this.request = request;
    this.options = options;
    this.url = url;
    this.body = body;
    this.maxRetries = options.maxRetries().orElse(core.options().maxRetries());
    boolean keepClientTimeout = core.options().httpClient() != null
        && !core.options().timeoutsExplicit();
    this.callTimeoutMillis = options.timeout().isPresent()
        ? options.timeout().get().toMillis()
        : keepClientTimeout ? -1 : core.options().timeout().toMillis();
  }

  /**
   * Marks that the caller parses the response as soon as it has it (the typed calls): the read
   * buffer is then handed to that parse instead of being copied once more. Returns this.
   */
  public Exchange<T> parsedAtOnce() {
    this.parsedAtOnce = true;
    return this;
  }

  /**
   * Creates the OkHttp call for the next attempt.
   *
   * @throws OrderKitException if the request cannot be built (the credentials failed, a header
   *     OkHttp refuses); the call has then ended
   */
  public Call newCall() {
    if (events != null && !started) {
      started = true;
      events.callStarted();
    }
    Call call;
    try {
      call = buildCall();
    } catch (OrderKitException e) {
      attempts--; // nothing was sent
      refundPendingRetry();
      throw ended(e);
    } catch (RuntimeException e) {
      attempts--;
      refundPendingRetry();
      // e.g. a header OkHttp refuses: its message may show the value, so it is not kept
      throw ended(new OrderKitException("Could not build the request: "
          + e.getClass().getSimpleName(), null, attempts));
    }
    if (pendingCost != 0) {
      pendingCost = 0; // the retry it paid for is on its way
    }
    if (events != null) {
      events.attemptStarted(attempts);
    }
    return call;
  }

  private Call buildCall() {
    attempts++;
    // Only a request not safe to repeat needs to know whether it was sent (a read is retried
    // either way): the tag costs OkHttp a map copy per call, so reads go without.
    tracker = request.safeToRepeat() ? null : new SendTracker(true);
    Credentials credentials = core.options().credentials();
    if (credentials != null && token == null) {
      token = HeaderChecks.checkedToken(callCredentials(new Callable<String>() {
        @Override
        public String call() throws Exception { // not a lambda: on every client's first call
          return credentials.token();
        }
      }));
    }
    Request.Builder rb = new Request.Builder().url(url);
    if (tracker != null) {
      rb.tag(SendTracker.class, tracker);
    }
    rb.headers(core.headersFor(token));
    if (!options.headers().isEmpty()) { // the usual case allocates no iterator
      for (Map.Entry<String, String> h : options.headers().entrySet()) {
        rb.header(h.getKey(), h.getValue());
      }
    }
    String tenant = options.tenantId().orElse(null);
    if (tenant != null) { // this call's tenant, in place of the client's
      rb.header(core.options().tenantHeader(), tenant);
    }
    rb.method(request.method(), requestBody());
    Call call = core.client().newCall(rb.build());
    if (callTimeoutMillis >= 0) {
      call.timeout().timeout(callTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    return call;
  }

  /** The attempt's body: the encoded JSON, or an empty body where the method needs one. */
  private okhttp3.@Nullable RequestBody requestBody() {
    String method = request.method();
    if (body != null) {
      return okhttp3.RequestBody.create(body, TransportCore.JSON);
    }
    boolean needsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    return needsBody ? okhttp3.RequestBody.create(new byte[0], null) : null;
  }

  private static String callCredentials(Callable<String> call) {
    try {
      return call.call();
    } catch (OrderKitException e) {
      throw e;
    } catch (Exception e) {
      throw new OrderKitException("The credentials failed: " + e.getClass().getName(), e, 0);
    }
  }

  /** Decides what follows a response (the response is always closed). */
  public Step<T> onResponse(Response response) {
    int attempt = attempts;
    attemptStatus = response.code();
    attemptFailure = null;
    attemptSent = true;
    attemptRequestId = events == null ? null : TransportCore.requestId(response.headers());
    return settle(attempt, decideResponse(response));
  }

  /** Decides what follows an I/O failure of the current attempt. */
  public Step<T> onFailure(IOException e) {
    int attempt = attempts;
    attemptStatus = 0;
    attemptRequestId = null;
    return settle(attempt, decideFailure(e));
  }

  /**
   * Decides what follows a runtime failure inside OkHttp's chain (a caller's interceptor, event
   * listener or logger that threw): never retried, typed, and an unknown outcome once sent.
   */
  public Step<T> onUnexpected(RuntimeException e) {
    int attempt = attempts;
    attemptStatus = 0;
    attemptRequestId = null;
    attemptFailure = events == null ? null : e.getClass().getSimpleName();
    attemptSent = tracker == null || tracker.mayHaveBeenSent();
    return settle(attempt, decideUnexpected(e));
  }

  /**
   * Carries a decision's consequences beyond the step: the retry quota refilled by a success,
   * and the listener's events (the attempt's end, then the retry or the call's end).
   */
  private Step<T> settle(int attempt, Step<T> step) {
    if (step.response() != null) {
      core.retryTokens().release(drawn > 0 ? drawn : 1);
    }
    if (step.isRetry()) {
      tracker = null; // nothing is in flight while the retry waits: a cancel then sent nothing
    }
    if (events != null) {
      events.attemptEnded(attempt, attemptStatus, attemptFailure, attemptRequestId, attemptSent);
      if (step.isRetry()) {
        RetryReason reason = retryReason;
        events.retryScheduled(attempt, reason == null ? RetryReason.CONNECTION_FAILURE : reason,
            attemptStatus, step.retryDelayMillis());
      } else if (step.error() != null) {
        ended(step.error());
      } else if (!parsedAtOnce) {
        succeeded(); // a raw response: the caller parses it later, or never
      }
    }
    return step;
  }

  /** Ends the call for the listener with {@code error} and returns it. */
  public OrderKitException ended(OrderKitException error) {
    endedBy(error);
    return error;
  }

  /** Ends the call for the listener with {@code error} (a parse or a caller's mapper failed). */
  public void endedBy(Throwable error) {
    if (events != null) {
      events.callEnded(error, attemptStatus, attemptRequestId, attempts);
    }
  }

  /** Ends the call for the listener as a success (a typed call: once its value is parsed). */
  public void succeeded() {
    if (events != null) {
      events.callEnded(null, attemptStatus, attemptRequestId, attempts);
    }
  }

  /**
   * Ends the call for the listener when its future was cancelled or completed by the caller: an
   * unknown outcome if a request that is not safe to repeat may have been sent.
   */
  public void abandoned() {
    refundPendingRetry();
    if (events != null && !events.hasEnded()) {
      OrderKitException cancelled = new OrderKitException("Cancelled: "
          + request.description(), null, attempts);
      boolean sent = tracker != null && tracker.mayHaveBeenSent();
      events.callEnded(sent && !request.safeToRepeat()
          ? new OutcomeUnknownException(request.description(), cancelled)
          : cancelled, attemptStatus, attemptRequestId, attempts);
    }
  }

  /** Gives back the tokens of a retry that will not be sent. */
  private void refundPendingRetry() {
    int cost = PENDING_COST.getAndSet(this, 0);
    if (cost > 0) {
      drawn -= cost;
      core.retryTokens().release(cost);
    }
  }

  private Step<T> decideResponse(Response response) {
    Buffer buffer;
    int status = response.code();
    Headers headers = RetryAfterShield.restore(status, response.headers());
    try (Response r = response) {
      buffer = readBounded(r.body(), status, headers);
    } catch (ResponseDecodingException e) {
      return Step.fail(e);
    } catch (IOException e) {
      attemptStatus = 0; // no complete response: reported as the failure it is
      return decideFailure(e); // the body broke off: the request was certainly sent
    }
    String requestId = TransportCore.requestId(headers);
    boolean resultBody = request.resultStatuses().contains(status) && looksLikeJson(buffer);
    if ((status >= 200 && status < 300) || resultBody) {
      // The buffer's pooled Okio segments must go back to the pool: a Buffer cloned, or dropped
      // unread, leaks them, and the next call allocates a fresh 8 KiB segment. A typed call hands
      // the buffer to its parse, which consumes it, and keeps a pooled copy until the parse
      // succeeded (ReadBody); a raw response, which may never be parsed, reads it out at once.
      ReadBody body = parsedAtOnce ? ReadBody.inBuffer(buffer)
          : ReadBody.of(buffer.readByteArray());
      ResponseMeta meta = new BufferedResponseMeta(status, headers, requestId, attempts, body);
      return Step.done(new BufferedHttpResponse<>(meta, body, request));
    }
    Credentials credentials = core.options().credentials();
    if (status == 401 && credentials != null && credentials.canRefresh() && !refreshed) {
      refreshed = true;
      try {
        String rejected = token;
        token = HeaderChecks.checkedToken(callCredentials(() -> credentials.refresh(rejected)));
      } catch (OrderKitException e) {
        // the caller still gets the authentication error, with why the refresh failed
        ApiException unauthorized = core.decodeError(status, headers, buffer, requestId, attempts);
        unauthorized.addSuppressed(e);
        return Step.fail(unauthorized);
      }
      retryReason = RetryReason.TOKEN_REFRESHED;
      return Step.retryAfter(0); // a 401 was not processed: replay once with the new token
    }
    ApiException error = core.decodeError(status, headers, buffer, requestId, attempts);
    boolean serverDeclined = status == 408 || status == 429;
    boolean serverFailed = status >= 500 && status <= 599;
    boolean transientFailure = status == 500 || status == 502 || status == 503 || status == 504;
    if (serverDeclined || (transientFailure && request.safeToRepeat())) {
      if (retries >= maxRetries) {
        return Step.fail(error);
      }
      Duration asked = RetryAfter.parse(headers, core.clock());
      if (asked != null && asked.compareTo(core.options().maxRetryAfter()) > 0) {
        return Step.fail(error); // the server asked for a longer wait than we will block for
      }
      int cost = core.retryTokens().cost(false);
      if (!core.retryTokens().tryAcquire(cost)) {
        return Step.fail(ApiException.from(error.details().withNote(RetryTokens.EXHAUSTED)));
      }
      drawn += cost;
      pendingCost = cost;
      retries++;
      retryReason = serverDeclined ? RetryReason.SERVER_DECLINED : RetryReason.SERVER_ERROR;
      return Step.retryAfter(asked != null ? asked.toMillis() : core.backoff().delayMillis(retries));
    }
    if (serverFailed && !request.safeToRepeat()) {
      return Step.fail(new OutcomeUnknownException(request.description(), error));
    }
    return Step.fail(error);
  }

  private Step<T> decideFailure(IOException e) {
    Boolean knownSent = mayHaveBeenSent(e);
    boolean sent = knownSent == null || knownSent;
    attemptFailure = events == null ? null : e.getClass().getSimpleName();
    attemptSent = sent;
    if (Thread.currentThread().isInterrupted()) {
      OrderKitException interrupted = new OrderKitException("Interrupted during "
          + request.description(), e, attempts);
      return Step.fail(sent && !request.safeToRepeat()
          ? new OutcomeUnknownException(request.description(), interrupted)
          : interrupted);
    }
    boolean timeout = e instanceof SocketTimeoutException || e instanceof InterruptedIOException;
    if (!timeout) {
      core.evictIdleConnections(); // the server may have closed the others of its age too
    }
    if (e instanceof StaleConnectionException && !sent && staleRetries < MAX_STALE_RETRIES) {
      // Provably not sent: the pooled connection was found closed before anything was written
      // (and is now evicted). Sent again at once on another connection, without backoff and not
      // counted against the retries, or as an attempt: the server never saw this one.
      staleRetries++;
      attempts--;
      retryReason = RetryReason.STALE_CONNECTION;
      return Step.retryAfter(0);
    }
    String what = request.description() + (timeout ? " timed out" : " failed: connection error")
        + (knownSent == null ? "" : knownSent ? " after the request was sent"
            : " before the request was sent")
        + " (" + e.getClass().getSimpleName() + ")";
    OrderKitException failure = timeout
        ? new ApiTimeoutException(what, e, attempts)
        : new ApiConnectionException(what, e, attempts);
    if (sent && !request.safeToRepeat()) {
      return Step.fail(new OutcomeUnknownException(request.description(), failure));
    }
    if (retries >= maxRetries) {
      return Step.fail(failure);
    }
    int cost = core.retryTokens().cost(timeout);
    if (!core.retryTokens().tryAcquire(cost)) {
      String refused = what + " (" + RetryTokens.EXHAUSTED + ")";
      return Step.fail(timeout ? new ApiTimeoutException(refused, e, attempts)
          : new ApiConnectionException(refused, e, attempts));
    }
    drawn += cost;
    pendingCost = cost;
    retries++;
    retryReason = timeout ? RetryReason.TIMEOUT : RetryReason.CONNECTION_FAILURE;
    return Step.retryAfter(core.backoff().delayMillis(retries));
  }

  private Step<T> decideUnexpected(RuntimeException e) {
    if (e instanceof OrderKitException) {
      return Step.fail((OrderKitException) e);
    }
    OrderKitException failure = new OrderKitException(request.description()
        + " failed inside the HTTP client: " + e.getClass().getName(), e, attempts);
    boolean sent = tracker != null && tracker.mayHaveBeenSent();
    return Step.fail(sent && !request.safeToRepeat()
        ? new OutcomeUnknownException(request.description(), failure)
        : failure);
  }

  /**
   * What a {@link LinkageError} during an attempt means ({@link RuntimeDependencies}): the
   * incompatibility, or, once a request not safe to repeat may have been sent, an unknown
   * outcome caused by it, so that the caller looks before sending the write again.
   */
  public OrderKitException onLinkageError(LinkageError e) {
    OrderKitException incompatible = RuntimeDependencies.fromLinkageError(e);
    boolean sent = tracker != null && tracker.mayHaveBeenSent();
    if (events != null) {
      events.attemptEnded(attempts, 0, e.getClass().getSimpleName(), null, sent);
    }
    return ended(sent && !request.safeToRepeat()
        ? new OutcomeUnknownException(request.description(), incompatible)
        : incompatible);
  }

  /**
   * Whether the attempt that failed with {@code e} may have reached the server: known from the
   * tracker for a request not safe to repeat. A read has no tracker (it is retried either way):
   * only a failure to connect at all tells, for the message, that it was not sent; else null.
   */
  private @Nullable Boolean mayHaveBeenSent(IOException e) {
    if (tracker != null) {
      return tracker.mayHaveBeenSent();
    }
    boolean notConnected = e instanceof java.net.ConnectException
        || e instanceof java.net.UnknownHostException
        || e instanceof java.net.NoRouteToHostException;
    return notConnected ? Boolean.FALSE : null;
  }

  /** How many attempts were started. */
  public int attempts() {
    return attempts;
  }

  /** Wraps an interrupt of the backoff wait. */
  public OrderKitException interrupted(InterruptedException e) {
    refundPendingRetry();
    return ended(new OrderKitException("Interrupted while waiting to retry "
        + request.description(), e, attempts));
  }

  /** Whether the body starts like a JSON object or array (a proxy's HTML page does not). */
  private static boolean looksLikeJson(Buffer buffer) {
    for (long i = BodyText.startsWithBom(buffer) ? 3 : 0; i < buffer.size(); i++) {
      byte b = buffer.getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  private Buffer readBounded(@Nullable ResponseBody body, int status, Headers headers)
      throws IOException {
    Buffer buffer = new Buffer();
    if (body == null) {
      return buffer;
    }
    long limit = core.options().maxResponseBytes();
    BufferedSource source = body.source();
    if (source.request(limit + 1)) {
      Buffer head = new Buffer();
      source.getBuffer().copyTo(head, 0, Math.min(limit, BodyText.MAX_CHARS));
      throw new ResponseDecodingException("the body is larger than the limit of " + limit
          + " bytes", null, status, headers, TransportCore.requestId(headers),
          BodyText.bounded(head) + "…[truncated]", attempts, request.description(),
          request.safeToRepeat());
    }
    source.readAll(buffer);
    return buffer;
  }
}
