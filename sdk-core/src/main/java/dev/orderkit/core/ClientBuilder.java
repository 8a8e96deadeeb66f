package dev.orderkit.core;

import dev.orderkit.core.errors.InvalidInputException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The base of every API client's builder: {@code PartnerClient.builder().baseUrl(..).apiKey(..)
 * .maxRetries(2)}. Its option setters are those of {@link ClientOptions.Builder}, inherited from
 * the one declaration in {@link OptionSetters}, so every client offers the same options with the
 * same names and checks. API modules extend it and add what is theirs (a required tenant, a
 * default base URL, their own environment variables).
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> extends OptionSetters<B> {
  /**
   * The options being collected; subclasses may set what is specific to their API. It holds the
   * same values as this builder's setters write: the two are one set of options.
   */
  protected final ClientOptions.Builder options;
  private final String envPrefix;

  /** Creates a builder whose {@link #fromEnv()} reads variables named {@code <envPrefix>_...}. */
  protected ClientBuilder(String envPrefix) {
    this(envPrefix, ClientOptions.builder());
  }

  private ClientBuilder(String envPrefix, ClientOptions.Builder options) {
    super(options.values);
    this.options = options;
    this.envPrefix = envPrefix;
  }

  /**
   * Reads {@code <PREFIX>_API_KEY}, {@code <PREFIX>_BASE_URL} (and any variable of the API's own,
   * such as {@code PARTNER_TENANT_ID}) and {@code ORDERKIT_LOG}; unset ones change nothing.
   */
  public B fromEnv() {
    return fromEnv(System::getenv);
  }

  /** As {@link #fromEnv()}, reading variables from {@code env} (for tests and config files). */
  public B fromEnv(Function<String, @Nullable String> env) {
    applyEnv(envPrefix, env);
    readEnv(env);
    return self();
  }

  /** Reads the API's own variables, if it has any; called by {@link #fromEnv()}. */
  protected void readEnv(Function<String, @Nullable String> env) {}

  /** Uses {@code url} as the base URL when none was set (for APIs whose docs give one). */
  protected final void defaultBaseUrl(String url) {
    if (!values.hasBaseUrl()) {
      options.baseUrl(url);
    }
  }

  /**
   * Builds the options, first checking what this API requires, with messages that say how to
   * provide it (in code, or through the variables {@code fromEnv()} reads).
   */
  protected final ClientOptions buildOptions(String api, boolean tenantRequired) {
    if (!values.hasBaseUrl()) {
      throw new InvalidInputException("baseUrl", "is required: the " + api
          + " docs give no base URL; call baseUrl(...) or set " + envPrefix + "_BASE_URL");
    }
    if (!values.hasCredentials()) {
      throw new InvalidInputException("apiKey", "is required: call apiKey(...) or credentials(...),"
          + " or set " + envPrefix + "_API_KEY");
    }
    if (tenantRequired && !values.hasTenantId()) {
      throw new InvalidInputException("tenantId", "is required: every " + api + " request carries "
          + values.tenantHeader + "; call tenantId(...) or set " + envPrefix + "_TENANT_ID");
    }
    return options.build();
  }

  /** Applies any other option directly. */
  public B options(Consumer<ClientOptions.Builder> change) {
    change.accept(options);
    return self();
  }
}
