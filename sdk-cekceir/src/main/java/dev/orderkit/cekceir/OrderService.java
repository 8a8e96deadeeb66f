package dev.orderkit.cekceir;

import dev.orderkit.cekceir.internal.CekceirEndpoints;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.spi.Transport;

/** Service orders: create. Blocking calls; {@link #withRawResponse()} for the raw response. */
public final class OrderService {
  private final Transport transport;

  OrderService(Transport transport) {
    this.transport = transport;
  }

  /** The same calls, returning the raw response (status, headers, request id) before parsing. */
  public Raw withRawResponse() {
    return new Raw(transport);
  }

  /**
   * Submits a service order ({@code POST /api/order}) and returns its result with the HTTP status
   * it came with: 201 {@code pending}, 200 {@code success}, 207 {@code partial}, or 503
   * {@code failed}.
   *
   * <p><b>A failed order is returned, not thrown:</b> the documented 503 with an order body
   * comes back as an {@link OrderResult} whose {@link OrderResult#status() status} is
   * {@code failed} and {@link OrderResult#httpStatus() httpStatus} 503, with
   * {@link OrderResult#refundedAmount()}, {@link OrderResult#chargedAmount()} and
   * {@link OrderResult#errorMessage()}. It is never retried.
   *
   * <p>The order is never re-sent once it may have reached the server: a timeout, a reset or a
   * 5xx without an order body (including a 503 with an empty or HTML body) raises
   * {@link dev.orderkit.core.errors.OutcomeUnknownException}; check the order before submitting
   * again. A 422 {@code ORDER_VALIDATION_ERROR} raises
   * {@link dev.orderkit.core.errors.ValidationException} with the field errors verbatim.
   */
  public OrderResult create(CreateOrderParams params) {
    return create(params, RequestOptions.none());
  }

  /** As {@link #create(CreateOrderParams)}, with per-call options. */
  public OrderResult create(CreateOrderParams params, RequestOptions options) {
    return transport.execute(CekceirEndpoints.create(params), options);
  }

  /** Order calls returning {@link HttpResponseFor}: status, headers and request id, then parse. */
  public static final class Raw {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    /**
     * Submits a service order, returning the response before parsing; a 503 with an order body
     * is returned too ({@code statusCode()} 503, {@code parse()} the failed result).
     */
    public HttpResponseFor<OrderResult> create(CreateOrderParams params) {
      return create(params, RequestOptions.none());
    }

    /** As {@link #create(CreateOrderParams)}, with per-call options. */
    public HttpResponseFor<OrderResult> create(CreateOrderParams params,
        RequestOptions options) {
      return transport.executeRaw(CekceirEndpoints.create(params), options);
    }
  }
}
