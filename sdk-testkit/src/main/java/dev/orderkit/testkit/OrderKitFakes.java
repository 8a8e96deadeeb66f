package dev.orderkit.testkit;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: declare a fake or an OrderKit client as a test (or constructor, or
 * lifecycle) parameter and get one started for the test class, shared by its tests and closed
 * after them. A client parameter is configured for the fake of its API.
 *
 * <pre>{@code
 * @ExtendWith(OrderKitFakes.class)
 * class CheckoutFlowTest {
 *   @Test
 *   void createsAnOrder(FakePartnerApi fake, PartnerClient partner) {
 *     partner.orders().create(...);
 *     assertThat(fake.orders()).hasSize(1);
 *   }
 * }
 * }</pre>
 *
 * The fake keeps its state across the class's tests; call {@link FakeApi#reset()} in a
 * {@code @BeforeEach} for a clean one per test. Other test frameworks use the fakes directly:
 * {@code new FakePartnerApi().start()}, then {@code client()} and {@code close()}.
 */
public final class OrderKitFakes implements ParameterResolver, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OrderKitFakes.class);
  private static final List<Class<? extends FakeApi>> FAKES = Arrays.asList(
      FakePartnerApi.class, FakeCekceirApi.class, FakeCekatApi.class, FakeBosOnlineApi.class);
  /**
   * The client each fake's {@code client()} returns, by name: the API modules are optional
   * dependencies, so nothing here loads a client class the test's class path may not have.
   */
  private static final List<String> CLIENTS = Arrays.asList("dev.orderkit.partner.PartnerClient",
      "dev.orderkit.cekceir.CekceirClient", "dev.orderkit.cekat.CekatClient",
      "dev.orderkit.bosonline.BosOnlineClient");

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return fakeFor(type) != null;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    Class<? extends FakeApi> fakeType = fakeFor(type);
    FakeApi fake = fake(fakeType, context);
    if (type.isAssignableFrom(fakeType)) {
      return fake;
    }
    return store(context).getOrComputeIfAbsent(clientKey(fakeType), t -> newClient(fake),
        Object.class);
  }

  /** Closes the class's clients and fakes (on any JUnit 5 version). */
  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (context.getParent().isPresent() && context.getParent().get().getParent().isPresent()) {
      return; // a nested class: the outermost class owns the fakes
    }
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    for (Class<? extends FakeApi> fakeType : FAKES) {
      FakeApi fake = store.remove(fakeType, FakeApi.class);
      if (fake != null) {
        Object client = store.remove(clientKey(fakeType));
        if (client instanceof AutoCloseable) {
          ((AutoCloseable) client).close();
        }
        fake.close();
      }
    }
  }

  private static FakeApi fake(Class<? extends FakeApi> fakeType, ExtensionContext context) {
    return store(context).getOrComputeIfAbsent(fakeType, t -> start(fakeType), FakeApi.class);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getParent().isPresent()
        && classContext.getParent().get().getParent().isPresent()) {
      classContext = classContext.getParent().get(); // climb to the outermost test class
    }
    return classContext.getStore(NAMESPACE);
  }

  private static FakeApi start(Class<? extends FakeApi> fakeType) {
    try {
      FakeApi fake = fakeType.getConstructor().newInstance();
      fake.start();
      return fake;
    } catch (ReflectiveOperationException e) {
      throw new ParameterResolutionException("Could not start " + fakeType.getSimpleName(), e);
    }
  }

  private static Object newClient(FakeApi fake) {
    try {
      return fake.getClass().getMethod("client").invoke(fake);
    } catch (ReflectiveOperationException e) {
      throw new ParameterResolutionException("Could not build a client for "
          + fake.getClass().getSimpleName(), e);
    }
  }

  /** The fake whose type is {@code type}, or whose {@code client()} returns {@code type}. */
  private static @Nullable Class<? extends FakeApi> fakeFor(Class<?> type) {
    for (int i = 0; i < FAKES.size(); i++) {
      if (type == FAKES.get(i) || type.getName().equals(CLIENTS.get(i))) {
        return FAKES.get(i);
      }
    }
    return null;
  }

  private static String clientKey(Class<? extends FakeApi> fakeType) {
    return "client of " + fakeType.getName();
  }
}
