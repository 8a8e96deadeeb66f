package probe

import dev.orderkit.core.ClientOptions
import dev.orderkit.core.errors.ApiException
import dev.orderkit.partner.OrderPage
import dev.orderkit.partner.PartnerClient
import dev.orderkit.partner.model.OrderDetail
import dev.orderkit.partner.model.PackOrderParams

// Must not compile. Each probe gives Kotlin an OrderKit value where an Int is expected, so the
// compiler refuses it and names the type it sees; postbuild.groovy checks that type against the
// line's expectation: T where OrderKit never returns null, T? where it may, never a platform T!
// (what Kotlin shows for a Java API without nullness). The last probe passes null to a non-null
// parameter. Any other diagnostic, or a missing one, fails the check.

fun tenant(partner: PartnerClient): Int = partner.options().tenantId() // EXPECT String?
fun ownHttpClient(options: ClientOptions): Int = options.httpClient() // EXPECT OkHttpClient?
fun code(detail: OrderDetail): Int = detail.orderCode() // EXPECT String
fun prices(detail: OrderDetail): Int = detail.priceInfo() // EXPECT Optional<PriceInfo>
fun unknownFields(detail: OrderDetail): Int = detail.additionalProperties() // EXPECT (Mutable)Map<String, Any>
fun requestId(e: ApiException): Int = e.requestId() // EXPECT Optional<String>
fun detail(partner: PartnerClient): Int = partner.orders().detail(1) // EXPECT OrderDetail
fun later(partner: PartnerClient): Int = partner.async().orders().detail(1) // EXPECT CompletableFuture<OrderDetail>
fun items(page: OrderPage): Int = page.items() // EXPECT (Mutable)List<OrderSummary>
fun builder(): Int = PackOrderParams.builder() // EXPECT PackOrderParams.Builder
fun nullCode() = PackOrderParams.builder().orderCode(null) // EXPECT-ERROR Null cannot be a value of a non-null type 'String'.
