/**
 * The transport every API module uses: {@link dev.orderkit.core.http.Transport} sends an
 * {@link dev.orderkit.core.http.ApiRequest} over OkHttp with auth, retries under the order rule,
 * logging and typed errors, blocking or async, and returns an
 * {@link dev.orderkit.core.http.HttpResponseFor} or the parsed value.
 * {@link dev.orderkit.core.http.UntypedRequest} reaches endpoints that have no typed method yet.
 */
package dev.orderkit.core.http;
