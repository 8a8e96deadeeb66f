package dev.orderkit.cekat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.core.AsyncPage;
import dev.orderkit.core.AutoPager;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.testsupport.StartStop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Auto-paging without a total: lazy, the same {@code limit} on every page, stops after the first
 * short page or at an empty one, and never asks for a page before it is needed.
 */
class CekatPagingTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private CekatClient cekat;
  /** Orders on pages 1, 2, 3...; a page past the end answers 404 so a stray fetch fails. */
  private volatile int[] sizes;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        int page = Integer.parseInt(request.getRequestUrl().queryParameter("page"));
        if (page > sizes.length) {
          return new MockResponse().setResponseCode(404)
              .setBody("{\"message\": \"no page " + page + "\"}");
        }
        return new MockResponse().setBody(page(page, sizes[page - 1]));
      }
    });
    cekat = CekatClient.builder().baseUrl(server.url("/").toString()).apiKey("ck").build();
  }

  @AfterEach
  void close() throws IOException {
    cekat.close();
  }

  /** Page {@code n} holding {@code count} orders, numbered n*10, n*10+1, ... */
  private static String page(int n, int count) {
    StringBuilder orders = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int number = n * 10 + i;
      orders.append(i == 0 ? "" : ",").append("{\"id\":\"id-").append(number)
          .append("\",\"order_number\":").append(number)
          .append(",\"order_status\":\"paid\",\"grand_total\":1000,")
          .append("\"created_at\":\"2026-04-08T09:29:07.444755+00:00\"}");
    }
    return "{\"message\":\"success\",\"data\":{\"orders\":[" + orders + "]}}";
  }

  private static final ListOrdersParams PARAMS = ListOrdersParams.builder().limit(2).build();

  private List<String> requestedQueries() throws InterruptedException {
    List<String> queries = new ArrayList<>();
    int count = server.getRequestCount();
    for (int i = 0; i < count; i++) {
      queries.add(server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl().query());
    }
    return queries;
  }

  private static String number(ListedOrder o) {
    return o.orderNumber().value();
  }

  @Test
  void stopsAfterTheFirstShortPageFetchingEachPageOnlyWhenNeeded() throws Exception {
    sizes = new int[] {2, 2, 1};
    AutoPager<ListedOrder> orders = cekat.orders().listAutoPaging(PARAMS);
    assertThat(server.getRequestCount()).as("nothing fetched before iteration").isZero();

    Iterator<ListedOrder> it = orders.iterator();
    List<String> numbers = new ArrayList<>();
    numbers.add(number(it.next()));
    assertThat(server.getRequestCount()).isEqualTo(1);
    numbers.add(number(it.next()));
    assertThat(server.getRequestCount()).as("page 2 not needed yet").isEqualTo(1);
    numbers.add(number(it.next()));
    assertThat(server.getRequestCount()).isEqualTo(2);
    it.forEachRemaining(o -> numbers.add(number(o)));

    assertThat(numbers).containsExactly("10", "11", "20", "21", "30");
    assertThat(server.getRequestCount()).as("page 3 is short: no page 4").isEqualTo(3);
    assertThat(requestedQueries())
        .containsExactly("limit=2&page=1", "limit=2&page=2", "limit=2&page=3");
  }

  @Test
  void stopsAtAnEmptyPage() throws Exception {
    sizes = new int[] {2, 2, 0};

    List<String> numbers = cekat.orders().listAutoPaging(PARAMS).stream()
        .map(CekatPagingTest::number).collect(Collectors.toList());

    assertThat(numbers).containsExactly("10", "11", "20", "21");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(requestedQueries())
        .containsExactly("limit=2&page=1", "limit=2&page=2", "limit=2&page=3");
  }

  @Test
  void aShortFirstPageIsTheOnlyOneAndAStreamStopsFetchingWhenItStops() throws Exception {
    sizes = new int[] {1};
    assertThat(cekat.orders().listAutoPaging(PARAMS).stream().count()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);

    sizes = new int[] {2, 2, 2, 2};
    List<String> firstThree = cekat.orders().listAutoPaging(PARAMS).stream().limit(3)
        .map(CekatPagingTest::number).collect(Collectors.toList());
    assertThat(firstThree).containsExactly("10", "11", "20");
    assertThat(server.getRequestCount()).as("1 + pages 1 and 2").isEqualTo(3);
  }

  @Test
  void pagesSayWhetherAnotherMayFollowAndStartWhereAsked() throws Exception {
    sizes = new int[] {2, 1};

    OrderPage second = cekat.orders().list(PARAMS.withPage(2));
    assertThat(second.hasNextPage()).isFalse();
    assertThat(second.pageNumber()).contains(2);
    assertThat(catchThrowable(second::nextPage)).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("last one");

    OrderPage first = cekat.orders().list(PARAMS);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPage().items()).extracting(CekatPagingTest::number)
        .containsExactly("20");
    assertThat(first.autoPager().stream().count()).as("starts at the page in hand").isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aFailingPageSurfacesFromTheIterator() {
    sizes = new int[] {2};

    Throwable thrown = catchThrowable(() -> cekat.orders().listAutoPaging(PARAMS).stream()
        .count());

    assertThat(thrown).isInstanceOf(NotFoundException.class).hasMessageContaining("no page 2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncPagingVisitsEveryOrderInOrderAndEndsAtTheShortPage() throws Exception {
    sizes = new int[] {2, 2, 1};
    List<String> numbers = new ArrayList<>();

    cekat.async().orders().listAutoPaging(PARAMS).forEach(o -> numbers.add(number(o)))
        .get(10, TimeUnit.SECONDS);

    assertThat(numbers).containsExactly("10", "11", "20", "21", "30");
    assertThat(requestedQueries())
        .containsExactly("limit=2&page=1", "limit=2&page=2", "limit=2&page=3");
  }

  @Test
  void asyncPagingEndsAtAnEmptyPage() throws Exception {
    sizes = new int[] {2, 0};
    List<String> numbers = new ArrayList<>();

    cekat.async().orders().listAutoPaging(PARAMS).forEach(o -> numbers.add(number(o)))
        .get(10, TimeUnit.SECONDS);

    assertThat(numbers).containsExactly("10", "11");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncPagesFetchTheNextOnlyWhenAsked() throws Exception {
    sizes = new int[] {2, 1};

    AsyncOrderPage first = cekat.async().orders().list(PARAMS).get(10, TimeUnit.SECONDS);
    assertThat(server.getRequestCount()).as("no page fetched early").isEqualTo(1);
    assertThat(first.hasNextPage()).isTrue();
    AsyncPage<ListedOrder> second = first.nextPage().get(10, TimeUnit.SECONDS);
    assertThat(second.items()).extracting(CekatPagingTest::number).containsExactly("20");
    assertThat(second.hasNextPage()).isFalse();

    Throwable none = catchThrowable(() -> second.nextPage().get(10, TimeUnit.SECONDS));
    assertThat(none).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(NoSuchElementException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aServerThatIgnoresPageDoesNotLoopForever() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setBody(page(1, 2)); // always the same full page
      }
    });

    List<String> blocking = cekat.orders().listAutoPaging(PARAMS).stream()
        .map(CekatPagingTest::number).collect(Collectors.toList());
    List<String> async = new ArrayList<>();
    cekat.async().orders().listAutoPaging(PARAMS).forEach(o -> async.add(number(o)))
        .get(10, TimeUnit.SECONDS);

    assertThat(blocking).containsExactly("10", "11");
    assertThat(async).containsExactly("10", "11");
    assertThat(server.getRequestCount()).as("page 2 repeated page 1: stop").isEqualTo(4);
  }

  @Test
  void asyncPagingFailuresArriveUnwrapped() {
    sizes = new int[] {2};   // page 2 answers 404

    Throwable thrown = catchThrowable(() -> cekat.async().orders()
        .listAutoPaging(PARAMS).forEach(o -> { }).get(10, TimeUnit.SECONDS));

    assertThat(thrown).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(NotFoundException.class);
  }

  @Test
  void nullParamsAreRefusedBeforeAnyRequest() {
    Throwable list = catchThrowable(() -> cekat.orders().list(null));
    Throwable create = catchThrowable(() -> cekat.orders().create(null));

    assertThat(list).isInstanceOf(dev.orderkit.core.errors.InvalidInputException.class)
        .hasMessageStartingWith("params:");
    assertThat(create).isInstanceOf(dev.orderkit.core.errors.InvalidInputException.class)
        .hasMessageStartingWith("params:");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncAutoPagingRefusesANullActionBeforeAnyRequest() {
    Throwable thrown = catchThrowable(() -> cekat.async().orders().listAutoPaging(PARAMS)
        .forEach(null));

    assertThat(thrown).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("action");
    assertThat(server.getRequestCount()).isZero();
  }
}
