package consumer

import dev.orderkit.core.errors.NotFoundException
import dev.orderkit.core.events.CallEnded
import dev.orderkit.core.events.CallListener
import dev.orderkit.partner.PartnerClient
import dev.orderkit.partner.model.CreateOrderParams
import dev.orderkit.partner.model.ListOrdersParams
import dev.orderkit.partner.model.OrderPrice
import dev.orderkit.partner.model.ProductItem
import dev.orderkit.partner.model.Recipient
import dev.orderkit.testkit.FakePartnerApi
import java.math.BigDecimal
import kotlin.jvm.optionals.getOrNull

/** A Kotlin app's use of the partner client, against the testkit's fake; fails on any surprise. */
fun main() {
    val ended = java.util.Collections.synchronizedList(mutableListOf<String>())
    val listener = object : CallListener {                        // only the event it needs
        override fun callEnded(event: CallEnded) {
            ended += "${event.call().endpoint()} ${event.outcome()}"
        }
    }
    FakePartnerApi().start().use { fake ->
        fake.clientBuilder().listener(listener).build().use { partner ->
            placeAndProcess(partner, fake)
        }
    }
    check(ended == listOf("partner.orders.create SUCCESS", "partner.orders.list SUCCESS",
        "partner.orders.detail SUCCESS", "partner.fulfillment.process SUCCESS",
        "partner.orders.detail ERROR")) { "listener saw $ended" }
    println("listener: $ended")
    println("Kotlin consumer: OK")
}

private fun placeAndProcess(partner: PartnerClient, fake: FakePartnerApi) {
    val tenant: String? = partner.options().tenantId()          // an option that may be unset
    check(tenant?.isNotEmpty() == true) { "tenant: $tenant" }

    val created = partner.orders().create(
        CreateOrderParams.builder()
            .orderCode("ORD-KOTLIN-1")
            .recipient(Recipient.builder().name("Mark Smith").phone("+628292839282")
                .fullAddress("Sariwangi Parongpong Bandung").build())
            .addProduct(ProductItem.builder().name("Handuk").sku("SKU-001")
                .unitPrice(BigDecimal("15000")).qty(2).build())
            .price(OrderPrice.builder().subTotalPrice(BigDecimal("30000"))
                .grandTotalOrderPrice(BigDecimal("30000")).build())
            .build())
    val requestId: String? = created.requestId().getOrNull()
    println("created: ${created.status()} ${created.message()} (request ${requestId ?: "-"})")

    val summary = partner.orders().list(ListOrdersParams.builder().perPage(10).build()).items()
        .single { it.orderCode() == "ORD-KOTLIN-1" }
    val detail = partner.orders().detail(summary.orderHeaderId())
    val code: String = detail.orderCode()                        // non-null: no !! needed
    val total: BigDecimal? = detail.priceInfo().getOrNull()?.grandTotal()
    check(code == "ORD-KOTLIN-1" && total?.compareTo(BigDecimal("30000")) == 0) { "$detail" }

    partner.fulfillment().process(code)
    check(fake.statusOf(code).getOrNull() == "process") {   // the fake's own status code
        "status: ${fake.statusOf(code)}"
    }

    val missing = runCatching { partner.orders().detail(999_999) }.exceptionOrNull()
    check(missing is NotFoundException) { "expected a 404, got $missing" }
    println("404 as NotFoundException, request id ${missing.requestId().getOrNull() ?: "-"}")
}
