package dev.orderkit.cekceir.internal;

import com.squareup.moshi.JsonAdapter;
import dev.orderkit.cekceir.model.CreateOrderParams;
import dev.orderkit.cekceir.model.OrderResult;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.errors.OutcomeUnknownException;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.Endpoint;
import dev.orderkit.core.spi.LazyJsonAdapter;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Service;

/**
 * The cekceir endpoint, declared once ({@link Orders}); the build generates the public services
 * from it (see {@link Service}). Adapters and parsers are built once, here.
 *
 * <p>Create order is not safe to repeat. Its documented 503 with an order body is a result
 * ({@code failed}), parsed and never retried; a 503 without one (empty, HTML, or JSON that is not
 * an order) is a server error, and since the order may have been processed it ends as
 * {@link OutcomeUnknownException} with a {@link dev.orderkit.core.errors.ServerException} cause.
 */
public final class CekceirEndpoints {
  /** The create-order path. */
  public static final String ORDER = "api/order";
  private static final String CREATE_DESCRIPTION = "create order";

  private static final JsonAdapter<OrderResult> RESULT =
      LazyJsonAdapter.of(CekceirJson.MOSHI, OrderResult.class);
  private static final JsonAdapter<CreateOrderParams> CREATE_PARAMS =
      LazyJsonAdapter.of(CekceirJson.MOSHI, CreateOrderParams.class);
  private static final ResponseParser<OrderResult> CREATE = CekceirEndpoints::result;

  private CekceirEndpoints() {}

  /** Service orders: create. */
  @Service("OrderService")
  public static final class Orders {
    private Orders() {}

    /**
     * Submits a service order ({@code POST /api/order}) and returns its result with the HTTP
     * status it came with: 201 {@code pending}, 200 {@code success}, 207 {@code partial}, or 503
     * {@code failed}.
     *
     * <p><b>A failed order is returned, not thrown:</b> the documented 503 with an order body
     * comes back as an {@link OrderResult} whose {@link OrderResult#status() status} is
     * {@code failed} and {@link OrderResult#httpStatus() httpStatus} 503, with
     * {@link OrderResult#refundedAmount()}, {@link OrderResult#chargedAmount()} and
     * {@link OrderResult#errorMessage()}. It is never retried.
     *
     * <p>The order is never re-sent once it may have reached the server: a timeout, a reset or a
     * 5xx without an order body (including a 503 with an empty or HTML body) raises
     * {@link dev.orderkit.core.errors.OutcomeUnknownException}; check the order before submitting
     * again. A 422 {@code ORDER_VALIDATION_ERROR} raises
     * {@link dev.orderkit.core.errors.ValidationException} with the field errors verbatim.
     */
    @Endpoint
    public static ApiRequest<OrderResult> create(CreateOrderParams params) {
      if (params == null) {
        throw new dev.orderkit.core.errors.InvalidInputException("params", "must not be null");
      }
      return ApiRequest.builder("POST", ORDER, CREATE)
          .body(RequestBodyWriter.of(params, CREATE_PARAMS))
          .resultStatus(503)
          .description(CREATE_DESCRIPTION)
          .build();
    }
  }

  private static OrderResult result(com.squareup.moshi.JsonReader reader, ResponseMeta meta)
      throws java.io.IOException {
    OrderResult decoded;
    if (meta.statusCode() == 503) {
      try {
        decoded = RESULT.fromJson(reader);
      } catch (java.io.IOException | RuntimeException e) {
        // JSON, but not the order result: a 503 from something else, outcome unknown
        throw notAnOrder(meta);
      }
    } else {
      decoded = RESULT.fromJson(reader);
    }
    if (decoded == null) {
      throw new com.squareup.moshi.JsonDataException("Expected the order result but was null");
    }
    return OrderResult.builder().from(decoded).httpStatus(meta.statusCode())
        .requestId(meta.requestId()).build();
  }

  private static OrderKitException notAnOrder(ResponseMeta meta) {
    return new OutcomeUnknownException(CREATE_DESCRIPTION,
        meta.toApiException(CekceirErrorDecoder.INSTANCE));
  }

}
