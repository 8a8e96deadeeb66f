package dev.orderkit.partner;

import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.partner.internal.PartnerEndpoints;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;

/** Fulfillment: move an order along the status flow (process, pack, ship, complete, return, cancel), answer cancellation requests and get shipping labels. Actions are never replayed once they may have reached the server. Blocking calls. */
public final class FulfillmentService {
  private final Transport transport;

  FulfillmentService(Transport transport) {
    this.transport = transport;
  }

  /** The same calls, returning the raw response (status, headers, request id) before parsing. */
  public Raw withRawResponse() {
    return new Raw(transport);
  }

  /** Moves the order to {@code process} (allowed from {@code to_process}). */
  public ActionResult process(String orderCode) {
    return process(orderCode, RequestOptions.none());
  }

  /** As {@link #process(String)}, with per-call options. */
  public ActionResult process(String orderCode, RequestOptions options) {
    return transport.execute(PartnerEndpoints.setProcess(OrderCodeParams.of(orderCode)), options);
  }

  /** Marks the order packed with a pickup option (allowed from {@code process}). */
  public ActionResult pack(PackOrderParams params) {
    return pack(params, RequestOptions.none());
  }

  /** As {@link #pack(PackOrderParams)}, with per-call options. */
  public ActionResult pack(PackOrderParams params, RequestOptions options) {
    return transport.execute(PartnerEndpoints.setPacked(params), options);
  }

  /** Processes and packs the order in one step; the API completes it asynchronously. */
  public ActionResult processAndPack(PackOrderParams params) {
    return processAndPack(params, RequestOptions.none());
  }

  /** As {@link #processAndPack(PackOrderParams)}, with per-call options. */
  public ActionResult processAndPack(PackOrderParams params, RequestOptions options) {
    return transport.execute(PartnerEndpoints.setProcessPacked(params), options);
  }

  /** Marks the order shipped (allowed from {@code packed}). */
  public ActionResult ship(String orderCode) {
    return ship(orderCode, RequestOptions.none());
  }

  /** As {@link #ship(String)}, with per-call options. */
  public ActionResult ship(String orderCode, RequestOptions options) {
    return transport.execute(PartnerEndpoints.ship(OrderCodeParams.of(orderCode)), options);
  }

  /** Marks the order completed, delivered to the customer (allowed from {@code shipped}). */
  public ActionResult complete(String orderCode) {
    return complete(orderCode, RequestOptions.none());
  }

  /** As {@link #complete(String)}, with per-call options. */
  public ActionResult complete(String orderCode, RequestOptions options) {
    return transport.execute(PartnerEndpoints.completed(OrderCodeParams.of(orderCode)), options);
  }

  /** Records a return (allowed from {@code shipped}). */
  public ActionResult returnOrder(ReturnOrderParams params) {
    return returnOrder(params, RequestOptions.none());
  }

  /** As {@link #returnOrder(ReturnOrderParams)}, with per-call options. */
  public ActionResult returnOrder(ReturnOrderParams params, RequestOptions options) {
    return transport.execute(PartnerEndpoints.returnOrder(params), options);
  }

  /** Cancels the order (allowed from {@code pending} to {@code packed}). */
  public ActionResult cancel(CancelOrderParams params) {
    return cancel(params, RequestOptions.none());
  }

  /** As {@link #cancel(CancelOrderParams)}, with per-call options. */
  public ActionResult cancel(CancelOrderParams params, RequestOptions options) {
    return transport.execute(PartnerEndpoints.cancel(params), options);
  }

  /** Approves a pending cancellation request. */
  public ActionResult approveCancel(String orderCode) {
    return approveCancel(orderCode, RequestOptions.none());
  }

  /** As {@link #approveCancel(String)}, with per-call options. */
  public ActionResult approveCancel(String orderCode, RequestOptions options) {
    return transport.execute(PartnerEndpoints.approveCancel(OrderCodeParams.of(orderCode)), options);
  }

  /** Rejects a pending cancellation request. */
  public ActionResult rejectCancel(String orderCode) {
    return rejectCancel(orderCode, RequestOptions.none());
  }

  /** As {@link #rejectCancel(String)}, with per-call options. */
  public ActionResult rejectCancel(String orderCode, RequestOptions options) {
    return transport.execute(PartnerEndpoints.rejectCancel(OrderCodeParams.of(orderCode)), options);
  }

  /** Gets the order's shipping label (a URL), optionally marking it printed. */
  public ShippingLabel shippingLabel(ShippingLabelParams params) {
    return shippingLabel(params, RequestOptions.none());
  }

