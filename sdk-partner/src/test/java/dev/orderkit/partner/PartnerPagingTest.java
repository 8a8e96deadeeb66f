package dev.orderkit.partner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.AutoPager;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.OrderSummary;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto-paging across three pages: lazy, same filters on every page, stops at total_page. */
class PartnerPagingTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private PartnerClient partner;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = body(request);
        int page = Integer.parseInt(body.replaceAll(".*\"page\":(\\d+).*", "$1"));
        return new MockResponse().setBody(page(page));
      }
    });
    partner = PartnerClient.builder().baseUrl(server.url("/").toString())
        .apiKey("pk").tenantId("T").build();
  }

  @AfterEach
  void close() throws IOException {
    partner.close();
  }

  /** The request body as text; cloned, because reading the recorded buffer consumes it. */
  private static String body(RecordedRequest request) {
    return request.getBody().clone().readUtf8();
  }

  /** Page n of 3, two orders each (the last has one), as the API shapes it. */
  private static String page(int n) {
    StringBuilder items = new StringBuilder();
    int count = n == 3 ? 1 : 2;
    for (int i = 0; i < count; i++) {
      int id = n * 10 + i;
      items.append(i == 0 ? "" : ",").append("{\"order_header_id\":").append(id)
          .append(",\"order_code\":\"ORD").append(id).append("\",\"internal_status\":\"To Process\",")
          .append("\"created_at\":\"2025-09-27T01:12:09.000000Z\"}");
    }
    return "{\"status\":200,\"message\":\"Ok\",\"data\":{\"data\":[" + items + "],"
        + "\"current_page\":" + n + ",\"per_page\":2,\"total_data\":5,\"total_page\":3},"
        + "\"errors\":null,\"request_id\":\"req-" + n + "\"}";
  }

  private static final ListOrdersParams PARAMS = ListOrdersParams.builder().perPage(2)
      .status(OrderStatus.TO_PROCESS).build();

  @Test
  void autoPagingFetchesPagesLazilyUntilTheLastOne() throws Exception {
    AutoPager<OrderSummary> orders = partner.orders().listAutoPaging(PARAMS);
    assertThat(server.getRequestCount()).as("nothing fetched before iteration").isZero();

    Iterator<OrderSummary> it = orders.iterator();
    List<String> codes = new ArrayList<>();
    codes.add(it.next().orderCode());
    assertThat(server.getRequestCount()).isEqualTo(1);
    codes.add(it.next().orderCode());
    assertThat(server.getRequestCount()).as("page 2 not needed yet").isEqualTo(1);
    it.forEachRemaining(o -> codes.add(o.orderCode()));

    assertThat(codes).containsExactly("ORD10", "ORD11", "ORD20", "ORD21", "ORD30");
    assertThat(server.getRequestCount()).as("stops at total_page").isEqualTo(3);
    for (int page = 1; page <= 3; page++) {
      assertThat(body(server.takeRequest(1, TimeUnit.SECONDS))).isEqualTo("{\"page\":" + page
          + ",\"per_page\":2,\"status\":\"to_process\",\"sort_direction\":\"desc\"}");
    }
  }

  @Test
  void streamsAndPagesExposeTheTotals() {
    List<String> codes = partner.orders().listAutoPaging(PARAMS).stream().limit(3)
        .map(OrderSummary::orderCode).collect(Collectors.toList());
    assertThat(codes).containsExactly("ORD10", "ORD11", "ORD20");
    assertThat(server.getRequestCount()).isEqualTo(2);

    OrderPage last = partner.orders().list(PARAMS.withPage(3));
    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.currentPage()).isEqualTo(3);
    assertThat(last.requestId()).contains("req-3");
  }

  @Test
  void asyncPagingVisitsEveryOrderInOrder() throws Exception {
    List<String> codes = new ArrayList<>();
    partner.async().orders().listAutoPaging(PARAMS).forEach(o -> codes.add(o.orderCode()))
        .get(10, TimeUnit.SECONDS);

    assertThat(codes).containsExactly("ORD10", "ORD11", "ORD20", "ORD21", "ORD30");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aServerThatIgnoresThePageEndsThePagingWithoutRepeatingOrders() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setBody(page(1)); // always page 1 of 3
      }
    });

    List<String> codes = new ArrayList<>();
    partner.orders().listAutoPaging(PARAMS).forEach(o -> codes.add(o.orderCode()));

    assertThat(codes).containsExactly("ORD10", "ORD11");
    assertThat(server.getRequestCount()).as("page 2 repeated page 1: no third").isEqualTo(2);

    OrderPage repeated = partner.orders().list(PARAMS).nextPage();
    assertThat(repeated.items()).isEmpty();
    assertThat(repeated.hasNextPage()).isFalse();
    assertThat(repeated.pageNumber()).contains(1); // what the server said
    assertThat(repeated.params().page()).isEqualTo(2); // what was asked for
    assertThat(repeated).hasToString("OrderPage{page=1/3, items=0, totalData=5}");
  }
}
