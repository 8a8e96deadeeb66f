package dev.orderkit.core.spi;

import dev.orderkit.core.errors.ErrorDetails;
import java.io.IOException;

/**
 * Reads an API's error envelope. Each API module supplies one; the transport calls it with the
 * body of every error response and a builder already holding the status, headers and raw body.
 * A decoder fills in what it recognises and may throw on a body it cannot read: the transport then
 * keeps the raw body and still raises the typed exception for the status.
 */
@FunctionalInterface
public interface ErrorDecoder {
  /** Reads {@code body} (may be empty, HTML or malformed) into {@code details}. */
  void decode(String body, ErrorDetails.Builder details) throws IOException;
}
