package dev.orderkit.core.internal;

import dev.orderkit.core.errors.OrderKitException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A future derived from another that stays connected to it: cancelling (or completing) this one
 * cancels the source, so the HTTP call stops. Unlike {@code thenApply}, failures arrive as the
 * OrderKit exception itself, never wrapped in a {@link CompletionException}.
 */
public final class MappedFuture<S, R> extends CompletableFuture<R> {
  private final CompletableFuture<S> source;

  private MappedFuture(CompletableFuture<S> source) {
    this.source = source;
  }

  /** A future completing with {@code mapper}'s result once {@code source} completes. */
  public static <S, R> CompletableFuture<R> of(CompletableFuture<S> source,
      Function<? super S, ? extends R> mapper) {
    MappedFuture<S, R> mapped = new MappedFuture<>(source);
    source.whenComplete((value, error) -> {
      if (error != null) {
        mapped.fail(unwrap(error));
        return;
      }
      try {
        mapped.succeed(mapper.apply(value));
      } catch (RuntimeException e) {
        mapped.fail(asOrderKit(e));
      } catch (LinkageError e) {
        mapped.fail(RuntimeDependencies.fromLinkageError(e));
      }
    });
    return mapped;
  }

  /** What the caller gets for a mapper's failure: an OrderKit exception as it is, else wrapped. */
  public static OrderKitException asOrderKit(RuntimeException e) {
    return e instanceof OrderKitException ? (OrderKitException) e
        : new OrderKitException("Could not process the response: " + e.getClass().getName(), e, 0);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e instanceof CompletionException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private void succeed(R value) {
    super.complete(value);
  }

  private void fail(Throwable error) {
    super.completeExceptionally(error);
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    source.cancel(mayInterruptIfRunning);
    return cancelled;
  }

  @Override
  public boolean complete(R value) {
    source.cancel(false);
    return super.complete(value);
  }

  @Override
  public boolean completeExceptionally(Throwable ex) {
    source.cancel(false);
    return super.completeExceptionally(ex);
  }
}
