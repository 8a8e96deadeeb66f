package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.core.ApiClient;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.Credentials;
import dev.orderkit.core.LogLevel;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.testkit.Fault;
import dev.orderkit.testkit.FakeBosOnlineApi;
import dev.orderkit.testkit.FakeCekatApi;
import dev.orderkit.testkit.FakeCekceirApi;
import dev.orderkit.testkit.FakePartnerApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * With a recognisable key, tenant and token, at every log level: no log line, exception message,
 * exception {@code toString()} (whole cause chain) or {@code toString()} of clients, options,
 * params and results contains them.
 */
class SecretsTest {
  private static final String KEY = "sk_live_RECOGNISABLE_KEY_4242";
  private static final String WRONG_KEY = "sk_live_WRONG_BUT_SECRET_9191";
  private static final String TENANT = "TENANT-RECOGNISABLE-7";

  private final List<String> texts = new ArrayList<>();

  private void keep(Object value) {
    texts.add(String.valueOf(value));
  }

  private void keepFailure(Runnable call) {
    try {
      keep(callResult(call));
    } catch (Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        keep(t.getMessage());
        keep(t);
        for (Throwable s : t.getSuppressed()) {
          keep(s.getMessage());
        }
      }
    }
  }

  private static Object callResult(Runnable call) {
    call.run();
    return "ok";
  }

  private static <B extends ClientBuilder<B>> B logging(B builder, LogLevel level,
      List<String> lines) {
    return builder.logLevel(level).logger(lines::add);
  }

  @Test
  void noSecretAppearsAnywhere() {
    List<String> logs = new CopyOnWriteArrayList<>();
    String token;
    try (FakePartnerApi partnerFake = new FakePartnerApi(KEY, TENANT).start();
        FakeCekceirApi cekceirFake = new FakeCekceirApi(KEY).start();
        FakeCekatApi cekatFake = new FakeCekatApi(KEY).start();
        FakeBosOnlineApi bosFake = new FakeBosOnlineApi(KEY).start()) {
      token = bosFake.issueToken();
      for (LogLevel level : LogLevel.values()) {
        try (PartnerClient partner = logging(partnerFake.clientBuilder(), level, logs).build();
            PartnerClient wrong = logging(partnerFake.clientBuilder().apiKey(WRONG_KEY), level,
                logs).build();
            CekceirClient cekceir = logging(cekceirFake.clientBuilder(), level, logs).build();
            CekatClient cekat = logging(cekatFake.clientBuilder(), level, logs)
                .readTimeout(Duration.ofMillis(200)).maxRetries(0).build();
            BosOnlineClient bos = logging(bosFake.clientBuilder(), level, logs)
                .credentials(Credentials.refreshing(bosFake::issueToken)).build()) {
          for (ApiClient<?> client : new ApiClient<?>[] {partner, wrong, cekceir, cekat, bos}) {
            keep(client);
            keep(client.options());
          }
          keepFailure(() -> keep(partner.orders().list(
              dev.orderkit.partner.model.ListOrdersParams.builder().build())));
          keepFailure(() -> keep(partner.orders().detail(999)));                  // 404
          keepFailure(() -> keep(wrong.orders().detail(1)));                      // 401
          CreateOrderParams imei = CreateOrderParams.builder().code("cek_imei")
              .data(CekImei.of("356938035643809")).build();
          keep(imei);
          keepFailure(() -> keep(cekceir.orders().create(imei)));
          keepFailure(() -> keep(cekceir.orders().create(CreateOrderParams.builder()
              .code("cek_imei").putData("imeis", new ArrayList<>()).build())));  // 422
          cekatFake.faults().next(Fault.slowAfterProcessing(Duration.ofSeconds(1)));
          keepFailure(() -> keep(cekat.orders().list(ListOrdersParams.builder().build()))); // timeout
          keepFailure(() -> keep(cekat.orders().list(ListOrdersParams.builder().build(),
              RequestOptions.builder().header("X-Debug", "1").build())));
          bosFake.expireToken();
          keepFailure(() -> keep(bos.request("GET", "/order/unknown-path").execute().bodyText()));
          keepFailure(() -> keep(bos.request("GET", "/order/unknown-path")
              .options(RequestOptions.builder().header("Authorization", "Bearer " + token).build())
              .execute()));
        }
      }
    }
    texts.addAll(logs);

    int occurrences = 0;
    List<String> leaks = new ArrayList<>();
    for (String text : texts) {
      for (String secret : new String[] {KEY, WRONG_KEY, TENANT, token}) {
        if (text != null && text.contains(secret)) {
          occurrences++;
          leaks.add(secret + " in: " + text.substring(0, Math.min(200, text.length())));
        }
      }
    }
    System.out.printf("RELIABILITY secrets checked=%d log_lines=%d occurrences=%d%n",
        texts.size(), logs.size(), occurrences);
    assertThat(logs).as("something was logged").isNotEmpty();
    assertThat(leaks).isEmpty();
  }
}
