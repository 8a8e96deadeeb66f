/**
 * What a call returns before parsing: {@link dev.orderkit.core.http.HttpResponseFor} (status,
 * headers, request id, attempts, then the typed value) and its
 * {@link dev.orderkit.core.http.ResponseMeta}, from every service's {@code withRawResponse()};
 * and {@link dev.orderkit.core.http.UntypedRequest}, which reaches endpoints that have no typed
 * method yet with the same auth, retries and typed errors.
 */
@NullMarked
package dev.orderkit.core.http;

import org.jspecify.annotations.NullMarked;
