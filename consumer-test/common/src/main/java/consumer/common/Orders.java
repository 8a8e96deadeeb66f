package consumer.common;

import dev.orderkit.partner.model.CreateOrderParams;
import dev.orderkit.partner.model.OrderPrice;
import dev.orderkit.partner.model.ProductItem;
import dev.orderkit.partner.model.Recipient;
import java.math.BigDecimal;

/** The partner order the consumer programs send (it needs sdk-partner only, not the testkit). */
public final class Orders {
  private Orders() {}

  /** An order of three sarongs (30,000 IDR) with {@code code}. */
  public static CreateOrderParams sarongs(String code) {
    ProductItem sarong = ProductItem.builder().name("Sarung Tenun").sku("SRG-3")
        .unitPrice(new BigDecimal("10000")).qty(3).build();
    return CreateOrderParams.builder()
        .orderCode(code)
        .recipient(Recipient.builder().name("Siti Rahma").phone("+628123456789")
            .fullAddress("Jl. Braga 12, Bandung").build())
        .addProduct(sarong)
        .price(OrderPrice.builder().subTotalPrice(new BigDecimal("30000"))
            .grandTotalOrderPrice(new BigDecimal("30000")).build())
        .build();
  }
}
