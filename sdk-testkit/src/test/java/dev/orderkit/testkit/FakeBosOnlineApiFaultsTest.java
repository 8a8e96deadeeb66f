package dev.orderkit.testkit;

import static dev.orderkit.testkit.FakeBosOnlineApiTest.docsExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.bosonline.BosOnlineClient;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.core.errors.ApiConnectionException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.http.HttpResponseFor;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault kind once against the bosOnline checkout, through the SDK: the create is never
 * replayed once it may have been processed, so a 5xx or a connection dropped after sending is an
 * {@link OutcomeUnknownException}, and the fake's state tells whether the order exists.
 */
class FakeBosOnlineApiFaultsTest {
  private FakeBosOnlineApi fake;
  private BosOnlineClient bos;

  @BeforeEach
  void start() {
    fake = new FakeBosOnlineApi().start();
    bos = fake.client();
  }

  @AfterEach
  void stop() {
    bos.close();
    fake.close();
  }

  private CreateOrderResult checkout() {
    return bos.checkout().create(FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample());
  }

  @Test
  void latencyDelaysTheAnswerAndTheOrderIsCreated() {
    fake.faults().next(Fault.latency(Duration.ofMillis(30)));

    CreateOrderResult result = checkout();

    assertThat(result.totalPayment()).isEqualByComparingTo("102200");
    assertThat(fake.orders()).hasSize(1);
    assertThat(fake.requests()).hasSize(1);
  }

  @Test
  void a429WithRetryAfterIsRetriedThenSucceeds() {
    fake.faults().next(Fault.rateLimited(Duration.ZERO));

    HttpResponseFor<CreateOrderResult> raw = bos.checkout().withRawResponse()
        .create(FakeBosOnlineApi.EXAMPLE_FORM_ID, docsExample());

    assertThat(raw.parse().totalPayment()).isEqualByComparingTo("102200");
    assertThat(raw.attempts()).isEqualTo(2);
    assertThat(fake.requests()).hasSize(2);
    assertThat(fake.orders()).as("the 429 was not processed").hasSize(1);
  }

  @Test
  void a5xxIsAnUnknownOutcomeAndNotReplayed() {
    fake.faults().next(Fault.serverError(503));

    Throwable thrown = catchThrowable(this::checkout);

    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
    assertThat(((OutcomeUnknownException) thrown).status()).hasValue(503);
    assertThat(fake.requests()).as("not sent again").hasSize(1);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aConnectionDroppedBeforeProcessingCreatesNothing() {
    fake.faults().next(Fault.dropBeforeProcessing());

    Throwable thrown = catchThrowable(this::checkout);

    // The request was sent, so the client cannot know it was not processed; the fake knows.
    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
    assertThat(((OutcomeUnknownException) thrown).getCause())
        .isInstanceOf(ApiConnectionException.class);
    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aConnectionDroppedAfterProcessingLeavesTheOrderAndAnUnknownOutcome() {
    fake.faults().next(Fault.dropAfterProcessing());

    Throwable thrown = catchThrowable(this::checkout);

    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
    assertThat(((OutcomeUnknownException) thrown).status()).isEmpty();
    assertThat(fake.requests()).as("not sent again").hasSize(1);
    assertThat(fake.orders()).as("created, though the client never heard").hasSize(1);
    assertThat(fake.orders().get(0).totalPayment()).isEqualByComparingTo("102200");
  }

  @Test
  void afterTheFaultsTheNextCheckoutSucceeds() {
    fake.faults().next(Fault.serverError(500)).next(Fault.dropAfterProcessing());

    assertThat(catchThrowable(this::checkout)).isInstanceOf(OrderKitException.class);
    assertThat(catchThrowable(this::checkout)).isInstanceOf(OrderKitException.class);
    checkout();

    assertThat(fake.orders()).extracting(FakeBosOnlineApi.Order::number).containsExactly(1, 2);
  }
}
