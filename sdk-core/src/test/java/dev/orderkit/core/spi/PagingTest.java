package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two paging rules as decisions, without sockets: which page follows, when paging ends, what
 * a repeated page does, and what the last page says. Each module's paging tests drive the same
 * rules through HTTP.
 */
class PagingTest {
  /** A query: page number and page size. */
  static final class Query {
    final int page;
    final int limit;

    Query(int page, int limit) {
      this.page = page;
      this.limit = limit;
    }

    Query withPage(int page) {
      return new Query(page, limit);
    }
  }

  /** A decoded page: items and the total the API reports (0 when it reports none). */
  static final class Listing {
    final List<String> items;
    final int totalPages;

    Listing(int totalPages, String... items) {
      this.items = Arrays.asList(items);
      this.totalPages = totalPages;
    }
  }

  private static final Paging<Query, Listing, String> BY_TOTAL = Paging.byTotalPages(
      q -> null, l -> l.items, l -> l.totalPages, q -> q.page, Query::withPage, s -> s.charAt(0));
  private static final Paging<Query, Listing, String> UNTIL_SHORT = Paging.untilShortPage(
      q -> null, l -> l.items, q -> q.limit, q -> q.page, Query::withPage, s -> s.charAt(0));

  @Test
  void byTotalPagesEndsAtTheReportedTotalOrAtAnEmptyPage() {
    Query second = new Query(2, 2);
    assertThat(BY_TOTAL.hasNext(second, new Listing(3, "a", "b"), list("a", "b"))).isTrue();
    assertThat(BY_TOTAL.hasNext(new Query(3, 2), new Listing(3, "a"), list("a"))).isFalse();
    assertThat(BY_TOTAL.hasNext(second, new Listing(9), list())).isFalse();
    // the page asked for counts, not what the server says it sent
    assertThat(BY_TOTAL.next(second).page).isEqualTo(3);
    assertThat(BY_TOTAL.lastPageMessage(new Query(3, 2), new Listing(3, "a"), list("a")))
        .isEqualTo("page 3 of 3 is the last one");
    assertThat(BY_TOTAL.describe(second, new Listing(3, "a", "b"), list("a", "b")))
        .isEqualTo("page=2/3, items=2");
    // a server ignoring page would repeat page 1 up to the total: the repeat ends it instead
    assertThat(BY_TOTAL.repeats(new Listing(3, "a1", "b1"), new Listing(3, "a2", "b2"))).isTrue();
    assertThat(BY_TOTAL.repeats(new Listing(3, "a1", "b1"), new Listing(3, "c1", "d1")))
        .isFalse();
  }

  @Test
  void untilShortPageEndsAtAShortOrEmptyPageAndAtARepeatedOne() {
    Query first = new Query(1, 2);
    assertThat(UNTIL_SHORT.hasNext(first, new Listing(0, "a1", "b1"), list("a1", "b1"))).isTrue();
    assertThat(UNTIL_SHORT.hasNext(first, new Listing(0, "a1"), list("a1"))).isFalse();
    assertThat(UNTIL_SHORT.hasNext(first, new Listing(0), list())).isFalse();
    assertThat(UNTIL_SHORT.lastPageMessage(first, new Listing(0, "a1"), list("a1")))
        .isEqualTo("page 1 held 1 of 2 items: it is the last one");
    assertThat(UNTIL_SHORT.describe(first, new Listing(0, "a1"), list("a1")))
        .isEqualTo("page=1, limit=2, items=1");
    // same first and last item by identity (the first letter here): a server ignoring page
    assertThat(UNTIL_SHORT.repeats(new Listing(0, "a1", "b1"), new Listing(0, "a2", "b2")))
        .isTrue();
    assertThat(UNTIL_SHORT.repeats(new Listing(0, "a1", "b1"), new Listing(0, "c1", "d1")))
        .isFalse();
    assertThat(UNTIL_SHORT.repeats(new Listing(0), new Listing(0))).isFalse();
  }

  private static List<String> list(String... items) {
    return items.length == 0 ? Collections.<String>emptyList() : Arrays.asList(items);
  }
}
