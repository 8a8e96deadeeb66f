/**
 * What a client decides, as events: {@link dev.orderkit.core.events.CallListener} sees every call,
 * attempt, retry and outcome, for metrics, tracing and logs ({@code
 * ClientOptions.builder().listener(...)}). Events carry names, statuses, timings and request ids:
 * never a body, a header value or a secret.
 */
@NullMarked
package dev.orderkit.core.events;

import org.jspecify.annotations.NullMarked;
