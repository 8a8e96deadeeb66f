package dev.orderkit.core;

import dev.orderkit.core.spi.Transport;
import dev.orderkit.core.http.UntypedRequest;
import java.io.Closeable;
import java.util.function.Consumer;

/**
 * What every OrderKit API client shares: the untyped request path, derived clients, its options
 * and closing. Thread-safe: build one client and share it.
 *
 * @param <C> the concrete client, returned by {@link #withOptions(Consumer)}
 */
public abstract class ApiClient<C extends ApiClient<C>> implements Closeable {
  /** The transport every service of this client sends through. */
  protected final Transport transport;

  /** Creates a client on {@code transport}. */
  protected ApiClient(Transport transport) {
    this.transport = transport;
  }

  /** A client of the same API on {@code derived}, for {@link #withOptions(Consumer)}. */
  protected abstract C withTransport(Transport derived);

  /**
   * A request to an endpoint of this API that has no typed method, with the same auth, headers,
   * retries and typed errors. A non-GET request is not replayed once it may have been processed
   * unless marked {@code safeToRepeat(true)}.
   */
  public UntypedRequest request(String method, String path) {
    return transport.request(method, path);
  }

  /**
   * A client with adjusted options (timeouts, retries, headers, ...) that shares this one's
   * connection pool. Closing it releases nothing; closing this one ends both.
   */
  public C withOptions(Consumer<ClientOptions.Builder> change) {
    return withTransport(transport.withOptions(change));
  }

  /** This client's options (keys and tokens are redacted in their {@code toString()}). */
  public ClientOptions options() {
    return transport.options();
  }

  /** Releases connections and threads if OrderKit created the OkHttp client. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + transport.options() + "}";
  }
}
