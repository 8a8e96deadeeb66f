package dev.orderkit.readme;

import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.Recipient;
import java.math.BigDecimal;

/** Orders the test puts in the fakes before the README's blocks read them. */
final class Orders {
  private Orders() {}

  /** A partner order under {@code code}: two towels at Rp 15.000. */
  static CreateOrderParams partner(String code) {
    return CreateOrderParams.builder().orderCode(code)
        .recipient(Recipient.builder().name("Mark Smith").phone("+628292839282")
            .fullAddress("Sariwangi Parongpong Bandung").build())
        .addProduct(ProductItem.builder().name("Handuk").sku("SKU-001")
            .unitPrice(new BigDecimal("15000")).qty(2).build())
        .price(OrderPrice.builder().subTotalPrice(new BigDecimal("30000"))
            .grandTotalOrderPrice(new BigDecimal("30000")).build())
        .build();
  }
}
