package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.OrderPage;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.testkit.FakeCekatApi;
import dev.orderkit.testkit.OrderKitFakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JUnit extension injects the fake and the client of the one API module present. */
@ExtendWith(OrderKitFakes.class)
class OneApiTest {
  @Test
  void theFakeAndItsClientAreInjected(FakeCekatApi fake, CekatClient cekat) {
    OrderPage page = cekat.orders().list(ListOrdersParams.builder().limit(2).page(1).build());

    assertTrue(page.items().isEmpty());
    assertEquals(1, fake.requests().size());
    assertEquals("2", fake.requests().get(0).queryParameter("limit"));
  }
}
