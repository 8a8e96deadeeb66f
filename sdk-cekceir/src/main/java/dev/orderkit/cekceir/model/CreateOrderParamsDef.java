package dev.orderkit.cekceir.model;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of create order: a service {@code code} and the {@code data} object that service
 * accepts. {@code data} is free-form because each service has its own input schema (read it with
 * the Service Detail call, see the README); for the documented {@code cek_imei} service use
 * {@link CekImei}:
 *
 * <pre>{@code
 * CreateOrderParams.builder().code("cek_imei").data(CekImei.of("356938035643809")).build();
 * CreateOrderParams.cekImei(CekImei.of("356938035643809"));        // the same
 * CreateOrderParams.builder().code("other_service").putData("msisdn", "0812...").build();
 * }</pre>
 *
 * <p>Checked at {@code build()}, before any request: {@code code} must not be blank and
 * {@code data} must hold at least one field. {@code data} values are JSON trees (maps, lists,
 * strings, numbers, booleans) or types the module's Moshi can write; a top-level {@code null}
 * value is refused (leave the key out instead).
 */
@ValueStyle
@Value.Immutable
abstract class CreateOrderParamsDef {
  /** Returns the service code, such as {@code cek_imei}. */
  public abstract String code();

  /** Returns the payload for the selected service, matching its input schema. */
  public abstract Map<String, Object> data();

  /** Starts params for the {@code cek_imei} service with {@code data} from {@code cekImei}. */
  public static CreateOrderParams cekImei(CekImei cekImei) {
    return CreateOrderParams.builder().code(CekImei.SERVICE_CODE).data(cekImei).build();
  }

  /** Checks the documented rules, naming the JSON field that broke them. */
  @Value.Check
  protected void check() {
    if (code().trim().isEmpty()) {
      throw new InvalidInputException("code", "must not be empty; got \"" + code() + "\"");
    }
    if (data().isEmpty()) {
      throw new InvalidInputException("data", "is required: an object with the fields the "
          + "service '" + code() + "' accepts; got none");
    }
  }

  /** Adds typed payloads to the generated builder. */
  abstract static class Builder {
    /** Sets the whole {@code data} object (generated). */
    public abstract CreateOrderParams.Builder data(Map<String, ? extends Object> entries);

    /** Sets {@code data} to the {@code cek_imei} payload, {@code {"imeis": [...]}}. */
    public final CreateOrderParams.Builder data(CekImei cekImei) {
      if (cekImei == null) {
        throw new InvalidInputException("data", "must not be null");
      }
      return data(cekImei.toData());
    }
  }
}
