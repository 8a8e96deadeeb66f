package consumer;

import consumer.common.RetrofitFlow;
import java.io.IOException;

/** Retrofit 2.11.0 and sdk-partner with okhttp-bom 4.12.0: one OkHttp, one Okio, both work. */
public final class Main {
  private Main() {}

  /** Runs the checks; an exception fails the build. */
  public static void main(String[] args) throws IOException {
    RetrofitFlow.checkAppWithRetrofit();
  }
}
