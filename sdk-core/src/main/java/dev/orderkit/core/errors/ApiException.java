package dev.orderkit.core.errors;

import java.util.Optional;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/**
 * The API answered with an error status. Carries everything the response said: status, error
 * code, message, request and trace ids, headers, the raw body (bounded) and field errors.
 * {@link #from(ErrorDetails)} picks the subclass for the status.
 */
public class ApiException extends OrderKitException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorDetails details;

  /** Creates the exception from decoded error details. */
  public ApiException(ErrorDetails details) {
    super(describe(details), null, details.attempts());
    this.details = details;
  }

  /** The exception type for the status: 400, 401, 403, 404, 409, 422, 429, 5xx or any other. */
  public static ApiException from(ErrorDetails details) {
    int status = details.status();
    switch (status) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new AuthenticationException(details);
      case 403:
        return new PermissionDeniedException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 422:
        return new ValidationException(details);
      case 429:
        return new RateLimitException(details);
      default:
        return status >= 500 && status <= 599
            ? new ServerException(details)
            : new UnexpectedStatusException(details);
    }
  }

  /** Everything the error response said, as one value. */
  public ErrorDetails details() {
    return details;
  }

  /** The HTTP status code. */
  public int status() {
    return details.status();
  }

  /** The API's error code, if the body had one. */
  public Optional<String> errorCode() {
    return details.errorCode();
  }

  /** The API's own message, if the body had one. */
  public Optional<String> apiMessage() {
    return details.message();
  }

  /** The request id from the body or headers, if any. */
  public Optional<String> requestId() {
    return details.requestId();
  }

  /** The trace id from the body, if any. */
  public Optional<String> traceId() {
    return details.traceId();
  }

  /** The response headers. */
  public Headers headers() {
    return details.headers();
  }

  /** The response body as text, cut to a bounded length. */
  public String rawBody() {
    return details.rawBody();
  }

  /** Field path to messages, verbatim from the API; empty when none. */
  public Map<String, List<String>> fieldErrors() {
    return details.fieldErrors();
  }

  /** Another top-level value of the error body, such as cekceir's {@code source}. */
  public java.util.Optional<String> attribute(String name) {
    return java.util.Optional.ofNullable(details.attributes().get(name));
  }

  /** The longest API text quoted in a message (the full text stays in the details). */
  private static final int MAX_QUOTED = 500;

  private static String cut(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…[truncated]";
  }

  private static String describe(ErrorDetails d) {
    StringBuilder sb = new StringBuilder("HTTP ").append(d.status());
    d.errorCode().ifPresent(code -> sb.append(' ').append(cut(code)));
    sb.append(": ")
        .append(d.message().map(ApiException::cut).orElse("(no message in the response)"));
    d.requestId().ifPresent(id -> sb.append(" [request_id=").append(cut(id)).append(']'));
    d.traceId().ifPresent(id -> sb.append(" [trace_id=").append(cut(id)).append(']'));
    if (!d.fieldErrors().isEmpty()) {
      sb.append(" fields=").append(cut(d.fieldErrors().keySet().toString()));
    }
    if (d.attempts() > 1) {
      sb.append(" after ").append(d.attempts()).append(" attempts");
    }
    d.note().ifPresent(note -> sb.append(" (").append(note).append(')'));
    return sb.toString();
  }
}
