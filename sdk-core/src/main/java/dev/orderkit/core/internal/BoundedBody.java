package dev.orderkit.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Caps every response body at the size limit plus one byte, below the logging interceptor, so
 * neither body logging nor parsing ever holds more than the limit in memory. The transport sees
 * the extra byte and fails the call with a clean "larger than the limit" decoding error.
 */
public final class BoundedBody {
  private BoundedBody() {}

  /** An application interceptor capping bodies at {@code maxBytes + 1}. */
  public static Interceptor interceptor(long maxBytes) {
    return chain -> {
      Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      if (body == null) {
        return response;
      }
      long cap = maxBytes + 1;
      Source limited = new Limited(body.source(), cap);
      long length = body.contentLength() >= 0 ? Math.min(body.contentLength(), cap) : -1;
      ResponseBody bounded = ResponseBody.create(Okio.buffer(limited), body.contentType(), length);
      return response.newBuilder().body(bounded).build();
    };
  }

  private static final class Limited extends ForwardingSource {
    private long remaining;

    Limited(Source delegate, long limit) {
      super(delegate);
      this.remaining = limit;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      long read = super.read(sink, Math.min(byteCount, remaining));
      if (read > 0) {
        remaining -= read;
      }
      return read;
    }
  }
}
