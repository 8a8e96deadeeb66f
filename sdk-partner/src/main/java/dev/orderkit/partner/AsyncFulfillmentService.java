package dev.orderkit.partner;

import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.partner.internal.PartnerEndpoints;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import java.util.concurrent.CompletableFuture;

/** Fulfillment: move an order along the status flow (process, pack, ship, complete, return, cancel), answer cancellation requests and get shipping labels. Actions are never replayed once they may have reached the server. Non-blocking calls: cancelling a future cancels its call. Invalid input (an empty order code)
 * is refused at once, by throwing, before any future exists. */
public final class AsyncFulfillmentService {
  private final Transport transport;

  AsyncFulfillmentService(Transport transport) {
    this.transport = transport;
  }

  /** As {@link FulfillmentService#process(String)}, without blocking. */
  public CompletableFuture<ActionResult> process(String orderCode) {
    return process(orderCode, RequestOptions.none());
  }

  /** As {@link FulfillmentService#process(String, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> process(String orderCode,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.setProcess(OrderCodeParams.of(orderCode)), options);
  }

  /** As {@link FulfillmentService#pack(PackOrderParams)}, without blocking. */
  public CompletableFuture<ActionResult> pack(PackOrderParams params) {
    return pack(params, RequestOptions.none());
  }

  /** As {@link FulfillmentService#pack(PackOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> pack(PackOrderParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.setPacked(params), options);
  }

  /** As {@link FulfillmentService#processAndPack(PackOrderParams)}, without blocking. */
  public CompletableFuture<ActionResult> processAndPack(PackOrderParams params) {
    return processAndPack(params, RequestOptions.none());
  }

  /** As {@link FulfillmentService#processAndPack(PackOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> processAndPack(PackOrderParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.setProcessPacked(params), options);
  }

  /** As {@link FulfillmentService#ship(String)}, without blocking. */
  public CompletableFuture<ActionResult> ship(String orderCode) {
    return ship(orderCode, RequestOptions.none());
  }

  /** As {@link FulfillmentService#ship(String, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> ship(String orderCode, RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.ship(OrderCodeParams.of(orderCode)), options);
  }

  /** As {@link FulfillmentService#complete(String)}, without blocking. */
  public CompletableFuture<ActionResult> complete(String orderCode) {
    return complete(orderCode, RequestOptions.none());
  }

  /** As {@link FulfillmentService#complete(String, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> complete(String orderCode,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.completed(OrderCodeParams.of(orderCode)), options);
  }

  /** As {@link FulfillmentService#returnOrder(ReturnOrderParams)}, without blocking. */
  public CompletableFuture<ActionResult> returnOrder(ReturnOrderParams params) {
    return returnOrder(params, RequestOptions.none());
  }

  /** As {@link FulfillmentService#returnOrder(ReturnOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> returnOrder(ReturnOrderParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.returnOrder(params), options);
  }

  /** As {@link FulfillmentService#cancel(CancelOrderParams)}, without blocking. */
  public CompletableFuture<ActionResult> cancel(CancelOrderParams params) {
    return cancel(params, RequestOptions.none());
  }

  /** As {@link FulfillmentService#cancel(CancelOrderParams, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> cancel(CancelOrderParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.cancel(params), options);
  }

  /** As {@link FulfillmentService#approveCancel(String)}, without blocking. */
  public CompletableFuture<ActionResult> approveCancel(String orderCode) {
    return approveCancel(orderCode, RequestOptions.none());
  }

  /** As {@link FulfillmentService#approveCancel(String, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> approveCancel(String orderCode,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.approveCancel(OrderCodeParams.of(orderCode)), options);
  }

  /** As {@link FulfillmentService#rejectCancel(String)}, without blocking. */
  public CompletableFuture<ActionResult> rejectCancel(String orderCode) {
    return rejectCancel(orderCode, RequestOptions.none());
  }

  /** As {@link FulfillmentService#rejectCancel(String, RequestOptions)}, without blocking. */
  public CompletableFuture<ActionResult> rejectCancel(String orderCode,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.rejectCancel(OrderCodeParams.of(orderCode)), options);
  }

  /** As {@link FulfillmentService#shippingLabel(ShippingLabelParams)}, without blocking. */
  public CompletableFuture<ShippingLabel> shippingLabel(ShippingLabelParams params) {
    return shippingLabel(params, RequestOptions.none());
  }

  /** As {@link FulfillmentService#shippingLabel(ShippingLabelParams, RequestOptions)}, without blocking. */
  public CompletableFuture<ShippingLabel> shippingLabel(ShippingLabelParams params,
      RequestOptions options) {
    return transport.executeAsync(PartnerEndpoints.shippingLabel(params), options);
  }
}
