package dev.orderkit.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * A library OrderKit runs on (OkHttp, Okio, Moshi or the Kotlin standard library) is missing or
 * older than OrderKit needs, usually because another dependency of the app brought an old one
 * (Retrofit 2.x brings OkHttp 3.14.9). Raised when a client is built, before any request, instead
 * of a {@code NoSuchMethodError} from a call later. The message names the version found, the jar
 * it came from and the fix.
 */
public class IncompatibleDependencyException extends OrderKitException {
  private static final long serialVersionUID = 1L;

  private final String library;
  private final String foundVersion;
  private final String requiredVersion;
  private final String location;

  /**
   * Creates the exception for {@code library} (e.g. {@code "OkHttp"}): the version found
   * ({@code "none"} when missing), the oldest version OrderKit accepts, where the library was
   * loaded from, and a message that says all of it and the fix.
   */
  public IncompatibleDependencyException(String library, String foundVersion,
      String requiredVersion, String location, String message, @Nullable Throwable cause) {
    super(message, cause, 0);
    this.library = library;
    this.foundVersion = foundVersion;
    this.requiredVersion = requiredVersion;
    this.location = location;
  }

  /** The library at fault: {@code OkHttp}, {@code Okio}, {@code Moshi} or {@code Kotlin stdlib}. */
  public String library() {
    return library;
  }

  /** The version found at run time, {@code "none"} when missing, or a description if unknown. */
  public String foundVersion() {
    return foundVersion;
  }

  /** The oldest version OrderKit works with. */
  public String requiredVersion() {
    return requiredVersion;
  }

  /** The jar or directory the library was loaded from, or {@code "unknown"}. */
  public String location() {
    return location;
  }
}
