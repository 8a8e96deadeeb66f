package consumer;

import consumer.common.RetrofitFlow;
import java.io.IOException;

/** Retrofit 3.0.0 and sdk-partner in one app: one OkHttp, one Okio, and both work. */
public final class Main {
  private Main() {}

  /** Runs the checks; an exception fails the build. */
  public static void main(String[] args) throws IOException {
    RetrofitFlow.checkAppWithRetrofit();
  }
}
