package dev.orderkit.reliability;

import java.math.BigDecimal;

/**
 * One valid order-creating request per API, accepted by its testkit fake as is (the shapes of the
 * APIs' documentation examples). The four modules each have a {@code CreateOrderParams}, hence the
 * qualified names.
 */
final class SampleOrders {
  private SampleOrders() {}

  /** cekceir: the documented {@code cek_imei} service, one IMEI. */
  static dev.orderkit.cekceir.model.CreateOrderParams cekceir() {
    return dev.orderkit.cekceir.model.CreateOrderParams.cekImei(
        dev.orderkit.cekceir.model.CekImei.builder().addImeis("356938035643809").build());
  }

  /** cekat: one line, total matching. */
  static dev.orderkit.cekat.model.CreateOrderParams cekat() {
    return dev.orderkit.cekat.model.CreateOrderParams.builder()
        .customerId("contact_rel_dup")
        .addItems(dev.orderkit.cekat.model.OrderItemParams.builder().productId("prod_001")
            .name("Premium Widget").quantity(2).price(new BigDecimal("99.00")).sku("WGT-PRE")
            .build())
        .total(new BigDecimal("198.00"))
        .build();
  }

  /** partner: the docs' create-order example under {@code orderCode}. */
  static dev.orderkit.partner.model.CreateOrderParams partner(String orderCode) {
    return dev.orderkit.partner.model.CreateOrderParams.builder()
        .orderCode(orderCode)
        .paymentMethodType(dev.orderkit.partner.model.PaymentMethod.NON_COD)
        .paymentVia("TRANSFER BANK")
        .storeId("1")
        .locationId("7")
        .originCode("31.73.07.1001")
        .recipient(dev.orderkit.partner.model.Recipient.builder().name("Mark Smith")
            .phone("+628292839282").city("Kabupaten Tasikmalaya").province("Jawa Barat")
            .country("Indonesia").postalCode("46465").fullAddress("Sariwangi Parongpong Bandung")
            .build())
        .buyer(dev.orderkit.partner.model.Buyer.builder().name("Mark Smith")
            .phone("+628292839282").email("example@gmail.com").build())
        .delivery(dev.orderkit.partner.model.Delivery.builder()
            .logisticProviderName("ID EXPRESS").logisticServiceName("iDlite")
            .logisticCarrier("ID EXPRESS - iDlite").build())
        .addProduct(dev.orderkit.partner.model.ProductItem.builder().name("Handuk")
            .sku("SKU-001").productId(1L).unitPrice(new BigDecimal("15000"))
            .unitWeight(new BigDecimal("1.00")).qty(2).build())
        .price(dev.orderkit.partner.model.OrderPrice.builder()
            .subTotalPrice(new BigDecimal("30000")).shippingPrice(new BigDecimal("10000"))
            .grandTotalOrderPrice(new BigDecimal("40000")).build())
        .build();
  }

  /** bosOnline: the docs' Request Create Order example, for the fake's example form. */
  static dev.orderkit.bosonline.model.CreateOrderParams bosOnline() {
    return dev.orderkit.bosonline.model.CreateOrderParams.builder()
        .sender(dev.orderkit.bosonline.model.Sender.builder()
            .warehouseName("Alfian").senderName("Alfian").senderPhone("081732131321")
            .senderAddrId(15022).senderDetail("Bukit Kismadani 6")
            .senderLatitude(new BigDecimal("2.9372132131231"))
            .senderLongitude(new BigDecimal("3.41321312312312")).build())
        .receiver(dev.orderkit.bosonline.model.Receiver.builder()
            .receiverName("Faisol").receiverPhone("083131412312").receiverAddrId(15022)
            .receiverAddress("BUkit Kismadani1")
            .addReceiverDetail(dev.orderkit.bosonline.model.ReceiverDetail.of(
                "Nama Pembeli", "kiroomin Muqorrobin"))
            .build())
        .items(dev.orderkit.bosonline.model.CheckoutItems.builder()
            .pickupVia(0).serviceCode("00").insuranceType(1).courierCode("idx")
            .paymentMethod(dev.orderkit.bosonline.model.PaymentMethod.cod()).orderType(0)
            .waValidation(true)
            .addOrderItem(dev.orderkit.bosonline.model.OrderItem.of("BAT-AA-001-01", 1))
            .build())
        .build();
  }
}
