package dev.orderkit.shrinktest;

import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.core.errors.ValidationException;
import dev.orderkit.partner.OrderPage;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.ActionResult;
import dev.orderkit.partner.model.Buyer;
import dev.orderkit.partner.model.CancelOrderParams;
import dev.orderkit.partner.model.CancelReason;
import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.ListOrdersParams;
import dev.orderkit.partner.model.OrderDetail;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.OrderStatus;
import dev.orderkit.partner.model.PackOrderParams;
import dev.orderkit.partner.model.PaymentMethod;
import dev.orderkit.partner.model.PickupOption;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.Recipient;
import dev.orderkit.partner.model.ShippingLabel;
import dev.orderkit.partner.model.ShippingLabelParams;
import dev.orderkit.partner.model.SortDirection;
import dev.orderkit.partner.model.StatusFlow;
import dev.orderkit.partner.model.Tracking;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * A small app that uses the partner and cekceir clients the way an Android app would, shrunk and
 * obfuscated by ProGuard in {@code ShrinkTest} with only the rules the jars ship. It prints one
 * line per call: what it decoded (the models' {@code toString()}, which Immutables writes from
 * attribute names, so renaming cannot change it) and the typed errors it caught. The test runs it
 * unshrunk and shrunk against the same loopback server and compares both the printed lines and
 * the requests the server received.
 *
 * <p>Arguments: the partner base URL and the cekceir base URL.
 */
public final class Sample {
  private Sample() {}

  /** Runs every call and prints what came back. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    try (PartnerClient partner = PartnerClient.builder().baseUrl(args[0]).apiKey("pk_shrink")
            .tenantId("ABC-123").maxRetries(0).build();
        CekceirClient cekceir = CekceirClient.builder().baseUrl(args[1]).apiKey("ck_shrink")
            .maxRetries(0).build()) {
      partner(partner, out);
      cekceir(cekceir, out);
    }
    out.println("done");
  }

  private static void partner(PartnerClient partner, PrintStream out) {
    OrderPage page = partner.orders().list(ListOrdersParams.builder().page(1).perPage(2)
        .status(OrderStatus.ALL).sortBy("created_at").sortDirection(SortDirection.DESC).build());
    out.println("list: page " + page.currentPage() + "/" + page.totalPage() + " of "
        + page.totalData() + ", next " + page.hasNextPage() + ", items " + page.items());

    OrderDetail detail = partner.orders().detail(5);
    out.println("detail: " + detail);
    List<String> allowed = new ArrayList<>();
    for (Object action : StatusFlow.allowedActions(detail.internalStatus())) {
      allowed.add(String.valueOf(action));
    }
    Collections.sort(allowed);
    out.println("detail: known status " + detail.internalStatus().known() + ", allowed "
        + allowed);

    ActionResult created = partner.orders().create(CreateOrderParams.builder()
        .orderCode("ORD-SHRINK-1")
        .paymentMethodType(PaymentMethod.COD)
        .checkoutAt(OffsetDateTime.parse("2025-12-05T06:32:00.000+07:00"))
        .codPercentage(new BigDecimal("2.5"))
        .isDropship(false)
        .recipient(Recipient.builder().name("Mark Smith").phone("+628292839282")
            .fullAddress("Sariwangi Parongpong Bandung").postalCode("46465").build())
        .buyer(Buyer.builder().name("Mark Smith").email("mark@example.com").build())
        .addProduct(ProductItem.builder().name("Handuk").sku("SKU-001")
            .unitPrice(new BigDecimal("15000.50")).qty(2).build())
        .addProduct(ProductItem.builder().name("Sabun").sku("SKU-002")
            .unitPrice(new BigDecimal("5000")).qty(1).build())
        .price(OrderPrice.builder().subTotalPrice(new BigDecimal("35001.00"))
            .grandTotalOrderPrice(new BigDecimal("35001.00")).build())
        .build());
    out.println("create: " + created);

    out.println("pack: " + partner.fulfillment().pack(PackOrderParams.builder()
        .orderCode("ORD123").pickupOption(PickupOption.LATE_PICKUP).build()));
    out.println("cancel: " + partner.fulfillment().cancel(CancelOrderParams.builder()
        .orderCode("ORD123").cancelBy(CancelReason.CUSTOMER_REQUEST)
        .cancelReason("wrong item").directCancel(true).build()));
    ShippingLabel label = partner.fulfillment().shippingLabel(ShippingLabelParams.builder()
        .orderCode("ORD123").markAsPrinted(true).build());
    out.println("label: " + label);
    Tracking tracking = partner.tracking().track("ABC123");
    out.println("tracking: " + tracking);
    out.println("async detail equal: "
        + partner.async().orders().detail(5).join().equals(detail));
  }

  private static void cekceir(CekceirClient cekceir, PrintStream out) {
    OrderResult result = cekceir.orders().create(dev.orderkit.cekceir.model.CreateOrderParams
        .builder().code("cek_imei").data(CekImei.of("356938035643809", "356938035643817"))
        .build());
    out.println("cekceir create: " + result);
    try {
      cekceir.orders().create(dev.orderkit.cekceir.model.CreateOrderParams.builder()
          .code("cek_imei").putData("imeis", Collections.emptyList()).build());
      out.println("cekceir refused: not refused");
    } catch (ValidationException e) {
      out.println("cekceir refused: " + e.status() + " " + e.errorCode().orElse("-") + " \""
          + e.apiMessage().orElse("") + "\" fields " + new TreeMap<>(e.fieldErrors()) + " trace "
          + e.traceId().orElse("-"));
    }
  }
}
