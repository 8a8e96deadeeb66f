package dev.orderkit.shrinktest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.core.AsyncAutoPager;
import dev.orderkit.core.AutoPager;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.partner.PartnerClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every call of every module's services exists in all its forms: blocking, raw, async and raw
 * async, each with and without {@code RequestOptions}, with the same parameters and matching
 * result types. The services are generated from one declaration per endpoint, so this holds by
 * construction; the test keeps it so, for every client the modules offer.
 */
class ServiceParityTest {
  private static final List<Class<?>> CLIENTS = Arrays.asList(PartnerClient.class,
      CekatClient.class, CekceirClient.class, BosOnlineClient.class);

  @Test
  void everyBlockingCallHasItsRawAsyncAndRawAsyncTwinsInEveryModule() throws Exception {
    int services = 0;
    int calls = 0;
    List<String> problems = new ArrayList<>();
    for (Class<?> client : CLIENTS) {
      Class<?> asyncClient = client.getMethod("async").getReturnType();
      for (Method accessor : publicMethods(client)) {
        Class<?> service = accessor.getReturnType();
        if (accessor.getParameterCount() != 0 || !service.getSimpleName().endsWith("Service")) {
          continue;
        }
        services++;
        Class<?> async = asyncClient.getMethod(accessor.getName()).getReturnType();
        assertThat(async.getSimpleName()).isEqualTo("Async" + service.getSimpleName());
        calls += (int) publicMethods(service).stream()
            .filter(m -> !m.getName().equals("withRawResponse")).count();
        problems.addAll(parityProblems(service, async));
      }
    }
    System.out.println("PARITY clients=" + CLIENTS.size() + " services=" + services
        + " blocking_calls=" + calls + " problems=" + problems.size());
    assertThat(problems).isEmpty();
    assertThat(services).isEqualTo(6); // partner 3, cekat 1, cekceir 1, bosOnline 1
    assertThat(calls).isEqualTo(2 * (15 + 2 + 1 + 1) + 2 * 2); // + listAutoPaging twice each
  }

  @Test
  void aMissingTwinIsReported() {
    assertThat(parityProblems(Drifted.class, AsyncDrifted.class)).containsExactly(
        "Drifted.detail(long): no Drifted.Raw.detail(long)",
        "Drifted.detail(long): no AsyncDrifted.detail(long)",
        "Drifted.detail(long): no AsyncDrifted.Raw.detail(long)",
        "Drifted.detail(long): no overload with RequestOptions");
  }

  /**
   * What is missing or mistyped: for each blocking call {@code X m(args)}, the service's raw
   * form {@code HttpResponseFor<X> m(args)}, the async service's {@code CompletableFuture<X'>}
   * and its raw {@code CompletableFuture<HttpResponseFor<X'>>} (X' is X, or its {@code Async}
   * page for a listing), and the overload with {@code RequestOptions}; and no async call without
   * a blocking one.
   */
  static List<String> parityProblems(Class<?> service, Class<?> async) {
    List<String> problems = new ArrayList<>();
    Class<?> raw = nested(service, "Raw");
    Class<?> asyncRaw = nested(async, "Raw");
    for (Method m : publicMethods(service)) {
      if (m.getName().equals("withRawResponse")) {
        continue;
      }
      String call = service.getSimpleName() + "." + signature(m);
      Type value = m.getGenericReturnType();
      Type asyncValue = asyncTwin(value);
      if (m.getName().endsWith("AutoPaging")) {
        expect(problems, call, async, m, AsyncAutoPager.class,
            ((ParameterizedType) value).getActualTypeArguments()[0]);
        assertThat(m.getReturnType()).isEqualTo(AutoPager.class);
      } else {
        expect(problems, call, raw, m, HttpResponseFor.class, value);
        expect(problems, call, async, m, CompletableFuture.class, asyncValue);
        expect(problems, call, asyncRaw, m, CompletableFuture.class,
            "HttpResponseFor<" + asyncValue.getTypeName() + ">");
      }
      List<Class<?>> params = new ArrayList<>(Arrays.asList(m.getParameterTypes()));
      boolean hasOptions = !params.isEmpty()
          && params.get(params.size() - 1) == RequestOptions.class;
      if (hasOptions) {
        params.remove(params.size() - 1);
      } else {
        params.add(RequestOptions.class);
      }
      if (find(service, m.getName(), params) == null) {
        problems.add(call + ": no overload " + (hasOptions ? "without" : "with")
            + " RequestOptions");
      }
    }
    if (async != null) {
      for (Method m : publicMethods(async)) {
        if (!m.getName().equals("withRawResponse")
            && find(service, m.getName(), Arrays.asList(m.getParameterTypes())) == null) {
          problems.add(async.getSimpleName() + "." + signature(m) + ": no blocking twin");
        }
      }
    }
    return problems;
  }

  /** Checks that {@code in} has {@code m}'s twin returning {@code container<element>}. */
  private static void expect(List<String> problems, String call, Class<?> in, Method m,
      Class<?> container, Object element) {
    Method twin = in == null ? null : find(in, m.getName(), Arrays.asList(m.getParameterTypes()));
    String where = in == null ? "(missing class)" : in.getSimpleName().equals("Raw")
        ? in.getEnclosingClass().getSimpleName() + ".Raw" : in.getSimpleName();
    if (twin == null) {
      problems.add(call + ": no " + where + "." + signature(m));
      return;
    }
    Type returned = twin.getGenericReturnType();
    String elementName = element instanceof Type ? ((Type) element).getTypeName()
        : element.toString();
    String expected = container.getName() + "<" + qualify(elementName) + ">";
    if (!returned.getTypeName().equals(expected)) {
      problems.add(call + ": " + where + " returns " + returned.getTypeName() + ", not "
          + expected);
    }
  }

  private static String qualify(String typeName) {
    return typeName.startsWith("HttpResponseFor<")
        ? HttpResponseFor.class.getName() + typeName.substring("HttpResponseFor".length())
        : typeName;
  }

  /** A listing's page {@code XPage} is {@code AsyncXPage} in the async services. */
  private static Type asyncTwin(Type value) {
    if (value instanceof Class && ((Class<?>) value).getSimpleName().endsWith("Page")) {
      Class<?> page = (Class<?>) value;
      try {
        return Class.forName(page.getPackage().getName() + ".Async" + page.getSimpleName());
      } catch (ClassNotFoundException e) {
        return value;
      }
    }
    return value;
  }

  private static List<Method> publicMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .collect(Collectors.toList());
  }

  private static Method find(Class<?> type, String name, List<Class<?>> params) {
    try {
      return type.getMethod(name, params.toArray(new Class<?>[0]));
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Class<?> nested(Class<?> type, String name) {
    return Arrays.stream(type.getDeclaredClasses())
        .filter(c -> c.getSimpleName().equals(name)).findFirst().orElse(null);
  }

  private static String signature(Method m) {
    return m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ")) + ")";
  }

  /** A hand-written service whose forms drifted: no raw, no async twin, no options overload. */
  public static final class Drifted {
    /** A call with no twins. */
    public String detail(long id) {
      return "";
    }

    /** The raw form, which lacks detail. */
    public static final class Raw {
    }
  }

  /** The async service of {@link Drifted}, which lacks detail. */
  public static final class AsyncDrifted {
    /** The raw async form, which lacks detail too. */
    public static final class Raw {
    }
  }
}
