package dev.orderkit.bosonline.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.LazyJsonAdapter;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;

/**
 * Every typed bosOnline endpoint, defined once. Today that is Request Create Order, the only
 * one the docs give a path and schema for; the rest are reached through the untyped request.
 */
public final class BosOnlineEndpoints {
  private static final JsonAdapter<CreateOrderParams> CREATE_PARAMS =
      LazyJsonAdapter.of(BosOnlineJson.MOSHI, CreateOrderParams.class);
  private static final JsonAdapter<CreateOrderResult> CREATE_DATA =
      LazyJsonAdapter.of(BosOnlineJson.MOSHI, CreateOrderResult.class);

  /** Reads {@code {"data": {...}, "message": "..."}}; {@code data} is required. */
  private static final ResponseParser<CreateOrderResult> CREATE_RESULT = (reader, meta) -> {
    CreateOrderResult data = null;
    String message = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "data":
          data = reader.peek() == JsonReader.Token.NULL ? reader.<CreateOrderResult>nextNull()
              : CREATE_DATA.fromJson(reader);
          break;
        case "message":
          message = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull()
              : reader.nextString();
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    if (data == null) {
      throw new JsonDataException("The create order response has no data");
    }
    return CreateOrderResult.builder().from(data).message(message).build();
  };

  private BosOnlineEndpoints() {}

  /**
   * {@code POST /order/{id}}: creates an order through checkout form {@code formId}. Not safe to
   * repeat: never replayed once it may have been processed (a 5xx or a timeout after sending is
   * an {@link dev.orderkit.core.errors.OutcomeUnknownException}).
   */
  public static ApiRequest<CreateOrderResult> createOrder(String formId,
      CreateOrderParams params) {
    if (formId == null || formId.trim().isEmpty()) {
      throw new InvalidInputException("id", "(the checkout form id) must not be empty");
    }
    if (params == null) {
      throw new InvalidInputException("params", "must not be null");
    }
    return ApiRequest.builder("POST", "order/{id}", CREATE_RESULT)
        .pathParam("id", formId)
        .body(RequestBodyWriter.of(params, CREATE_PARAMS))
        .safeToRepeat(false)
        .description("create order")
        .build();
  }
}
