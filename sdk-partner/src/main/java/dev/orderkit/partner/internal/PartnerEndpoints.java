package dev.orderkit.partner.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.LazyJsonAdapter;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.Tracking;
import dev.orderkit.partner.model.UpdateOrderParams;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The fifteen endpoints as requests: path, method, body and parser, each defined once and shared
 * by the blocking, async and raw services. Parsers are built once, here; each adapter on first
 * use.
 *
 * <p>Reads (list, detail, tracking, shipping label) are safe to repeat. The shipping label counts
 * as a read even with {@code mark_as_printed}: marking a label printed twice leaves it printed.
 * Create, update and the fulfillment actions are not: once they may have been processed they are
 * never replayed. Their answer carries no value the caller needs, so an empty 2xx body or a
 * {@code 204 No Content} reads as success; the reads keep failing on an empty body.
 */
public final class PartnerEndpoints {
  private static final String ORDERS = "api/partner/v1/orders";
  private static final String FULFILLMENT = ORDERS + "/fulfillment";

  private static final ResponseParser<Enveloped<OrderList>> LIST =
      Envelope.parser(adapter(OrderList.class));
  private static final ResponseParser<OrderDetail> DETAIL =
      new DataParser<OrderDetail>(OrderDetail.class, "order") {
        @Override
        OrderDetail withRequestId(OrderDetail value, @Nullable String requestId) {
          return value.withRequestId(requestId);
        }
      };
  private static final ResponseParser<Tracking> TRACKING =
      new DataParser<Tracking>(Tracking.class, "tracking") {
        @Override
        Tracking withRequestId(Tracking value, @Nullable String requestId) {
          return value.withRequestId(requestId);
        }
      };
  private static final ResponseParser<ShippingLabel> LABEL =
      new DataParser<ShippingLabel>(ShippingLabel.class, "shipping label") {
        @Override
        ShippingLabel withRequestId(ShippingLabel value, @Nullable String requestId) {
          return value.withRequestId(requestId);
        }
      };
  /**
   * Create, update and the fulfillment actions: their result carries nothing essential (the
   * documented {@code data} is {@code null} or {@code []}), so a 2xx with an empty body (such as
   * {@code 204 No Content}) is a success: the HTTP status, no message, no request id.
   */
  private static final ResponseParser<ActionResult> ACTION = new ResponseParser<ActionResult>() {
    private final ResponseParser<Enveloped<Void>> envelope = Envelope.withoutData();

    @Override
    public ActionResult parse(JsonReader reader, ResponseMeta meta) throws IOException {
      Enveloped<Void> e = envelope.parse(reader, meta);
      return ActionResult.builder().status(e.status())
          .message(e.message() == null ? "" : e.message()).requestId(e.requestId()).build();
    }

    @Override
    public ActionResult emptyBody(ResponseMeta meta) {
      return ActionResult.builder().status(meta.statusCode()).message("").build();
    }
  };

  private static final JsonAdapter<ListOrdersParams> LIST_PARAMS = adapter(ListOrdersParams.class);
  private static final JsonAdapter<CreateOrderParams> CREATE_PARAMS =
      adapter(CreateOrderParams.class);
  private static final JsonAdapter<UpdateOrderParams> UPDATE_PARAMS =
      adapter(UpdateOrderParams.class);
  private static final JsonAdapter<OrderCodeParams> CODE_PARAMS = adapter(OrderCodeParams.class);
  private static final JsonAdapter<PackOrderParams> PACK_PARAMS = adapter(PackOrderParams.class);
  private static final JsonAdapter<CancelOrderParams> CANCEL_PARAMS =
      adapter(CancelOrderParams.class);
  private static final JsonAdapter<ReturnOrderParams> RETURN_PARAMS =
      adapter(ReturnOrderParams.class);
  private static final JsonAdapter<ShippingLabelParams> LABEL_PARAMS =
      adapter(ShippingLabelParams.class);

  private PartnerEndpoints() {}

  /** The adapter of {@code type}, made on first use (a cold start makes only its calls' own). */
  private static <T> JsonAdapter<T> adapter(Class<T> type) {
    return LazyJsonAdapter.of(PartnerJson.MOSHI, type);
  }

  /**
   * A parser for an envelope whose {@code data} is required, stamped with its request id. The
   * parsers here are classes, not lambdas: a lambda is spun into a class on first use, which a
   * cold start pays for each.
   */
  private abstract static class DataParser<T> implements ResponseParser<T> {
    private final ResponseParser<Enveloped<T>> envelope;
    private final String what;

    DataParser(Class<T> type, String what) {
      this.envelope = Envelope.parser(adapter(type));
      this.what = what;
    }

    @Override
    public T parse(JsonReader reader, ResponseMeta meta) throws IOException {
      Enveloped<T> e = envelope.parse(reader, meta);
      return withRequestId(Envelope.requireData(e, what), e.requestId());
    }

