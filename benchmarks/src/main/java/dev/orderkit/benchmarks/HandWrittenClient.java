package dev.orderkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The baseline: the partner detail call as a developer would write it without OrderKit. One
 * {@link OkHttpClient}, the same headers the API needs (bearer key, tenant, Accept), the status
 * checked, the body streamed into plain classes by Moshi's reflection, with the two small
 * adapters any such client needs (amounts as {@link BigDecimal}, ISO times).
 */
final class HandWrittenClient {
  /** The Moshi of a typical hand-written client: reflection plus two value adapters. */
  static final Moshi MOSHI = new Moshi.Builder()
      .add(BigDecimal.class, new JsonAdapter<BigDecimal>() {
        @Override
        public BigDecimal fromJson(JsonReader reader) throws IOException {
          if (reader.peek() == JsonReader.Token.NULL) {
            return reader.nextNull();
          }
          return new BigDecimal(reader.nextString());
        }

        @Override
        public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
          writer.value(value);
        }
      }.nullSafe())
      .add(OffsetDateTime.class, new JsonAdapter<OffsetDateTime>() {
        @Override
        public OffsetDateTime fromJson(JsonReader reader) throws IOException {
          if (reader.peek() == JsonReader.Token.NULL) {
            return reader.nextNull();
          }
          return OffsetDateTime.parse(reader.nextString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }

        @Override
        public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
          writer.value(value.toString());
        }
      }.nullSafe())
      .build();

  private static final JsonAdapter<Plain.DetailEnvelope> DETAIL =
      MOSHI.adapter(Plain.DetailEnvelope.class);

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String authorization;
  private final String tenantId;

  HandWrittenClient(OkHttpClient http, String baseUrl, String apiKey, String tenantId) {
    this.http = http;
    this.baseUrl = HttpUrl.get(baseUrl);
    this.authorization = "Bearer " + apiKey;
    this.tenantId = tenantId;
  }

  /** {@code GET /api/partner/v1/orders/{id}/detail}, decoded. */
  Plain.OrderDetail detail(long orderId) throws IOException {
    try (Response response = http.newCall(detailRequest(orderId)).execute()) {
      return decode(response);
    }
  }

  /** The same without blocking, as an app on OkHttp's {@code enqueue} writes it. */
  CompletableFuture<Plain.OrderDetail> detailAsync(long orderId) {
    CompletableFuture<Plain.OrderDetail> future = new CompletableFuture<>();
    http.newCall(detailRequest(orderId)).enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        try (Response r = response) {
          future.complete(decode(r));
        } catch (IOException | RuntimeException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call call, IOException e) {
        future.completeExceptionally(e);
      }
    });
    return future;
  }

  private Request detailRequest(long orderId) {
    HttpUrl url = baseUrl.newBuilder()
        .addPathSegments("api/partner/v1/orders")
        .addPathSegment(Long.toString(orderId))
        .addPathSegment("detail")
        .build();
    return new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("X-Tenant-Id", tenantId)
        .header("Accept", "application/json")
        .get()
        .build();
  }

  private static Plain.OrderDetail decode(Response response) throws IOException {
    ResponseBody body = response.body();
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code() + ": " + body.string());
    }
    Plain.DetailEnvelope envelope = DETAIL.fromJson(body.source());
    if (envelope == null || envelope.status >= 400 || envelope.data == null) {
      throw new IOException("API error: " + (envelope == null ? "empty" : envelope.message));
    }
    return envelope.data;
  }
}
