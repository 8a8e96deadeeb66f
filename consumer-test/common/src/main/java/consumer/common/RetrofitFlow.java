package consumer.common;

import static consumer.common.Checks.check;

import dev.orderkit.testkit.FakePartnerApi;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;

/**
 * The app's own Retrofit at work beside OrderKit, on the same OkHttp: one list call to the
 * partner fake (the same in Retrofit 2.x and 3.x).
 */
public final class RetrofitFlow {
  private RetrofitFlow() {}

  /** The app's own Retrofit interface. */
  interface PartnerOrders {
    @POST("api/partner/v1/orders")
    Call<ResponseBody> list(@Header("Authorization") String authorization,
        @Header("X-Tenant-Id") String tenant, @Body RequestBody page);
  }

  /**
   * The program of an app that has Retrofit and sdk-partner (Retrofit 3, or 2 aligned with
   * okhttp-bom): one OkHttp and one Okio, then OrderKit's flow and Retrofit's call both work.
   */
  public static void checkAppWithRetrofit() throws IOException {
    System.out.println(Checks.oneOkHttpAndOneOkio());
    System.out.println(PartnerFlow.run());
    System.out.println(run());
  }

  /** Lists orders with Retrofit; returns a one-line summary. */
  public static String run() throws IOException {
    try (FakePartnerApi fake = new FakePartnerApi().start()) {
      Retrofit retrofit = new Retrofit.Builder().baseUrl(fake.baseUrl()).build();
      Response<ResponseBody> response = retrofit.create(PartnerOrders.class)
          .list("Bearer " + FakePartnerApi.DEFAULT_API_KEY, FakePartnerApi.DEFAULT_TENANT_ID,
              RequestBody.create("{\"page\": 1, \"per_page\": 10, \"sort_direction\": \"desc\"}",
                  MediaType.get("application/json")))
          .execute();
      check(response.code() == 200, "Retrofit list: HTTP " + response.code());
      try (ResponseBody body = response.body()) {
        check(body != null && body.string().contains("\"data\""), "Retrofit list body");
      }
      return "Retrofit listed orders: HTTP " + response.code();
    }
  }
}
