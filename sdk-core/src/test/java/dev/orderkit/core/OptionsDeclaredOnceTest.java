package dev.orderkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.InvalidInputException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each client option is declared once ({@link OptionSetters}, {@link OptionValues}): the option
 * builder and every client builder offer the same setters, {@code toString()} shows every option
 * but no secret, {@code toBuilder()} keeps every option, and {@code fromEnv} reads what it did.
 */
class OptionsDeclaredOnceTest {
  private static final String KEY = "sk_live_DECLARED_ONCE_KEY_42";
  private static final String TOKEN = "eyJ.DECLARED-ONCE-TOKEN.sig";
  private static final String TENANT = "TENANT-DECLARED-ONCE-9";

  /** The option setters, as {@code name(parameter types)}: the same on both builders. */
  private static final List<String> SETTERS = Arrays.asList(
      "allowCleartext(boolean)",
      "apiKey(java.lang.String)",
      "baseUrl(java.lang.String)",
      "connectTimeout(java.time.Duration)",
      "credentials(dev.orderkit.core.Credentials)",
      "header(java.lang.String, java.lang.String)",
      "httpClient(okhttp3.OkHttpClient)",
      "initialRetryDelay(java.time.Duration)",
      "listener(dev.orderkit.core.events.CallListener)",
      "logLevel(dev.orderkit.core.LogLevel)",
      "logger(dev.orderkit.core.OrderKitLogger)",
      "maxConcurrentRequests(int)",
      "maxResponseBytes(long)",
      "maxRetries(int)",
      "maxRetryAfter(java.time.Duration)",
      "maxRetryDelay(java.time.Duration)",
      "readTimeout(java.time.Duration)",
      "retryQuota(dev.orderkit.core.RetryQuota)",
      "tenantHeader(java.lang.String)",
      "tenantId(java.lang.String)",
      "timeout(java.time.Duration)",
      "writeTimeout(java.time.Duration)");

  /** Getters whose value is a secret: shown only as {@code <redacted>} or {@code none}. */
  private static final Set<String> SECRET_GETTERS =
      new TreeSet<>(Arrays.asList("credentials", "tenantId"));

  private OkHttpClient client;

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** A client builder as an API module writes one. */
  static final class TestClientBuilder extends ClientBuilder<TestClientBuilder> {
    final List<String> ownVariablesRead = new ArrayList<>();

    TestClientBuilder() {
      super("TEST");
    }

    @Override
    protected TestClientBuilder self() {
      return this;
    }

    @Override
    protected void readEnv(Function<String, @Nullable String> env) {
      ownVariablesRead.add("TEST_TENANT_ID");
      String tenant = env.apply("TEST_TENANT_ID");
      if (tenant != null) {
        options.tenantId(tenant.trim());
      }
    }

    ClientOptions build(boolean tenantRequired) {
      return buildOptions("test API", tenantRequired);
    }
  }

  // ---------------------------------------------------------------- (a) the same setters

