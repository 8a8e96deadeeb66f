package dev.orderkit.bosonline;

import dev.orderkit.bosonline.internal.BosOnlineEndpoints;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.spi.Transport;

/** Checkout: Request Create Order ({@code POST /order/{id}}). Blocking calls. */
public final class CheckoutService {
  private final Transport transport;

  CheckoutService(Transport transport) {
    this.transport = transport;
  }

  /** The same calls, returning the raw response (status, headers, request id) before parsing. */
  public Raw withRawResponse() {
    return new Raw(transport);
  }

  /**
   * Creates an order through the checkout form {@code formId} (the {@code {id}} of
   * {@code POST /order/{id}}, percent-encoded). Never replayed once it may have reached the
   * server: a 5xx (such as the documented 503) or a timeout after sending raises
   * {@link dev.orderkit.core.errors.OutcomeUnknownException}; look the order up before trying
   * again. A 400 raises {@link dev.orderkit.core.errors.BadRequestException}, a 404 (no such
   * form or record) {@link dev.orderkit.core.errors.NotFoundException}.
   */
  public CreateOrderResult create(String formId, CreateOrderParams params) {
    return create(formId, params, RequestOptions.none());
  }

  /** Creates an order, with per-call options. */
  public CreateOrderResult create(String formId, CreateOrderParams params,
      RequestOptions options) {
    return transport.execute(BosOnlineEndpoints.createOrder(formId, params), options);
  }

  /** Checkout calls returning {@link HttpResponseFor}: status, headers and request id, then parse. */
  public static final class Raw {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    /** Creates an order, returning the response before parsing. */
    public HttpResponseFor<CreateOrderResult> create(String formId,
        CreateOrderParams params) {
      return create(formId, params, RequestOptions.none());
    }

    /** Creates an order, returning the response before parsing, with per-call options. */
    public HttpResponseFor<CreateOrderResult> create(String formId,
        CreateOrderParams params, RequestOptions options) {
      return transport.executeRaw(BosOnlineEndpoints.createOrder(formId, params), options);
    }
  }
}
