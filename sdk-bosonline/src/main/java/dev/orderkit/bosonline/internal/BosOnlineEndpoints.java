package dev.orderkit.bosonline.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.ApiRequest;
import dev.orderkit.core.spi.Endpoint;
import dev.orderkit.core.spi.LazyJsonAdapter;
import dev.orderkit.core.spi.RequestBodyWriter;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.core.spi.Service;

/**
 * Every typed bosOnline endpoint, declared once; the build generates the public services from
 * them (see {@link Service}). Today that is Request Create Order, the only
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

  /** Checkout: Request Create Order ({@code POST /order/{id}}). */
  @Service("CheckoutService")
  public static final class Checkout {
    private Checkout() {}

    /**
     * Creates an order through the checkout form {@code formId} (the {@code {id}} of
     * {@code POST /order/{id}}, percent-encoded). Never replayed once it may have reached the
     * server: a 5xx (such as the documented 503) or a timeout after sending raises
     * {@link dev.orderkit.core.errors.OutcomeUnknownException}; look the order up before trying
     * again. A 400 raises {@link dev.orderkit.core.errors.BadRequestException}, a 404 (no such
     * form or record) {@link dev.orderkit.core.errors.NotFoundException}.
     */
    @Endpoint
    public static ApiRequest<CreateOrderResult> create(String formId, CreateOrderParams params) {
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
}
