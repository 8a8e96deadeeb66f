package dev.orderkit.core.internal;

import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.http.HttpResponseFor;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The async path of an {@link Exchange}: each attempt is enqueued on OkHttp's dispatcher and retry
 * delays wait on {@link RetryScheduler}, so no thread is blocked per call. Cancelling this future
 * cancels the attempt in flight and any pending retry.
 */
public final class AsyncExchange<T> extends CompletableFuture<HttpResponseFor<T>>
    implements Callback {
  private final Exchange<T> exchange;
  private volatile @Nullable Call current;
  private volatile @Nullable ScheduledFuture<?> pendingRetry;

  /** Wraps the exchange; call {@link #start()} to send the first attempt. */
  public AsyncExchange(Exchange<T> exchange) {
    this.exchange = exchange;
  }

  /** Sends the first attempt and returns this future. */
  public AsyncExchange<T> start() {
    attempt();
    return this;
  }

  private void attempt() {
    if (isDone()) {
      return;
    }
    try {
      Call call = exchange.newCall();
      current = call;
      if (isCancelled()) {
        call.cancel();
        return;
      }
      call.enqueue(this);
    } catch (OrderKitException e) {
      super.completeExceptionally(e); // newCall ended the call
    } catch (RuntimeException e) {
      handle(exchange.onUnexpected(e)); // enqueue failed: typed, ending the attempt and the call
    } catch (LinkageError e) {
      super.completeExceptionally(exchange.ended(RuntimeDependencies.fromLinkageError(e)));
    }
  }

  @Override
  public void onResponse(Call call, Response response) {
    if (isDone()) {
      response.close();
      return;
    }
    Step<T> step;
    try {
      step = exchange.onResponse(response);
    } catch (RuntimeException e) {
      response.close();
      step = exchange.onUnexpected(e);
    } catch (LinkageError e) {
      response.close();
      super.completeExceptionally(exchange.onLinkageError(e));
      return;
    }
    handle(step);
  }

  @Override
  public void onFailure(Call call, IOException e) {
    if (isDone()) {
      return;
    }
    Step<T> step;
    try {
      step = exchange.onFailure(e);
    } catch (RuntimeException unexpected) {
      step = exchange.onUnexpected(unexpected);
    } catch (LinkageError linkage) {
      super.completeExceptionally(exchange.onLinkageError(linkage));
      return;
    }
    handle(step);
  }

  private void handle(Step<T> step) {
    if (step.isRetry()) {
      if (step.retryDelayMillis() == 0) {
        attempt();
      } else {
        pendingRetry = RetryScheduler.schedule(this::attempt, step.retryDelayMillis());
        if (isCancelled()) {
          pendingRetry.cancel(false);
        }
      }
    } else if (step.error() != null) {
      super.completeExceptionally(step.error());
    } else if (!super.complete(step.response())) {
      BufferedHttpResponse.release(step.response()); // cancelled meanwhile: nobody will read it
    }
  }

  /** Completing the future from outside also stops the call in flight and any pending retry. */
  @Override
  public boolean complete(HttpResponseFor<T> value) {
    stop();
    return abandonedIf(super.complete(value));
  }

  /** Completing the future from outside also stops the call in flight and any pending retry. */
  @Override
  public boolean completeExceptionally(Throwable ex) {
    stop();
    return abandonedIf(super.completeExceptionally(ex));
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    stop();
    return abandonedIf(cancelled);
  }

  /** Ends the call for the listener when the caller, not the exchange, completed this future. */
  private boolean abandonedIf(boolean completedFromOutside) {
    if (completedFromOutside) {
      exchange.abandoned();
    }
    return completedFromOutside;
  }

  private void stop() {
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    ScheduledFuture<?> retry = pendingRetry;
    if (retry != null) {
      retry.cancel(false);
    }
  }
}