    /** Returns {@code value} with the envelope's request id. */
    abstract T withRequestId(T value, @Nullable String requestId);
  }

  /** {@code POST /orders}: one page of orders. */
  public static ApiRequest<Enveloped<OrderList>> list(ListOrdersParams params) {
    return ApiRequest.builder("POST", ORDERS, LIST)
        .body(RequestBodyWriter.of(params, LIST_PARAMS))
        .safeToRepeat(true).description("list orders").build();
  }

  /** {@code GET /orders/{id}/detail}: one order in full. */
  public static ApiRequest<OrderDetail> detail(long orderId) {
    return ApiRequest.builder("GET", ORDERS + "/{id}/detail", DETAIL)
        .pathParam("id", Long.toString(orderId)).description("order detail").build();
  }

  /** {@code POST /orders/create}: creates an order; never replayed once it may have happened. */
  public static ApiRequest<ActionResult> create(CreateOrderParams params) {
    return write(ORDERS + "/create", RequestBodyWriter.of(params, CREATE_PARAMS), "create order");
  }

  /** {@code POST /orders/update}: updates an order (the SDK sends its {@code order_code}). */
  public static ApiRequest<ActionResult> update(UpdateOrderParams params) {
    return write(ORDERS + "/update", RequestBodyWriter.of(params, UPDATE_PARAMS), "update order");
  }

  /** {@code POST /fulfillment/set-process}. */
  public static ApiRequest<ActionResult> setProcess(OrderCodeParams params) {
    return write(FULFILLMENT + "/set-process", RequestBodyWriter.of(params, CODE_PARAMS),
        "set process");
  }

  /** {@code POST /fulfillment/set-packed}. */
  public static ApiRequest<ActionResult> setPacked(PackOrderParams params) {
    return write(FULFILLMENT + "/set-packed", RequestBodyWriter.of(params, PACK_PARAMS),
        "set packed");
  }

  /** {@code POST /fulfillment/set-process-packed}: process and pack, handled asynchronously. */
  public static ApiRequest<ActionResult> setProcessPacked(PackOrderParams params) {
    return write(FULFILLMENT + "/set-process-packed", RequestBodyWriter.of(params, PACK_PARAMS),
        "set process-packed");
  }

  /** {@code POST /fulfillment/ship}. */
  public static ApiRequest<ActionResult> ship(OrderCodeParams params) {
    return write(FULFILLMENT + "/ship", RequestBodyWriter.of(params, CODE_PARAMS), "ship order");
  }

  /** {@code POST /fulfillment/completed}. */
  public static ApiRequest<ActionResult> completed(OrderCodeParams params) {
    return write(FULFILLMENT + "/completed", RequestBodyWriter.of(params, CODE_PARAMS),
        "complete order");
  }

  /** {@code POST /fulfillment/return}. */
  public static ApiRequest<ActionResult> returnOrder(ReturnOrderParams params) {
    return write(FULFILLMENT + "/return", RequestBodyWriter.of(params, RETURN_PARAMS),
        "return order");
  }

  /** {@code POST /fulfillment/cancel}. */
  public static ApiRequest<ActionResult> cancel(CancelOrderParams params) {
    return write(FULFILLMENT + "/cancel", RequestBodyWriter.of(params, CANCEL_PARAMS),
        "cancel order");
  }

  /** {@code POST /fulfillment/approve-cancel}. */
  public static ApiRequest<ActionResult> approveCancel(OrderCodeParams params) {
    return write(FULFILLMENT + "/approve-cancel", RequestBodyWriter.of(params, CODE_PARAMS),
        "approve cancel");
  }

  /** {@code POST /fulfillment/reject-cancel}. */
  public static ApiRequest<ActionResult> rejectCancel(OrderCodeParams params) {
    return write(FULFILLMENT + "/reject-cancel", RequestBodyWriter.of(params, CODE_PARAMS),
        "reject cancel");
  }

  /** {@code POST /fulfillment/shipping-label}: the label's URL. */
  public static ApiRequest<ShippingLabel> shippingLabel(ShippingLabelParams params) {
    return ApiRequest.builder("POST", FULFILLMENT + "/shipping-label", LABEL)
        .body(RequestBodyWriter.of(params, LABEL_PARAMS))
        .safeToRepeat(true).description("shipping label").build();
  }

  /** {@code POST /orders/tracking}: one order's order and delivery history. */
  public static ApiRequest<Tracking> tracking(OrderCodeParams params) {
    return ApiRequest.builder("POST", ORDERS + "/tracking", TRACKING)
        .body(RequestBodyWriter.of(params, CODE_PARAMS))
        .safeToRepeat(true).description("track order").build();
  }

  private static ApiRequest<ActionResult> write(String path, RequestBodyWriter body,
      String description) {
    return ApiRequest.builder("POST", path, ACTION).body(body).description(description).build();
  }
}