  /** As {@link #shippingLabel(ShippingLabelParams)}, with per-call options. */
  public ShippingLabel shippingLabel(ShippingLabelParams params, RequestOptions options) {
    return transport.execute(PartnerEndpoints.shippingLabel(params), options);
  }

  /** Fulfillment calls returning {@link HttpResponseFor}: status, headers and request id, then parse. */
  public static final class Raw {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    /** As {@link FulfillmentService#process(String)}, before parsing. */
    public HttpResponseFor<ActionResult> process(String orderCode) {
      return process(orderCode, RequestOptions.none());
    }

    /** As {@link FulfillmentService#process(String, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> process(String orderCode,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.setProcess(OrderCodeParams.of(orderCode)), options);
    }

    /** As {@link FulfillmentService#pack(PackOrderParams)}, before parsing. */
    public HttpResponseFor<ActionResult> pack(PackOrderParams params) {
      return pack(params, RequestOptions.none());
    }

    /** As {@link FulfillmentService#pack(PackOrderParams, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> pack(PackOrderParams params,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.setPacked(params), options);
    }

    /** As {@link FulfillmentService#processAndPack(PackOrderParams)}, before parsing. */
    public HttpResponseFor<ActionResult> processAndPack(PackOrderParams params) {
      return processAndPack(params, RequestOptions.none());
    }

    /** As {@link FulfillmentService#processAndPack(PackOrderParams, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> processAndPack(PackOrderParams params,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.setProcessPacked(params), options);
    }

    /** As {@link FulfillmentService#ship(String)}, before parsing. */
    public HttpResponseFor<ActionResult> ship(String orderCode) {
      return ship(orderCode, RequestOptions.none());
    }

    /** As {@link FulfillmentService#ship(String, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> ship(String orderCode, RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.ship(OrderCodeParams.of(orderCode)), options);
    }

    /** As {@link FulfillmentService#complete(String)}, before parsing. */
    public HttpResponseFor<ActionResult> complete(String orderCode) {
      return complete(orderCode, RequestOptions.none());
    }

    /** As {@link FulfillmentService#complete(String, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> complete(String orderCode,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.completed(OrderCodeParams.of(orderCode)), options);
    }

    /** As {@link FulfillmentService#returnOrder(ReturnOrderParams)}, before parsing. */
    public HttpResponseFor<ActionResult> returnOrder(ReturnOrderParams params) {
      return returnOrder(params, RequestOptions.none());
    }

    /** As {@link FulfillmentService#returnOrder(ReturnOrderParams, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> returnOrder(ReturnOrderParams params,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.returnOrder(params), options);
    }

    /** As {@link FulfillmentService#cancel(CancelOrderParams)}, before parsing. */
    public HttpResponseFor<ActionResult> cancel(CancelOrderParams params) {
      return cancel(params, RequestOptions.none());
    }

    /** As {@link FulfillmentService#cancel(CancelOrderParams, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> cancel(CancelOrderParams params,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.cancel(params), options);
    }

    /** As {@link FulfillmentService#approveCancel(String)}, before parsing. */
    public HttpResponseFor<ActionResult> approveCancel(String orderCode) {
      return approveCancel(orderCode, RequestOptions.none());
    }

    /** As {@link FulfillmentService#approveCancel(String, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> approveCancel(String orderCode,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.approveCancel(OrderCodeParams.of(orderCode)), options);
    }

    /** As {@link FulfillmentService#rejectCancel(String)}, before parsing. */
    public HttpResponseFor<ActionResult> rejectCancel(String orderCode) {
      return rejectCancel(orderCode, RequestOptions.none());
    }

    /** As {@link FulfillmentService#rejectCancel(String, RequestOptions)}, before parsing. */
    public HttpResponseFor<ActionResult> rejectCancel(String orderCode,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.rejectCancel(OrderCodeParams.of(orderCode)), options);
    }

    /** As {@link FulfillmentService#shippingLabel(ShippingLabelParams)}, before parsing. */
    public HttpResponseFor<ShippingLabel> shippingLabel(ShippingLabelParams params) {
      return shippingLabel(params, RequestOptions.none());
    }

    /** As {@link FulfillmentService#shippingLabel(ShippingLabelParams, RequestOptions)}, before parsing. */
    public HttpResponseFor<ShippingLabel> shippingLabel(ShippingLabelParams params,
        RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.shippingLabel(params), options);
    }
  }
}
