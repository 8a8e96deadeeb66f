package dev.orderkit.partner;

import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.spi.Transport;
import dev.orderkit.partner.internal.PartnerEndpoints;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.Tracking;

/** Tracking: an order's status with its order and delivery history. Blocking calls. */
public final class TrackingService {
  private final Transport transport;

  TrackingService(Transport transport) {
    this.transport = transport;
  }

  /** The same calls, returning the raw response (status, headers, request id) before parsing. */
  public Raw withRawResponse() {
    return new Raw(transport);
  }

  /** Tracks one order: its status, order history and delivery history. */
  public Tracking track(String orderCode) {
    return track(orderCode, RequestOptions.none());
  }

  /** As {@link #track(String)}, with per-call options. */
  public Tracking track(String orderCode, RequestOptions options) {
    return transport.execute(PartnerEndpoints.tracking(OrderCodeParams.of(orderCode)), options);
  }

  /** Tracking calls returning {@link HttpResponseFor}: status, headers and request id, then parse. */
  public static final class Raw {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    /** As {@link TrackingService#track(String)}, before parsing. */
    public HttpResponseFor<Tracking> track(String orderCode) {
      return track(orderCode, RequestOptions.none());
    }

    /** As {@link TrackingService#track(String, RequestOptions)}, before parsing. */
    public HttpResponseFor<Tracking> track(String orderCode, RequestOptions options) {
      return transport.executeRaw(PartnerEndpoints.tracking(OrderCodeParams.of(orderCode)), options);
    }
  }
}
