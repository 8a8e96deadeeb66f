package dev.orderkit.core.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from replaying requests on its own. OkHttp silently re-sends any request, POSTs
 * included, that got {@code 503} with {@code Retry-After: 0}; that would bypass the order rule
 * (and re-send a cekceir order whose 503 is a final result). {@link #hide} renames the header in
 * the network interceptor, below OkHttp's follow-up logic; {@link #restore} puts it back where
 * OrderKit reads the response, so callers and the retry logic see the response as the server
 * sent it. {@link #RESTORE} does the same for application interceptors of a caller's own
 * OkHttp client.
 */
public final class RetryAfterShield {
  private static final String HIDDEN = "OrderKit-Hidden-Retry-After";

  private RetryAfterShield() {}

  /** Renames {@code Retry-After} on a 503 response before OkHttp sees it. */
  static Response hide(Response response) {
    if (response.code() != 503) {
      return response; // no header lookups on the usual path
    }
    String value = response.header("Retry-After");
    if (value == null) {
      return response;
    }
    return response.newBuilder().headers(rename(response.headers(), "Retry-After", HIDDEN, value))
        .build();
  }

  /** Returns {@code headers} of a response with a hidden {@code Retry-After} put back. */
  public static Headers restore(int status, Headers headers) {
    if (status != 503) {
      return headers;
    }
    String value = headers.get(HIDDEN);
    return value == null ? headers : rename(headers, HIDDEN, "Retry-After", value);
  }

  /**
   * Application interceptor restoring the header for interceptors of a caller's own client
   * (installed only when that client has some).
   */
  public static final Interceptor RESTORE = new Interceptor() { // not a lambda: cold start
    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      Headers headers = restore(response.code(), response.headers());
      return headers == response.headers() ? response
          : response.newBuilder().headers(headers).build();
    }
  };

  private static Headers rename(Headers headers, String from, String to, String value) {
    return headers.newBuilder().removeAll(from).addUnsafeNonAscii(to, value).build();
  }
}
