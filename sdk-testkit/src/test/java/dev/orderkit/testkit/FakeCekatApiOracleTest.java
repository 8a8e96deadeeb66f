package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekat.model.ListOrdersParams;
import dev.orderkit.cekat.model.ListedOrder;
import dev.orderkit.cekat.model.OrderStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FakeCekatApi} as an oracle of the docs, through plain OkHttp (no SDK): field-by-field
 * request checks, Laravel error bodies, injected faults in the API's format, seeding.
 */
class FakeCekatApiOracleTest {
  private static final String ITEM =
      "{\"product_id\":\"prod_001\",\"quantity\":2,\"price\":99.00}";

  private final FakeCekatApi fake = new FakeCekatApi().start();
  private final PlainHttp http = new PlainHttp(fake);

  @AfterEach
  void close() {
    http.close();
    fake.close();
  }

  private String[] call(String method, String path, String body) throws IOException {
    return http.call(method, path, body);
  }

  @Test
  void aMisspeltRequiredFieldIsRefusedNamingIt() throws IOException {
    String[] r = call("POST", "api/orders",
        "{\"custmer_id\":\"contact_abc123\",\"items\":[" + ITEM + "],\"total\":198.00}");

    assertThat(r[0]).isEqualTo("422");
    assertThat(r[1]).isEqualTo("{\"message\":\"The given data was invalid.\",\"errors\":"
        + "{\"customer_id\":[\"The customer_id field is required.\"]}}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aMistypedFieldIsRefusedNamingIt() throws IOException {
    String[] r = call("POST", "api/orders", "{\"customer_id\":\"c\",\"items\":[{\"product_id\":"
        + "\"p\",\"quantity\":\"2\",\"price\":\"99.00\"}],\"total\":198,\"notes\":7,"
        + "\"shipping_address\":\"Jakarta\"}");

    assertThat(r[0]).isEqualTo("422");
    assertThat(r[1]).isEqualTo("{\"message\":\"The given data was invalid.\",\"errors\":{"
        + "\"items.0.quantity\":[\"The items.0.quantity field must be an integer.\"],"
        + "\"items.0.price\":[\"The items.0.price field must be a number.\"],"
        + "\"notes\":[\"The notes field must be a string.\"],"
        + "\"shipping_address\":[\"The shipping_address field must be an object.\"]}}");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void theCreatedOrderHasTheDocsShape() throws IOException {
    String[] r = call("POST", "api/orders",
        "{\"customer_id\":\"contact_abc123\",\"items\":[" + ITEM + "],\"total\":198.00}");

    assertThat(r[0]).isEqualTo("201");
    FakeCekatApi.Order held = fake.orders().get(0);
    String createdAt = (String) held.created().get("created_at");
    assertThat(createdAt).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(r[1]).isEqualTo("{\"success\":true,\"data\":{\"id\":\"" + held.id() + "\","
        + "\"order_number\":\"" + held.orderNumberText() + "\",\"customer_id\":\"contact_abc123\","
        + "\"status\":\"pending\",\"items\":[{\"product_id\":\"prod_001\",\"quantity\":2,"
        + "\"price\":99.00,\"subtotal\":198.00}],\"subtotal\":198.00,\"shipping\":0,\"tax\":0,"
        + "\"total\":198.00,\"currency\":\"USD\",\"created_at\":\"" + createdAt + "\","
        + "\"updated_at\":\"" + createdAt + "\"}}");
    assertThat(held.orderNumberText()).matches("ORD-\\d{4}-\\d{4}-2292");
  }

  @Test
  void anInjectedServerErrorCarriesLaravelsBody() throws IOException {
    fake.faults().next(Fault.serverError(503));
    String[] r = call("GET", "api/orders", null);
    assertThat(r[0]).isEqualTo("503");
    assertThat(r[1]).isEqualTo("{\"message\":\"Service Unavailable\"}");

    fake.faults().next(Fault.rateLimited(Duration.ZERO));
    String[] limited = call("GET", "api/orders", null);
    assertThat(limited[0]).isEqualTo("429");
    assertThat(limited[1]).startsWith("{\"message\":").doesNotContain("success");
  }

  @Test
  void aWrongKeyGetsLaravelsUnauthenticated() throws IOException {
    Request request = new Request.Builder().url(fake.baseUrl() + "api/orders")
        .header("Authorization", "Bearer nope").build();
    try (Response response = http.client().newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.body().string()).isEqualTo("{\"message\":\"Unauthenticated.\"}");
    }
  }

  @Test
  void seededOrdersAreListedAsSent() throws IOException {
    String order = "{\"id\":\"9b0e1c7e-0000-4000-8000-000000000001\",\"order_number\":501,"
        + "\"order_status\":\"paid\",\"subtotal\":178000,\"discount\":0,\"shipping_fee\":95500,"
        + "\"grand_total\":273500,\"payment_type\":\"one_time_payment\","
        + "\"payment_method\":\"xendit\",\"contact_id\":\"contact-1\",\"contact\":{\"id\":"
        + "\"contact-1\",\"display_name\":\"Customer Name\",\"phone_number\":\"6281578326419\"},"
        + "\"conversation_id\":\"conv-1\",\"invoices\":[],"
        + "\"created_at\":\"2026-04-08T09:29:07.444755+00:00\"}";

    String[] seeded = call("POST", "__orderkit/seed", "{\"orders\":[" + order + "]}");
    assertThat(seeded[0]).isEqualTo("201");
    assertThat(seeded[1]).isEqualTo("{\"orders\":[" + order + "]}");

    String[] listed = call("GET", "api/orders?limit=5", null);
    assertThat(listed[0]).isEqualTo("200");
    assertThat(listed[1]).isEqualTo("{\"message\":\"success\",\"data\":{\"orders\":[" + order
        + "]}}");

    // numbering carries on after the seeded number
    String[] created = call("POST", "api/orders",
        "{\"customer_id\":\"c\",\"items\":[" + ITEM + "],\"total\":198.00}");
    assertThat(created[0]).isEqualTo("201");
    assertThat(fake.orders()).extracting(FakeCekatApi.Order::orderNumber)
        .containsExactly(501L, 2292L);
  }

  @Test
  void aSeedWithAnUnknownOrMistypedFieldIsRefusedAndAddsNothing() throws IOException {
    String[] misspelt = call("POST", "__orderkit/seed",
        "[{\"order_number\":1},{\"grand_totl\":5}]");
    assertThat(misspelt[0]).isEqualTo("400");
    assertThat(misspelt[1]).contains("orders.1.grand_totl");

    String[] mistyped = call("POST", "__orderkit/seed", "[{\"order_number\":\"2292\"}]");
    assertThat(mistyped[0]).isEqualTo("400");
    assertThat(mistyped[1]).contains("orders.0.order_number field must be an integer");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void theSdkDecodesASeededOrder() throws IOException {
    call("POST", "__orderkit/seed", "{\"orders\":[{\"order_number\":7,\"order_status\":\"shipped\","
        + "\"grand_total\":273500.50,\"contact_id\":\"contact-9\","
        + "\"created_at\":\"2026-04-08T09:29:07.444755+00:00\"}]}");

    try (CekatClient cekat = fake.client()) {
      ListedOrder o = cekat.orders().list(ListOrdersParams.builder().limit(5).build()).items()
          .get(0);
      assertThat(o.orderNumber().asLong()).hasValue(7L);
      assertThat(o.orderStatus()).isEqualTo(OrderStatus.SHIPPED);
      assertThat(o.grandTotal()).hasValue(new BigDecimal("273500.50"));
      assertThat(o.contactId()).hasValue("contact-9");
      assertThat(o.createdAt().get().getNano()).isEqualTo(444755000);
    }
  }
}
