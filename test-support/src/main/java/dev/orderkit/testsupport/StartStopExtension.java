package dev.orderkit.testsupport;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension behind {@link StartStop}. JUnit registers it once per annotated field; the
 * first registration of a test starts (and stops) every annotated server, the others do nothing.
 */
public final class StartStopExtension implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StartStopExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get("started") != null) {
      return;
    }
    store.put("started", Boolean.TRUE);
    for (MockWebServer server : servers(context)) {
      server.start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (context.getStore(NAMESPACE).remove("started") == null) {
      return;
    }
    IOException failure = null;
    for (MockWebServer server : servers(context)) {
      try {
        server.shutdown();
      } catch (IOException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static List<MockWebServer> servers(ExtensionContext context)
      throws IllegalAccessException {
    Object test = context.getRequiredTestInstance();
    List<MockWebServer> servers = new ArrayList<>();
    for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(StartStop.class)) {
          if (field.getType() != MockWebServer.class) {
            throw new IllegalStateException("@StartStop goes on a MockWebServer field: " + field);
          }
          field.setAccessible(true);
          servers.add((MockWebServer) field.get(test));
        }
      }
    }
    return servers;
  }
}
