package dev.orderkit.testkit;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * A plain OkHttp client for calling a fake as any HTTP client would: no SDK, no retries, the
 * fake's key in {@code Authorization}. Close it after the test.
 */
final class PlainHttp implements AutoCloseable {
  static final MediaType JSON = MediaType.get("application/json");

  private final FakeApi fake;
  private final OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
      .readTimeout(5, TimeUnit.SECONDS).build();

  PlainHttp(FakeApi fake) {
    this.fake = fake;
  }

  /** The client, for requests {@link #call} does not cover (another key, no key). */
  OkHttpClient client() {
    return client;
  }

  /** Sends {@code method path} with {@code body} as JSON (or none); returns status and body. */
  String[] call(String method, String path, @Nullable String body) throws IOException {
    Request.Builder request = new Request.Builder().url(fake.baseUrl() + path)
        .header("Authorization", "Bearer " + fake.apiKey());
    request.method(method, body == null ? null : RequestBody.create(body, JSON));
    try (Response response = client.newCall(request.build()).execute()) {
      return new String[] {String.valueOf(response.code()), response.body().string()};
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
