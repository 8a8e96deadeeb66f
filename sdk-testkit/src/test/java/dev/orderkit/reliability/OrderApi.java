package dev.orderkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.core.ApiClient;
import dev.orderkit.core.ClientBuilder;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.testkit.FakeApi;
import dev.orderkit.testkit.FakeBosOnlineApi;
import dev.orderkit.testkit.FakeCekatApi;
import dev.orderkit.testkit.FakeCekceirApi;
import dev.orderkit.testkit.FakePartnerApi;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The four APIs as the reliability tests drive them, one order-creating call each: a fresh testkit
 * fake, how many orders it holds, and a client on it that makes the create (blocking or async,
 * with given {@link RequestOptions}) and a read (which leaves its connection in the pool).
 */
enum OrderApi {
  CEKCEIR("cekceir orders().create(cek_imei)", new Binding<FakeCekceirApi, CekceirClient>(
      FakeCekceirApi::new, fake -> fake.orders().size(),
      (fake, settings) -> configured(fake.clientBuilder(), settings).build(),
      (client, code, options) -> client.orders().create(SampleOrders.cekceir(), options),
      (client, code, options) -> client.async().orders().create(SampleOrders.cekceir(), options),
      // cekceir has no read endpoint: a GET of the order path (405, a complete answer)
      answeredGet("api/order"))),
  CEKAT("cekat orders().create", new Binding<FakeCekatApi, CekatClient>(
      FakeCekatApi::new, fake -> fake.orders().size(),
      (fake, settings) -> configured(fake.clientBuilder(), settings).build(),
      (client, code, options) -> client.orders().create(SampleOrders.cekat(), options),
      (client, code, options) -> client.async().orders().create(SampleOrders.cekat(), options),
      typedRead(client -> client.orders().list(cekatList()),
          client -> client.async().orders().list(cekatList())))),
  PARTNER("partner orders().create", new Binding<FakePartnerApi, PartnerClient>(
      FakePartnerApi::new, fake -> fake.orders().size(),
      (fake, settings) -> configured(fake.clientBuilder(), settings).build(),
      (client, code, options) -> client.orders().create(SampleOrders.partner(code), options),
      (client, code, options) ->
          client.async().orders().create(SampleOrders.partner(code), options),
      // a POST that is safe to repeat: a read too
      typedRead(client -> client.orders().list(partnerList()),
          client -> client.async().orders().list(partnerList())))),
  BOSONLINE("bosOnline checkout().create(formId)", new Binding<FakeBosOnlineApi, BosOnlineClient>(
      FakeBosOnlineApi::new, fake -> fake.orders().size(),
      (fake, settings) -> configured(fake.clientBuilder(), settings).build(),
      (client, code, options) -> client.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID,
          SampleOrders.bosOnline(), options),
      (client, code, options) -> client.async().checkout().create(
          FakeBosOnlineApi.EXAMPLE_FORM_ID, SampleOrders.bosOnline(), options),
      // bosOnline has no read endpoint: a GET of the form (404, a complete answer)
      answeredGet("order/" + FakeBosOnlineApi.EXAMPLE_FORM_ID)));

  /** How long an async call may take before the case gives up on it. */
  private static final long ASYNC_LIMIT_SECONDS = 15;

  /** How the call is made. */
  enum Mode {
    BLOCKING, ASYNC
  }

  /** What a case sets on the fake's own client builder before the client is built. */
  interface Settings {
    Settings NONE = builder -> { };

    void applyTo(ClientBuilder<?> builder);
  }

  /** A client on one fake: the API's create and read, made as often as the case needs. */
  interface Session extends AutoCloseable {
    /** Makes the create once; the result, or what it threw. */
    Object create(Mode mode, RequestOptions options) throws Exception;

    /** Makes the read once; an error answer counts as answered where the API has no read. */
    void read(Mode mode) throws Exception;

    @Override
    void close();
  }

  final String call;
  private final Binding<?, ?> binding;

  OrderApi(String call, Binding<?, ?> binding) {
    this.call = call;
    this.binding = binding;
  }

  /** A fresh fake of this API, started. */
  FakeApi startFake() {
    return binding.newFake.get().start();
  }

  /** How many orders {@code fake} (from {@link #startFake()}) holds. */
  int held(FakeApi fake) {
    return binding.held(fake);
  }

  /**
   * A client on {@code fake} with {@code settings}; a partner order is created under {@code
   * orderCode} (the other APIs' sample orders have no code of the caller's).
   */
  Session open(FakeApi fake, Settings settings, String orderCode) {
    return binding.open(fake, settings, orderCode);
  }

  @Override
  public String toString() {
    return call;
  }

  /** Waits for an async call; its failure is thrown as the exception the future completed with. */
  static <T> T await(CompletableFuture<T> future) throws Exception {
    try {
      return future.get(ASYNC_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw e;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    }
  }

  // ---- how each API is bound ----

  private static <B extends ClientBuilder<B>> B configured(B builder, Settings settings) {
    settings.applyTo(builder);
    return builder;
  }

  private static dev.orderkit.cekat.model.ListOrdersParams cekatList() {
    return dev.orderkit.cekat.model.ListOrdersParams.builder().build();
  }

  private static dev.orderkit.partner.model.ListOrdersParams partnerList() {
    return dev.orderkit.partner.model.ListOrdersParams.builder().perPage(2).build();
  }

  /** A call of the API on its client, for one order code, with options. */
  interface Create<C, R> {
    R make(C client, String orderCode, RequestOptions options);
  }

  /** A read of the API on its client. */
  interface Read<C> {
    void make(C client, Mode mode) throws Exception;
  }

  /** A typed read: its result must be there. */
  private static <C> Read<C> typedRead(Function<C, Object> blocking,
      Function<C, CompletableFuture<?>> async) {
    return (client, mode) -> {
      Object read = mode == Mode.BLOCKING ? blocking.apply(client) : await(async.apply(client));
      assertThat(read).isNotNull();
    };
  }

  /**
   * A GET of {@code path}, answered (an error answer included): the exchange completes and leaves
   * its connection in the pool, which is all the read is for.
   */
  private static <C extends ApiClient<C>> Read<C> answeredGet(String path) {
    return (client, mode) -> {
      try {
        if (mode == Mode.BLOCKING) {
          client.request("GET", path).execute();
        } else {
          await(client.request("GET", path).executeAsync());
        }
      } catch (ApiException e) {
        // an HTTP error answer: the exchange completed and left its connection in the pool
      }
    };
  }

  /** One API's fake, client and calls, with their own types. */
  private static final class Binding<F extends FakeApi, C extends ApiClient<C>> {
    final Supplier<F> newFake;
    private final ToIntFunction<F> held;
    private final BiFunction<F, Settings, C> client;
    private final Create<C, Object> create;
    private final Create<C, CompletableFuture<?>> createAsync;
    private final Read<C> read;

    Binding(Supplier<F> newFake, ToIntFunction<F> held, BiFunction<F, Settings, C> client,
        Create<C, Object> create, Create<C, CompletableFuture<?>> createAsync, Read<C> read) {
      this.newFake = newFake;
      this.held = held;
      this.client = client;
      this.create = create;
      this.createAsync = createAsync;
      this.read = read;
    }

    @SuppressWarnings("unchecked") // the fake came from newFake
    private F own(FakeApi fake) {
      return (F) fake;
    }

    int held(FakeApi fake) {
      return held.applyAsInt(own(fake));
    }

    Session open(FakeApi fake, Settings settings, String orderCode) {
      C c = client.apply(own(fake), settings);
      return new Session() {
        @Override
        public Object create(Mode mode, RequestOptions options) throws Exception {
          return mode == Mode.BLOCKING
              ? create.make(c, orderCode, options)
              : await(createAsync.make(c, orderCode, options));
        }

        @Override
        public void read(Mode mode) throws Exception {
          read.make(c, mode);
        }

        @Override
        public void close() {
          c.close();
        }
      };
    }
  }
}
