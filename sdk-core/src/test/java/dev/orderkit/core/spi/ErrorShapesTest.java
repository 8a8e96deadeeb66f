package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderkit.core.ClientOptions;
import dev.orderkit.core.RequestOptions;
import dev.orderkit.core.errors.ApiException;
import dev.orderkit.core.errors.AuthenticationException;
import dev.orderkit.core.errors.ErrorDetails;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.errors.NotFoundException;
import dev.orderkit.testsupport.StartStop;
import java.util.Arrays;
import java.util.Collections;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** The error-body shapes {@link StandardErrorDecoder} fills the exception's details from. */
class ErrorShapesTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private static ErrorDetails decode(int status, String body) throws Exception {
    ErrorDetails.Builder details = ErrorDetails.builder(status);
    StandardErrorDecoder.INSTANCE.decode(body, details);
    return details.build();
  }

  @Test
  void problemDetails() throws Exception {
    ErrorDetails d = decode(403, "{\"type\": \"https://example.com/probs/out-of-credit\","
        + " \"title\": \"You do not have enough credit.\", \"status\": 403,"
        + " \"detail\": \"Your current balance is 30, but that costs 50.\","
        + " \"instance\": \"/account/12345/msgs/abc\"}");

    assertThat(d.message()).contains("Your current balance is 30, but that costs 50.");
    assertThat(d.errorCode()).contains("https://example.com/probs/out-of-credit");
    assertThat(d.attributes())
        .containsEntry("title", "You do not have enough credit.")
        .containsEntry("type", "https://example.com/probs/out-of-credit")
        .containsEntry("status", "403")
        .containsEntry("detail", "Your current balance is 30, but that costs 50.")
        .containsEntry("instance", "/account/12345/msgs/abc");
  }

  @Test
  void problemDetailsWithoutDetailUseTheTitleAndAboutBlankIsNoCode() throws Exception {
    ErrorDetails d = decode(404, "\uFEFF{\"type\": \"about:blank\", \"title\": \"Not Found\","
        + " \"status\": 404}");

    assertThat(d.message()).contains("Not Found");
    assertThat(d.errorCode()).isEmpty();
    assertThat(d.attributes()).containsEntry("type", "about:blank")
        .containsEntry("title", "Not Found").containsEntry("status", "404")
        .doesNotContainKey("detail");
  }

  @Test
  void problemDetailsWithValidationErrors() throws Exception {
    ErrorDetails d = decode(422, "{\"type\": \"https://api.example/validation\", \"title\":"
        + " \"Invalid input\", \"status\": 422, \"errors\": [{\"field\": \"code\", \"message\":"
        + " \"is required\"}, {\"source\": {\"pointer\": \"/data/imeis\"}, \"detail\": \"too"
        + " short\"}, {\"field\": \"code\", \"message\": \"must be text\"}]}");

    assertThat(d.message()).contains("Invalid input");
    assertThat(d.errorCode()).contains("https://api.example/validation");
    assertThat(d.fieldErrors()).containsEntry("code", Arrays.asList("is required", "must be text"))
        .containsEntry("/data/imeis", Collections.singletonList("too short"));
  }

  @Test
  void laravelMessageAndErrors() throws Exception {
    ErrorDetails d = decode(422, "{\"message\": \"The given data was invalid.\", \"errors\":"
        + " {\"email\": [\"The email field is required.\"], \"qty\": \"must be 1 or more\"}}");

    assertThat(d.message()).contains("The given data was invalid.");
    assertThat(d.errorCode()).isEmpty();
    assertThat(d.fieldErrors())
        .containsEntry("email", Collections.singletonList("The email field is required."))
        .containsEntry("qty", Collections.singletonList("must be 1 or more"));
  }

  @Test
  void errorAsText() throws Exception {
    ErrorDetails d = decode(401, "{\"error\": \"Unauthenticated.\"}");

    assertThat(d.message()).contains("Unauthenticated.");
    assertThat(d.errorCode()).isEmpty();
  }

  @Test
  void errorAsObject() throws Exception {
    ErrorDetails d = decode(409, "{\"error\": {\"code\": \"ORDER_EXISTS\", \"message\":"
        + " \"Order already exists\", \"errors\": {\"order_code\": [\"taken\"]}}}");

    assertThat(d.message()).contains("Order already exists");
    assertThat(d.errorCode()).contains("ORDER_EXISTS");
    assertThat(d.fieldErrors()).containsEntry("order_code", Collections.singletonList("taken"));
  }

  @Test
  void oauthErrorDescription() throws Exception {
    ErrorDetails d = decode(401, "{\"error\": \"invalid_token\", \"error_description\":"
        + " \"The access token expired\"}");

    assertThat(d.message()).contains("The access token expired");
    assertThat(d.errorCode()).contains("invalid_token");
  }

  @Test
  void errorDescriptionAlone() throws Exception {
    ErrorDetails d = decode(400, "{\"error_description\": \"Missing grant_type\"}");

    assertThat(d.message()).contains("Missing grant_type");
  }

  @Test
  void errorFlagBesideMessageIsNotACode() throws Exception {
    ErrorDetails d = decode(422, "{\"error\": true, \"code\": \"ORDER_VALIDATION_ERROR\","
        + " \"message\": \"Format order mu tidak sesuai\", \"traceId\": \"t-1\"}");

    assertThat(d.message()).contains("Format order mu tidak sesuai");
    assertThat(d.errorCode()).contains("ORDER_VALIDATION_ERROR");
    assertThat(d.traceId()).contains("t-1");
    assertThat(decode(500, "{\"error\": true}").errorCode()).isEmpty();
  }

  @Test
  void listOfMessagesGivesTheFirstAsMessage() throws Exception {
    ErrorDetails d = decode(400, "{\"errors\": [\"qty must be positive\", \"sku is unknown\"]}");

    assertThat(d.message()).contains("qty must be positive");
    assertThat(d.fieldErrors()).containsEntry("",
        Arrays.asList("qty must be positive", "sku is unknown"));
  }

  @Test
  void notAnObjectIsLeftToTheRawBody() throws Exception {
    assertThat(StandardErrorDecoder.parseObject("\uFEFF[1]")).isNull();
    assertThat(StandardErrorDecoder.parseObject("")).isNull();
    assertThat(StandardErrorDecoder.parseObject(null)).isNull();
    assertThat(String.valueOf(StandardErrorDecoder.parseObject("\uFEFF {\"a\": 1}").get("a")))
        .isEqualTo("1");
  }

  @Test
  void throughTheTransport() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setHeader("Content-Type", "application/problem+json")
        .setBody("\uFEFF{\"type\": \"https://api.example/not-found\", \"title\": \"Not Found\","
            + " \"detail\": \"Order 7 does not exist\", \"status\": 404,"
            + " \"instance\": \"/orders/7\"}"));
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"error\": \"invalid_token\", \"error_description\": \"expired\"}"));
    Transport transport = Transport.builder(ClientOptions.builder()
        .baseUrl(server.url("/").toString()).apiKey("sk_test_shapes").build()).build();
    ApiRequest<Object> detail = ApiRequest.builder("GET", "orders/{id}",
        ResponseParser.of(JsonTree.adapter())).pathParam("id", "7").build();
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();
    try {
      Throwable notFound = catchThrowable(() -> transport.execute(detail, once));
      Throwable expired = catchThrowable(() -> transport.execute(detail, once));

      assertThat(notFound).isInstanceOfSatisfying(NotFoundException.class, e -> {
        assertThat(e.apiMessage()).contains("Order 7 does not exist");
        assertThat(e.errorCode()).contains("https://api.example/not-found");
        assertThat(e.attribute("instance")).contains("/orders/7");
        assertThat(e.getMessage()).contains("Order 7 does not exist");
      });
      assertThat(expired).isInstanceOfSatisfying(AuthenticationException.class, e -> {
        assertThat(e.apiMessage()).contains("expired");
        assertThat(e.errorCode()).contains("invalid_token");
      });
      assertThat(notFound).isNotInstanceOf(InvalidInputException.class);
      assertThat(expired).isInstanceOf(ApiException.class);
    } finally {
      transport.close();
    }
  }
}