  /** Public instance methods returning the builder for chaining, but for fromEnv and options. */
  private static Map<String, Method> setters(Class<?> builder) {
    Map<String, Method> setters = new TreeMap<>();
    for (Method m : builder.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.isBridge() || m.isSynthetic()
          || !OptionSetters.class.isAssignableFrom(m.getReturnType())
          || m.getName().equals("fromEnv") // shaped by who knows the prefix; see fromEnv tests
          || m.getName().equals("options")) { // ClientBuilder's way to the ClientOptions.Builder
        continue;
      }
      String params = Arrays.stream(m.getParameterTypes()).map(Class::getName)
          .collect(Collectors.joining(", ", "(", ")"));
      setters.put(m.getName() + params, m);
    }
    return setters;
  }

  @Test
  void optionBuilderAndClientBuilderHaveTheSameSetters() {
    Map<String, Method> optionSetters = setters(ClientOptions.Builder.class);
    Map<String, Method> clientSetters = setters(TestClientBuilder.class);

    assertThat(optionSetters.keySet()).containsExactlyElementsOf(SETTERS);
    assertThat(clientSetters.keySet()).containsExactlyElementsOf(optionSetters.keySet());
  }

  @Test
  void everySetterIsTheOneDeclaredInOptionSetters() {
    List<Method> all = new ArrayList<>(setters(ClientOptions.Builder.class).values());
    all.addAll(setters(TestClientBuilder.class).values());

    assertThat(all).hasSize(2 * SETTERS.size())
        .allSatisfy(m -> assertThat(m.getDeclaringClass()).as(m.toString())
            .isEqualTo(OptionSetters.class));
  }

  @Test
  void everySetterChainsAsTheConcreteBuilder() {
    ClientOptions.Builder options = ClientOptions.builder();
    TestClientBuilder client = new TestClientBuilder();

    assertThat(options.maxRetries(1)).isSameAs(options);
    assertThat(client.maxRetries(1)).isSameAs(client);
    assertThat(client.options(o -> o.maxRetries(2))).isSameAs(client);
  }

  /** ClientOptions' public getters, by name. */
  private static List<Method> getters() {
    return Arrays.stream(ClientOptions.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0 && !m.getName().equals("toString")
            && !m.getName().equals("toBuilder"))
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .collect(Collectors.toList());
  }

  @Test
  void toStringShowsEveryGetterAndRedactsTheSecretOnes() throws Exception {
    ClientOptions options = configured();
    String text = options.toString();

    assertThat(getters()).extracting(Method::getName).hasSize(23).contains("credentials",
        "tenantId", "maxResponseBytes");
    for (Method getter : getters()) {
      String name = getter.getName();
      if (SECRET_GETTERS.contains(name)) {
        assertThat(text).as(name).contains(", " + name + "=<redacted>");
      } else {
        assertThat(text).as(name).containsPattern("[{ ]" + name + "=");
      }
    }
  }

  // ---------------------------------------------------------------- (b) toString

  private ClientOptions configured() {
    client = new OkHttpClient();
    return ClientOptions.builder()
        .baseUrl("http://example.com/prefix")
        .credentials(Credentials.bearer(KEY))
        .allowCleartext(true)
        .tenantId(TENANT)
        .tenantHeader("X-Org")
        .header("X-Trace", "trace-1")
        .header("X-Api-Key", KEY)
        .connectTimeout(Duration.ofSeconds(3))
        .readTimeout(Duration.ofSeconds(4))
        .writeTimeout(Duration.ofSeconds(5))
        .timeout(Duration.ofSeconds(6))
        .maxRetries(7)
        .initialRetryDelay(Duration.ofMillis(8))
        .maxRetryDelay(Duration.ofMillis(9))
        .maxRetryAfter(Duration.ofSeconds(11))
        .retryQuota(RetryQuota.of(50, 2, 3))
        .logLevel(LogLevel.BODY)
        .logger(line -> { })
        .httpClient(client)
        .maxConcurrentRequests(9)
        .maxResponseBytes(1234)
        .listener(LISTENER)
        .build();
  }

  private static final dev.orderkit.core.events.CallListener LISTENER =
      new dev.orderkit.core.events.CallListener() { };

  @Test
  void toStringOfConfiguredOptionsIsExactAndHasNoSecret() {
    String text = configured().toString();

    assertThat(text).isEqualTo("ClientOptions{baseUrl=http://example.com/prefix/, "
        + "credentials=<redacted>, tenantId=<redacted>, tenantHeader=X-Org, "
        + "defaultHeaders=[X-Api-Key, X-Trace], connectTimeout=PT3S, readTimeout=PT4S, "
        + "writeTimeout=PT5S, timeout=PT6S, timeoutsExplicit=true, maxRetries=7, "
        + "initialRetryDelay=PT0.008S, maxRetryDelay=PT0.009S, maxRetryAfter=PT11S, "
        + "retryQuota=RetryQuota{capacity=50, retryCost=2, timeoutRetryCost=3}, "
        + "logLevel=BODY, logger=custom, httpClient=<shared>, maxConcurrentRequests=9, "
        + "maxConcurrentRequestsExplicit=true, allowCleartext=true, "
        + "maxResponseBytes=1234, listener=custom}");
    assertThat(text).doesNotContain(KEY, TENANT, "trace-1");
  }

  @Test
  void toStringOfDefaultsIsExact() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://api.example.com")
        .logLevel(LogLevel.NONE).build();

    assertThat(options.toString()).isEqualTo("ClientOptions{baseUrl=https://api.example.com/, "
        + "credentials=none, tenantId=none, tenantHeader=X-Tenant-Id, defaultHeaders=[], "
        + "connectTimeout=PT10S, readTimeout=PT30S, writeTimeout=PT30S, timeout=PT0S, "
        + "timeoutsExplicit=false, maxRetries=2, initialRetryDelay=PT0.5S, maxRetryDelay=PT8S, "
        + "maxRetryAfter=PT1M, "
        + "retryQuota=RetryQuota{capacity=500, retryCost=5, timeoutRetryCost=10}, "
        + "logLevel=NONE, logger=java.util.logging, httpClient=none, "
        + "maxConcurrentRequests=64, maxConcurrentRequestsExplicit=false, "
        + "allowCleartext=false, maxResponseBytes=16777216, listener=none}");
  }

  @Test
  void toStringHidesAnApiKeyAndAFetchedToken() {
    ClientOptions withKey = ClientOptions.builder().baseUrl("https://api.example.com")
        .apiKey(KEY).logLevel(LogLevel.NONE).build();
    Credentials refreshing = Credentials.refreshing(() -> TOKEN);
    assertThat(refreshing.token()).isEqualTo(TOKEN); // fetched: held by the credentials now
    ClientOptions withToken = withKey.toBuilder().credentials(refreshing).build();

    assertThat(withKey.toString()).startsWith("ClientOptions{baseUrl=https://api.example.com/, "
        + "credentials=<redacted>, tenantId=none, ").doesNotContain(KEY);
    assertThat(withToken.toString()).contains("credentials=<redacted>").doesNotContain(TOKEN, KEY);
    TestClientBuilder builder = new TestClientBuilder().baseUrl("https://api.example.com")
        .apiKey(KEY).tenantId(TENANT);
    assertThat(builder.build(true).toString()).doesNotContain(KEY, TENANT);
  }

  // ---------------------------------------------------------------- (c) toBuilder

  @Test
  void toBuilderBuildKeepsEveryGetterOfOptionsThatDifferFromTheDefaults() throws Exception {
    ClientOptions defaults = ClientOptions.builder().baseUrl("https://api.example.com")
        .logLevel(LogLevel.NONE).build();
    ClientOptions original = configured();

    ClientOptions copy = original.toBuilder().build();

    for (Method getter : getters()) {
      Object value = getter.invoke(original);
      assertThat(value).as("%s is set to other than its default", getter.getName())
          .isNotEqualTo(getter.invoke(defaults));
      assertThat(getter.invoke(copy)).as(getter.getName()).isEqualTo(value);
    }
  }

  @Test
  void toBuilderBuildKeepsEachOptionsExactValue() {
    ClientOptions original = configured();

    ClientOptions copy = original.toBuilder().build();

    assertThat(copy.baseUrl().toString()).isEqualTo("http://example.com/prefix/");
    assertThat(copy.credentials()).isSameAs(original.credentials());
    assertThat(copy.credentials().token()).isEqualTo(KEY);
    assertThat(copy.tenantId()).isEqualTo(TENANT);
    assertThat(copy.tenantHeader()).isEqualTo("X-Org");
    assertThat(copy.defaultHeaders().get("X-Trace")).isEqualTo("trace-1");
    assertThat(copy.defaultHeaders().get("X-Api-Key")).isEqualTo(KEY);
    assertThat(copy.defaultHeaders().size()).isEqualTo(2);
    assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(copy.writeTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.timeout()).isEqualTo(Duration.ofSeconds(6));
    assertThat(copy.timeoutsExplicit()).isTrue();
    assertThat(copy.maxRetries()).isEqualTo(7);
    assertThat(copy.initialRetryDelay()).isEqualTo(Duration.ofMillis(8));
    assertThat(copy.maxRetryDelay()).isEqualTo(Duration.ofMillis(9));
    assertThat(copy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(11));
    assertThat(copy.logLevel()).isEqualTo(LogLevel.BODY);
    assertThat(copy.logger()).isSameAs(original.logger());
    assertThat(copy.httpClient()).isSameAs(client);
    assertThat(copy.allowCleartext()).isTrue();
    assertThat(copy.maxResponseBytes()).isEqualTo(1234);
    assertThat(copy.retryQuota()).isEqualTo(RetryQuota.of(50, 2, 3));
    assertThat(copy.listener()).isSameAs(LISTENER);
    assertThat(copy.maxConcurrentRequests()).isEqualTo(9);
    assertThat(copy.maxConcurrentRequestsExplicit()).isTrue();
  }

  @Test
  void aBuilderAndItsToBuilderCopiesDoNotShareState() {
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl("https://api.example.com")
        .header("X-A", "1");
    ClientOptions first = builder.build();

    ClientOptions.Builder derived = first.toBuilder().header("X-B", "2").maxRetries(11);
    builder.header("X-C", "3").maxRetries(4);

    assertThat(first.defaultHeaders().names()).containsExactly("X-A");
    assertThat(first.maxRetries()).isEqualTo(2);
    assertThat(builder.build().defaultHeaders().names()).containsExactly("X-A", "X-C");
    assertThatThrownBy(derived::build).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("maxRetries"));
    assertThat(builder.build().maxRetries()).isEqualTo(4);
    assertThat(first.toBuilder().build().maxRetries()).isEqualTo(2); // derived's problem stays there
  }

  @Test
  void aRefusedValueFailsAtBuildAndSettingAValidOneClearsIt() {
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl("https://api.example.com")
        .maxRetries(11).timeout(Duration.ofSeconds(-1));

    assertThatThrownBy(builder::build).isInstanceOf(InvalidInputException.class)
        .hasMessage("maxRetries: must be between 0 and 10; got 11");
    builder.maxRetries(3);
    assertThatThrownBy(builder::build).isInstanceOf(InvalidInputException.class)
        .hasMessage("timeout: must be zero or positive; got PT-1S");
    builder.timeout(Duration.ofSeconds(1));
    assertThat(builder.build().maxRetries()).isEqualTo(3);
  }

  @Test
  void theClientBuildersSettersAndItsOptionsFieldAreOneSetOfOptions() {
    TestClientBuilder builder = new TestClientBuilder().baseUrl("https://api.example.com")
        .apiKey(KEY).tenantId("from-setter").maxRetries(5);

    ClientOptions built = builder.options(o -> o.tenantHeader("X-Org").maxRetries(6)).build(true);

    assertThat(built.tenantId()).isEqualTo("from-setter");
    assertThat(built.tenantHeader()).isEqualTo("X-Org");
    assertThat(built.maxRetries()).isEqualTo(6);
    assertThat(builder.maxRetries(11).options(o -> o.tenantId(null)))
        .isSameAs(builder);
    assertThatThrownBy(() -> builder.build(true)).isInstanceOfSatisfying(
        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tenantId"))
        .hasMessage("tenantId: is required: every test API request carries X-Org; call "
            + "tenantId(...) or set TEST_TENANT_ID");
    assertThatThrownBy(() -> builder.build(false)).isInstanceOfSatisfying(
        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("maxRetries"));
  }

  // ---------------------------------------------------------------- (d) fromEnv

  /** An environment that records which variables were asked for, in order. */
  private static final class RecordingEnv implements Function<String, @Nullable String> {
    final Map<String, String> values = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public @Nullable String apply(String name) {
      asked.add(name);
      return values.get(name);
    }
  }

  @Test
  void optionBuilderFromEnvReadsTheKeyTheBaseUrlAndOrderkitLogOnly() {
    RecordingEnv env = new RecordingEnv();
    env.values.put("P_API_KEY", "  env-key-1  ");
    env.values.put("P_BASE_URL", " https://env.example.com/base ");
    env.values.put("P_TENANT_ID", "not-read-here");
    env.values.put("ORDERKIT_LOG", "basic");

    ClientOptions options = ClientOptions.builder().fromEnv("P", env).build();

    assertThat(env.asked).containsExactly("P_API_KEY", "P_BASE_URL", "ORDERKIT_LOG");
    assertThat(options.credentials().token()).isEqualTo("env-key-1");
    assertThat(options.baseUrl().toString()).isEqualTo("https://env.example.com/base/");
    assertThat(options.logLevel()).isEqualTo(LogLevel.BASIC);
    assertThat(options.tenantId()).isNull();
  }

  @Test
  void clientBuilderFromEnvReadsTheSameWithItsPrefixThenItsOwnVariables() {
    RecordingEnv env = new RecordingEnv();
    env.values.put("TEST_API_KEY", " env-key-2 ");
    env.values.put("TEST_BASE_URL", "https://test.example.com");
    env.values.put("TEST_TENANT_ID", " tenant-3 ");
    env.values.put("ORDERKIT_LOG", "HEADERS");
    TestClientBuilder builder = new TestClientBuilder();

    ClientOptions options = builder.fromEnv(env).build(true);

    assertThat(env.asked).containsExactly("TEST_API_KEY", "TEST_BASE_URL", "ORDERKIT_LOG",
        "TEST_TENANT_ID");
    assertThat(builder.ownVariablesRead).containsExactly("TEST_TENANT_ID");
    assertThat(options.credentials().token()).isEqualTo("env-key-2");
    assertThat(options.baseUrl().toString()).isEqualTo("https://test.example.com/");
    assertThat(options.tenantId()).isEqualTo("tenant-3");
    assertThat(options.logLevel()).isEqualTo(LogLevel.HEADERS);
  }

  @Test
  void fromEnvLeavesOptionsAloneWhenVariablesAreUnsetOrBlank() {
    RecordingEnv env = new RecordingEnv();
    env.values.put("TEST_API_KEY", "   ");
    env.values.put("TEST_BASE_URL", "");
    env.values.put("ORDERKIT_LOG", " ");
    Credentials creds = Credentials.bearer("kept");

    ClientOptions options = new TestClientBuilder().baseUrl("https://kept.example.com")
        .credentials(creds).logLevel(LogLevel.BODY).fromEnv(env).build(false);

    assertThat(options.credentials()).isSameAs(creds);
    assertThat(options.baseUrl().toString()).isEqualTo("https://kept.example.com/");
    assertThat(options.logLevel()).isEqualTo(LogLevel.BODY);
  }

  @Test
  void fromEnvWithAnInvalidLogLevelFailsNamingIt() {
    RecordingEnv env = new RecordingEnv();
    env.values.put("ORDERKIT_LOG", "loud");

    assertThatThrownBy(() -> ClientOptions.builder().fromEnv("P", env))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("logLevel: must be one of none, basic, headers, body; got 'loud'");
  }
}
