package dev.orderkit.core.internal;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from replaying requests on its own. OkHttp silently re-sends any request, POSTs
 * included, that got {@code 503} with {@code Retry-After: 0}; that would bypass the order rule
 * (and re-send a cekceir order whose 503 is a final result). The network interceptor hides the
 * header from OkHttp's follow-up logic; the application interceptor puts it back, so callers and
 * the retry logic see the response as the server sent it.
 */
public final class RetryAfterShield {
  private static final String HIDDEN = "OrderKit-Hidden-Retry-After";

  private RetryAfterShield() {}

  /** Network interceptor: renames {@code Retry-After} on 503 responses before OkHttp sees it. */
  public static final Interceptor HIDE = chain -> {
    Response response = chain.proceed(chain.request());
    String value = response.header("Retry-After");
    if (response.code() != 503 || value == null) {
      return response;
    }
    okhttp3.Headers headers = response.headers().newBuilder().removeAll("Retry-After")
        .addUnsafeNonAscii(HIDDEN, value).build();
    return response.newBuilder().headers(headers).build();
  };

  /** Application interceptor: restores the renamed header. */
  public static final Interceptor RESTORE = chain -> {
    Response response = chain.proceed(chain.request());
    String value = response.header(HIDDEN);
    if (value == null) {
      return response;
    }
    okhttp3.Headers headers = response.headers().newBuilder().removeAll(HIDDEN)
        .addUnsafeNonAscii("Retry-After", value).build();
    return response.newBuilder().headers(headers).build();
  };
}
