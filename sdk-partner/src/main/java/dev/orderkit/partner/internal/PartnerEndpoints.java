package dev.orderkit.partner.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.Endpoint;
import dev.orderkit.core.spi.PageRequest;
import dev.orderkit.core.spi.Paging;
import dev.orderkit.core.spi.Service;
import dev.orderkit.core.spi.LazyJsonAdapter;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderCodeParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.AsyncOrderPage;
import dev.orderkit.partner.OrderPage;
import dev.orderkit.partner.model.OrderList;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.UpdateOrderParams;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The fifteen endpoints, each declared once: path, method, body, parser and its Javadoc, grouped
 * by service ({@link Orders}, {@link Fulfillment}, {@link Tracking}). The build generates the
 * public services from them (blocking, async and raw, with and without per-call options; see
 * {@link Service}). Parsers are built once, here; each adapter on first use.
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

  private static final ResponseParser<OrderList> LIST =
      new DataParser<OrderList>(OrderList.class, "order list") {
        @Override
        OrderList withRequestId(OrderList value, @Nullable String requestId) {
          return value.withRequestId(requestId);
        }
      };
  private static final ResponseParser<OrderDetail> DETAIL =
      new DataParser<OrderDetail>(OrderDetail.class, "order") {
        @Override
        OrderDetail withRequestId(OrderDetail value, @Nullable String requestId) {
          return value.withRequestId(requestId);
        }
      };
  private static final ResponseParser<dev.orderkit.partner.model.Tracking> TRACKING =
      new DataParser<dev.orderkit.partner.model.Tracking>(
          dev.orderkit.partner.model.Tracking.class, "tracking") {
        @Override
        dev.orderkit.partner.model.Tracking withRequestId(dev.orderkit.partner.model.Tracking value,
            @Nullable String requestId) {
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

    @Override
    public @Nullable String requestIdIn(byte[] body) {
      return Envelope.requestIdIn(body);
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

    @Override
    public @Nullable String requestIdIn(byte[] body) {
      return Envelope.requestIdIn(body);
    }
  }

  /** Orders: list (page by page or auto-paging), detail, create and update. */
  @Service("OrderService")
  public static final class Orders {
    private Orders() {}

    /**
     * One page of orders ({@code POST /orders}) matching {@code params}; its {@code nextPage()}
     * asks for the following page with the same filters, and paging stops at {@code total_page} (or
     * at a page that repeats the one before it: a server that ignores {@code page}).
     */
    @Endpoint(page = OrderPage.class, asyncPage = AsyncOrderPage.class)
    public static PageRequest<ListOrdersParams, OrderList, OrderSummary> list(
        ListOrdersParams params) {
      return Paging.byTotalPages(Orders::listPage, OrderList::orders, OrderList::totalPage,
          ListOrdersParams::page, ListOrdersParams::withPage, OrderSummary::orderHeaderId)
          .first(params);
    }

    private static ApiRequest<OrderList> listPage(ListOrdersParams params) {
      return ApiRequest.builder("POST", ORDERS, LIST)
          .body(RequestBodyWriter.of(params, LIST_PARAMS))
          .safeToRepeat(true).description("list orders").build();
    }

    /** One order in full ({@code GET /orders/{id}/detail}), by its id ({@code order_id}). */
    @Endpoint
    public static ApiRequest<OrderDetail> detail(long orderId) {
      return ApiRequest.builder("GET", ORDERS + "/{id}/detail", DETAIL)
          .pathParam("id", Long.toString(orderId)).description("order detail").build();
    }

    /**
     * Creates an order ({@code POST /orders/create}). Never replayed once it may have reached the
     * server: a timeout or 5xx raises {@link dev.orderkit.core.errors.OutcomeUnknownException};
     * look the order up first.
     */
    @Endpoint
    public static ApiRequest<ActionResult> create(CreateOrderParams params) {
      return write(ORDERS + "/create", RequestBodyWriter.of(params, CREATE_PARAMS),
          "create order");
    }

    /**
     * Updates an order's customer, shipping address, notes or tags ({@code POST /orders/update};
     * the SDK sends its {@code order_code}).
     */
    @Endpoint
    public static ApiRequest<ActionResult> update(UpdateOrderParams params) {
      return write(ORDERS + "/update", RequestBodyWriter.of(params, UPDATE_PARAMS),
          "update order");
    }
  }

  /**
   * Fulfillment: move an order along the status flow (process, pack, ship, complete, return,
   * cancel), answer cancellation requests and get shipping labels. Actions are never replayed
   * once they may have reached the server.
   */
  @Service("FulfillmentService")
  public static final class Fulfillment {
    private Fulfillment() {}

    /** Moves the order to {@code process} ({@code POST /fulfillment/set-process}; allowed from {@code to_process}). */
    @Endpoint
    public static ApiRequest<ActionResult> process(String orderCode) {
      return write(FULFILLMENT + "/set-process", code(orderCode), "set process");
    }

    /**
     * Marks the order packed with a pickup option ({@code POST /fulfillment/set-packed}; allowed
     * from {@code process}).
     */
    @Endpoint
    public static ApiRequest<ActionResult> pack(PackOrderParams params) {
      return write(FULFILLMENT + "/set-packed", RequestBodyWriter.of(params, PACK_PARAMS),
          "set packed");
    }

    /**
     * Processes and packs the order in one step ({@code POST /fulfillment/set-process-packed});
     * the API completes it asynchronously.
     */
    @Endpoint
    public static ApiRequest<ActionResult> processAndPack(PackOrderParams params) {
      return write(FULFILLMENT + "/set-process-packed",
          RequestBodyWriter.of(params, PACK_PARAMS), "set process-packed");
    }

    /** Marks the order shipped ({@code POST /fulfillment/ship}; allowed from {@code packed}). */
    @Endpoint
    public static ApiRequest<ActionResult> ship(String orderCode) {
      return write(FULFILLMENT + "/ship", code(orderCode), "ship order");
    }

    /**
     * Marks the order completed, delivered to the customer ({@code POST /fulfillment/completed};
     * allowed from {@code shipped}).
     */
    @Endpoint
    public static ApiRequest<ActionResult> complete(String orderCode) {
      return write(FULFILLMENT + "/completed", code(orderCode), "complete order");
    }

    /** Records a return ({@code POST /fulfillment/return}; allowed from {@code shipped}). */
    @Endpoint
    public static ApiRequest<ActionResult> returnOrder(ReturnOrderParams params) {
      return write(FULFILLMENT + "/return", RequestBodyWriter.of(params, RETURN_PARAMS),
          "return order");
    }

    /**
     * Cancels the order ({@code POST /fulfillment/cancel}; allowed from {@code pending} to
     * {@code packed}).
     */
    @Endpoint
    public static ApiRequest<ActionResult> cancel(CancelOrderParams params) {
      return write(FULFILLMENT + "/cancel", RequestBodyWriter.of(params, CANCEL_PARAMS),
          "cancel order");
    }

    /** Approves a pending cancellation request ({@code POST /fulfillment/approve-cancel}). */
    @Endpoint
    public static ApiRequest<ActionResult> approveCancel(String orderCode) {
      return write(FULFILLMENT + "/approve-cancel", code(orderCode), "approve cancel");
    }

    /** Rejects a pending cancellation request ({@code POST /fulfillment/reject-cancel}). */
    @Endpoint
    public static ApiRequest<ActionResult> rejectCancel(String orderCode) {
      return write(FULFILLMENT + "/reject-cancel", code(orderCode), "reject cancel");
    }

    /**
     * Gets the order's shipping label, a URL ({@code POST /fulfillment/shipping-label}),
     * optionally marking it printed. Safe to repeat: marking a label printed twice leaves it
     * printed.
     */
    @Endpoint
    public static ApiRequest<ShippingLabel> shippingLabel(ShippingLabelParams params) {
      return ApiRequest.builder("POST", FULFILLMENT + "/shipping-label", LABEL)
          .body(RequestBodyWriter.of(params, LABEL_PARAMS))
          .safeToRepeat(true).description("shipping label").build();
    }
  }

  /** Tracking: an order's status with its order and delivery history. */
  @Service("TrackingService")
  public static final class Tracking {
    private Tracking() {}

    /**
     * Tracks one order ({@code POST /orders/tracking}): its status, order history and delivery
     * history.
     */
    @Endpoint
    public static ApiRequest<dev.orderkit.partner.model.Tracking> track(String orderCode) {
      return ApiRequest.builder("POST", ORDERS + "/tracking", TRACKING)
          .body(code(orderCode))
          .safeToRepeat(true).description("track order").build();
    }
  }

  private static RequestBodyWriter code(String orderCode) {
    return RequestBodyWriter.of(OrderCodeParams.of(orderCode), CODE_PARAMS);
  }

  private static ApiRequest<ActionResult> write(String path, RequestBodyWriter body,
      String description) {
    return ApiRequest.builder("POST", path, ACTION).body(body).description(description).build();
  }
}
