package dev.orderkit.partner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CancelReason;
import dev.orderkit.partner.model.Customer;
import dev.orderkit.partner.model.Fixtures;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.partner.model.RequestParamsTest;
import dev.orderkit.partner.model.ReturnOrderParams;
import dev.orderkit.partner.model.ReturnReason;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.SortDirection;
import dev.orderkit.partner.model.Tracking;
import dev.orderkit.partner.model.UpdateOrderParams;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one of the fifteen endpoints, blocking, async, raw and raw async: the exact request on the
 * wire (method, path, auth and tenant headers, JSON body) and the docs' own example response decoded,
 * quirks and all (trailing commas, {@code "status": "ok"}, {@code data} as null or {@code []}).
 */
class PartnerEndpointsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private PartnerClient partner;
  /** What the client's listener saw: each call's endpoint name and how it ended. */
  private final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The stable name of each endpoint's calls, as listeners see them. */
  static final Map<String, String> ENDPOINT_NAMES = new LinkedHashMap<>();

  static {
    ENDPOINT_NAMES.put("list orders", "partner.orders.list");
    ENDPOINT_NAMES.put("order detail", "partner.orders.detail");
    ENDPOINT_NAMES.put("create order", "partner.orders.create");
    ENDPOINT_NAMES.put("update order", "partner.orders.update");
    ENDPOINT_NAMES.put("set process", "partner.fulfillment.process");
    ENDPOINT_NAMES.put("set packed", "partner.fulfillment.pack");
    ENDPOINT_NAMES.put("ship", "partner.fulfillment.ship");
    ENDPOINT_NAMES.put("completed", "partner.fulfillment.complete");
    ENDPOINT_NAMES.put("return", "partner.fulfillment.returnOrder");
    ENDPOINT_NAMES.put("cancel", "partner.fulfillment.cancel");
    ENDPOINT_NAMES.put("approve cancel", "partner.fulfillment.approveCancel");
    ENDPOINT_NAMES.put("reject cancel", "partner.fulfillment.rejectCancel");
    ENDPOINT_NAMES.put("shipping label", "partner.fulfillment.shippingLabel");
    ENDPOINT_NAMES.put("tracking", "partner.tracking.track");
    ENDPOINT_NAMES.put("set process-packed", "partner.fulfillment.processAndPack");
  }

  @BeforeEach
  void client() throws IOException {
    partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("pk_test_123").tenantId("ABC-123")
        .listener(new dev.orderkit.core.events.CallListener() {
          @Override
          public void callEnded(dev.orderkit.core.events.CallEnded e) {
            calls.add(e.call().endpoint() + " " + e.call().method() + " "
                + e.call().pathTemplate() + " " + e.outcome() + " async=" + e.call().async());
          }
        }).build();
  }

  /** The listener saw one call of the endpoint, by its stable name, ending in success. */
  private void assertListenerSaw(Endpoint e, boolean async) {
    assertThat(calls).containsExactly(ENDPOINT_NAMES.get(e.name()) + " " + e.method() + " "
        + e.path().substring(1).replace("/5/", "/{id}/") + " SUCCESS async=" + async);
  }

  @AfterEach
  void close() throws IOException {
    partner.close();
  }

  /** One endpoint: how to call it three ways, what must be sent, and what must come back. */
  record Endpoint(String name, String method, String path, String body, String responseFixture,
      Function<PartnerClient, Object> blocking,
      Function<PartnerClient, CompletableFuture<?>> async,
      Function<PartnerClient, HttpResponseFor<?>> raw,
      Consumer<Object> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final ListOrdersParams LIST = ListOrdersParams.builder().page(1).perPage(2)
      .status(OrderStatus.ALL).sortDirection(SortDirection.ASC).build();
  static final UpdateOrderParams UPDATE = UpdateOrderParams.builder().orderCode("ORD123")
      .customer(Customer.builder().name("Jane Smith Updated").build())
      .notes("Updated delivery instructions").tags(List.of("updated", "priority")).build();
  static final PackOrderParams PACK = PackOrderParams.builder().orderCode("ORD123")
      .pickupOption(PickupOption.LATE_PICKUP).build();
  static final ReturnOrderParams RETURN = ReturnOrderParams.builder().orderCode("ORD123")
      .returnBy(ReturnReason.CUSTOMER_REQUEST)
      .returnReason("Customer requested return due to wrong size").build();
  static final CancelOrderParams CANCEL = CancelOrderParams.builder().orderCode("ORD123")
      .cancelBy(CancelReason.CUSTOMER_REQUEST)
      .cancelReason("Customer requested cancellation due to wrong item selection")
      .directCancel(true).build();
  static final ShippingLabelParams LABEL = ShippingLabelParams.builder().orderCode("ORD123")
      .markAsPrinted(true).build();
  static final String CODE_BODY = "{\"order_code\":\"ORD123\"}";
  /** The docs' example body (with the SDK's documented differences), not the SDK's own output. */
  static final String CREATE_BODY = writeTree(RequestParamsTest.expectedCreateBody());
  static final String PACK_BODY = "{\"order_code\":\"ORD123\",\"pickup_option\":\"LATE_PICKUP\"}";

  static Consumer<Object> action(int status, String message) {
    return result -> {
      ActionResult r = (ActionResult) result;
      assertThat(r.status()).isEqualTo(status);
      assertThat(r.message()).isEqualTo(message);
      assertThat(r.requestId()).isPresent();
    };
  }

  static Stream<Endpoint> endpoints() {
    String orders = "/api/partner/v1/orders";
    String f = orders + "/fulfillment";
    return Stream.of(
        new Endpoint("list orders", "POST", orders,
            "{\"page\":1,\"per_page\":2,\"status\":\"All\",\"sort_direction\":\"asc\"}",
            "list-orders.response.json",
            p -> p.orders().list(LIST), p -> p.async().orders().list(LIST),
            p -> p.orders().withRawResponse().list(LIST),
            result -> {
              OrderListPage page = (OrderListPage) result;
              assertThat(page.items()).hasSize(2);
              assertThat(page.currentPage()).isEqualTo(1);
              assertThat(page.totalPage()).isEqualTo(2);
              assertThat(page.totalData()).isEqualTo(4);
              assertThat(page.perPage()).isEqualTo(2);
              assertThat(page.requestId()).contains("354e833c-7576-4025-b727-ac9f1ab9e811");
              assertThat(page.hasNextPage()).isTrue();
              assertThat(page.items().get(0).orderCode()).isEqualTo("ORD123");
              assertThat(page.items().get(1).orderCode()).isEqualTo("ORD124");
            }),
        new Endpoint("order detail", "GET", orders + "/5/detail", null,
            "order-detail.response.json",
            p -> p.orders().detail(5), p -> p.async().orders().detail(5),
            p -> p.orders().withRawResponse().detail(5),
            result -> {
              OrderDetail d = (OrderDetail) result;
              assertThat(d.orderId()).isEqualTo(5);
              assertThat(d.orderCode()).isEqualTo("ORD123");
              assertThat(d.internalStatus().known()).contains(OrderStatus.Known.PROCESS);
              assertThat(d.priceInfo().get().grandTotal()).isEqualTo(new BigDecimal("12000.00"));
              assertThat(d.productLines()).hasSize(2);
              assertThat(d.requestId()).contains("request-id");
            }),
        new Endpoint("create order", "POST", orders + "/create",
            CREATE_BODY, "create-order.response.json",
            p -> p.orders().create(RequestParamsTest.createOrderExample()),
            p -> p.async().orders().create(RequestParamsTest.createOrderExample()),
            p -> p.orders().withRawResponse().create(RequestParamsTest.createOrderExample()),
            result -> {
              ActionResult r = (ActionResult) result;
              assertThat(r.status()).isEqualTo(201);
              assertThat(r.message()).isEqualTo("Created");
              assertThat(r.requestId()).contains("c01d4b42-e364-4068-94cb-bcab9c0f6988");
            }),
        new Endpoint("update order", "POST", orders + "/update",
            "{\"customer\":{\"name\":\"Jane Smith Updated\"},\"notes\":\"Updated delivery "
                + "instructions\",\"tags\":[\"updated\",\"priority\"],\"order_code\":\"ORD123\"}",
            "set-process.response.json",
            p -> p.orders().update(UPDATE), p -> p.async().orders().update(UPDATE),
            p -> p.orders().withRawResponse().update(UPDATE),
            action(200, "Success Process Order ORD123")),
        new Endpoint("set process", "POST", f + "/set-process", CODE_BODY,
            "set-process.response.json",
            p -> p.fulfillment().process("ORD123"), p -> p.async().fulfillment().process("ORD123"),
            p -> p.fulfillment().withRawResponse().process("ORD123"),
            action(200, "Success Process Order ORD123")),
        new Endpoint("set packed", "POST", f + "/set-packed", PACK_BODY,
            "set-packed.response.json",
            p -> p.fulfillment().pack(PACK), p -> p.async().fulfillment().pack(PACK),
            p -> p.fulfillment().withRawResponse().pack(PACK),
            action(200, "Success Packed Order ORD123")),
        new Endpoint("ship", "POST", f + "/ship", CODE_BODY, "ship.response.json",
            p -> p.fulfillment().ship("ORD123"), p -> p.async().fulfillment().ship("ORD123"),
            p -> p.fulfillment().withRawResponse().ship("ORD123"),
            action(200, "Success Shipped Order ORD123")),
        new Endpoint("completed", "POST", f + "/completed", CODE_BODY, "completed.response.json",
            p -> p.fulfillment().complete("ORD123"),
            p -> p.async().fulfillment().complete("ORD123"),
            p -> p.fulfillment().withRawResponse().complete("ORD123"),
            action(200, "Success Completed Order ORD123")),
        new Endpoint("return", "POST", f + "/return",
            "{\"order_code\":\"ORD123\",\"return_by\":\"customer_request\",\"return_reason\":"
                + "\"Customer requested return due to wrong size\"}",
            "return.response.json",
            p -> p.fulfillment().returnOrder(RETURN), p -> p.async().fulfillment().returnOrder(RETURN),
            p -> p.fulfillment().withRawResponse().returnOrder(RETURN),
            action(200, "Success Return Order ORD123")),
        new Endpoint("cancel", "POST", f + "/cancel",
            "{\"order_code\":\"ORD123\",\"cancel_by\":\"customer_request\",\"cancel_reason\":"
                + "\"Customer requested cancellation due to wrong item selection\","
                + "\"direct_cancel\":true}",
            "cancel.response.json",
            p -> p.fulfillment().cancel(CANCEL), p -> p.async().fulfillment().cancel(CANCEL),
            p -> p.fulfillment().withRawResponse().cancel(CANCEL),
            action(200, "Success Cancel Order ORD123")),
        new Endpoint("approve cancel", "POST", f + "/approve-cancel", CODE_BODY,
            "approve-cancel.response.json",
            p -> p.fulfillment().approveCancel("ORD123"),
            p -> p.async().fulfillment().approveCancel("ORD123"),
            p -> p.fulfillment().withRawResponse().approveCancel("ORD123"),
            action(200, "Success Approve Cancel Order ORD123")),
        new Endpoint("reject cancel", "POST", f + "/reject-cancel", CODE_BODY,
            "reject-cancel.response.json",
            p -> p.fulfillment().rejectCancel("ORD123"),
            p -> p.async().fulfillment().rejectCancel("ORD123"),
            p -> p.fulfillment().withRawResponse().rejectCancel("ORD123"),
            action(200, "Success Reject Cancel Order ORD123")),
        new Endpoint("shipping label", "POST", f + "/shipping-label",
            "{\"order_code\":\"ORD123\",\"mark_as_printed\":\"true\"}",
            "shipping-label.response.json",
            p -> p.fulfillment().shippingLabel(LABEL),
            p -> p.async().fulfillment().shippingLabel(LABEL),
            p -> p.fulfillment().withRawResponse().shippingLabel(LABEL),
            result -> {
              ShippingLabel label = (ShippingLabel) result;
              assertThat(label.orderId()).isEqualTo(1);
              assertThat(label.orderCode()).isEqualTo("ORD123");
              assertThat(label.channel()).contains("offline");
              assertThat(label.url()).isEqualTo("https://cdn.bebaskirim.com/labels/ORD123.pdf");
              assertThat(label.requestId()).contains("request-id");
            }),
        new Endpoint("tracking", "POST", orders + "/tracking", "{\"order_code\":\"ABC123\"}",
            "tracking.response.json",
            p -> p.tracking().track("ABC123"), p -> p.async().tracking().track("ABC123"),
            p -> p.tracking().withRawResponse().track("ABC123"),
            result -> {
              Tracking t = (Tracking) result;
              assertThat(t.orderCode()).isEqualTo("ABC123");
              assertThat(t.orderStatus().known()).contains(OrderStatus.Known.PROCESS);
              assertThat(t.orderHistory()).hasSize(2);
              assertThat(t.deliveryHistory()).hasSize(2);
              assertThat(t.requestId()).contains("request-id");
            }),
        new Endpoint("set process-packed", "POST", f + "/set-process-packed", PACK_BODY,
            "set-process-packed.response.json",
            p -> p.fulfillment().processAndPack(PACK),
            p -> p.async().fulfillment().processAndPack(PACK),
            p -> p.fulfillment().withRawResponse().processAndPack(PACK),
            action(200, "Success Process Packed Order ORD123")));
  }

  private static String writeTree(Object tree) {
    try {
      return dev.orderkit.core.spi.JsonTree.adapter().toJson(tree);
    } catch (RuntimeException e) {
      throw e;
    }
  }

  private void serve(Endpoint e) {
    server.enqueue(new MockResponse()
        .setResponseCode(e.responseFixture().startsWith("create") ? 201 : 200)
        .addHeader("Content-Type", "application/json")
        .setBody(Fixtures.text(e.responseFixture())));
  }

  private void assertRequest(Endpoint e) throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo(e.method());
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(e.path());
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer pk_test_123");
    assertThat(request.getHeaders().get("X-Tenant-Id")).isEqualTo("ABC-123");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("orderkit-java/")
        .contains("(partner; Java/");
    if (e.body() == null) {
      assertThat(request.getBodySize()).isZero();
    } else {
      assertThat(request.getHeaders().get("Content-Type"))
          .isEqualTo("application/json; charset=utf-8");
      assertThat(Fixtures.tree(body(request))).as("body")
          .isEqualTo(Fixtures.tree(e.body()));
      if (!e.name().equals("create order")) {
        assertThat(body(request)).isEqualTo(e.body());
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** The request body as text; cloned, because reading the recorded buffer consumes it. */
  private static String body(RecordedRequest request) {
    return request.getBody().clone().readUtf8();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void blocking(Endpoint e) throws Exception {
    serve(e);
    Object result = e.blocking().apply(partner);
    assertRequest(e);
    e.check().accept(result);
    assertListenerSaw(e, false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void async(Endpoint e) throws Exception {
    serve(e);
    Object result = e.async().apply(partner).get(10, TimeUnit.SECONDS);
    assertRequest(e);
    e.check().accept(result);
    assertListenerSaw(e, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void raw(Endpoint e) throws Exception {
    serve(e);
    HttpResponseFor<?> raw = e.raw().apply(partner);
    assertRequest(e);
    assertListenerSaw(e, false); // a raw response ends the call: parsing is the caller's
    assertThat(raw.headers().get("X-Request-Id")).isNull();
    assertThat(raw.requestId()).as("the envelope's request_id, before any parse")
        .isEqualTo(java.util.Optional.ofNullable(((Map<?, ?>) Fixtures.tree(
            Fixtures.withoutTrailingCommas(Fixtures.text(e.responseFixture()))))
            .get("request_id")));
    assertThat(raw.statusCode()).isEqualTo(e.responseFixture().startsWith("create") ? 201 : 200);
    assertThat(raw.attempts()).isEqualTo(1);
    assertThat(raw.headers().get("Content-Type")).isEqualTo("application/json");
    e.check().accept(raw.parse());
  }
  /** The raw async form of each endpoint, by the name in {@link #endpoints()}. */
  private static final Map<String, Function<PartnerClient, CompletableFuture<? extends
      HttpResponseFor<?>>>> ASYNC_RAW = new LinkedHashMap<>();

  static {
    ASYNC_RAW.put("list orders", p -> p.async().orders().withRawResponse().list(LIST));
    ASYNC_RAW.put("order detail", p -> p.async().orders().withRawResponse().detail(5));
    ASYNC_RAW.put("create order", p -> p.async().orders().withRawResponse()
        .create(RequestParamsTest.createOrderExample()));
    ASYNC_RAW.put("update order", p -> p.async().orders().withRawResponse().update(UPDATE));
    ASYNC_RAW.put("set process",
        p -> p.async().fulfillment().withRawResponse().process("ORD123"));
    ASYNC_RAW.put("set packed", p -> p.async().fulfillment().withRawResponse().pack(PACK));
    ASYNC_RAW.put("ship", p -> p.async().fulfillment().withRawResponse().ship("ORD123"));
    ASYNC_RAW.put("completed", p -> p.async().fulfillment().withRawResponse().complete("ORD123"));
    ASYNC_RAW.put("return", p -> p.async().fulfillment().withRawResponse().returnOrder(RETURN));
    ASYNC_RAW.put("cancel", p -> p.async().fulfillment().withRawResponse().cancel(CANCEL));
    ASYNC_RAW.put("approve cancel",
        p -> p.async().fulfillment().withRawResponse().approveCancel("ORD123"));
    ASYNC_RAW.put("reject cancel",
        p -> p.async().fulfillment().withRawResponse().rejectCancel("ORD123"));
    ASYNC_RAW.put("shipping label",
        p -> p.async().fulfillment().withRawResponse().shippingLabel(LABEL));
    ASYNC_RAW.put("tracking", p -> p.async().tracking().withRawResponse().track("ABC123"));
    ASYNC_RAW.put("set process-packed",
        p -> p.async().fulfillment().withRawResponse().processAndPack(PACK));
  }

  @Test
  void everyEndpointHasItsRawAsyncFormAndItsNameHere() {
    assertThat(ENDPOINT_NAMES.keySet()).containsExactlyElementsOf(
        endpoints().map(Endpoint::name).collect(Collectors.toList()));
    assertThat(ASYNC_RAW.keySet()).containsExactlyElementsOf(
        endpoints().map(Endpoint::name).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void rawAsync(Endpoint e) throws Exception {
    serve(e);
    HttpResponseFor<?> raw = ASYNC_RAW.get(e.name()).apply(partner).get(10, TimeUnit.SECONDS);
    assertRequest(e);
    assertListenerSaw(e, true);
    assertThat(raw.statusCode()).isEqualTo(e.responseFixture().startsWith("create") ? 201 : 200);
    assertThat(raw.attempts()).isEqualTo(1);
    assertThat(raw.headers().get("Content-Type")).isEqualTo("application/json");
    e.check().accept(raw.parse());
  }
}
