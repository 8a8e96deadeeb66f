package dev.orderkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.cekat.CekatClient;
import dev.orderkit.cekceir.CekceirClient;
import dev.orderkit.cekceir.model.CekImei;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.partner.PartnerClient;
import dev.orderkit.partner.model.ListOrdersParams;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JUnit 5 extension: fakes and configured clients as parameters, one fake per class. */
@ExtendWith(OrderKitFakes.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderKitFakesTest {
  private static final AtomicReference<FakeCekceirApi> FIRST = new AtomicReference<>();

  @Test
  @Order(1)
  void aClientParameterTalksToItsFake(FakeCekceirApi fake, CekceirClient cekceir) {
    FIRST.set(fake);
    cekceir.orders().create(CreateOrderParams.builder().code("cek_imei")
        .data(CekImei.of("356938035643809")).build());

    assertThat(cekceir.options().baseUrl().toString()).isEqualTo(fake.baseUrl());
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  @Order(2)
  void theFakeIsSharedByTheClassAndKeepsItsState(FakeCekceirApi fake) {
    assertThat(fake).isSameAs(FIRST.get());
    assertThat(fake.orders()).as("state from the previous test").hasSize(1);
    fake.reset();
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  @Order(3)
  void everyApiResolves(FakePartnerApi partnerFake, PartnerClient partner, CekatClient cekat,
      FakeBosOnlineApi bos) {
    assertThat(partner.orders().list(ListOrdersParams.builder().build()).items()).isEmpty();
    assertThat(partner.options().tenantId()).isEqualTo(partnerFake.tenantId());
    assertThat(cekat.options().baseUrl().port()).isNotEqualTo(partnerFake.port());
    assertThat(bos.requests()).isEmpty();
  }
}
