package dev.orderkit.cekceir.model;

import dev.orderkit.core.errors.InvalidInputException;
import dev.orderkit.core.spi.ValueStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of the documented {@code cek_imei} service: the IMEIs to check, at least one,
 * none blank. Sent as {@code {"imeis": ["...", ...]}} in the order given; the service checks the
 * IMEI format itself (its limits are in Service Detail).
 *
 * <pre>{@code
 * CekImei.of("356938035643809", "356938035643817");
 * CekImei.builder().addImei("356938035643809").build();
 * }</pre>
 */
@ValueStyle
@Value.Immutable
abstract class CekImeiDef {
  /** The service code of this payload. */
  public static final String SERVICE_CODE = "cek_imei";

  /** Returns the IMEIs to check, in order; at least one. */
  public abstract List<String> imeis();

  /** Returns the payload for these IMEIs; refuses none or a blank one. */
  public static CekImei of(String imei, String @Nullable ... more) {
    CekImei.Builder b = CekImei.builder().addImei(imei);
    if (more != null) {
      b.addImeis(more);
    }
    return b.build();
  }

  /** Returns this payload as the create-order {@code data} object, {@code {"imeis": [...]}}. */
  public final Map<String, Object> toData() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("imeis", Collections.unmodifiableList(new ArrayList<>(imeis())));
    return Collections.unmodifiableMap(data);
  }

  /** Checks the documented rules, naming the JSON path that broke them. */
  @Value.Check
  protected void check() {
    if (imeis().isEmpty()) {
      throw new InvalidInputException("data.imeis", "must hold at least one IMEI; got none");
    }
    for (int i = 0; i < imeis().size(); i++) {
      if (imeis().get(i).trim().isEmpty()) {
        throw new InvalidInputException("data.imeis[" + i + "]",
            "must not be empty; got \"" + imeis().get(i) + "\"");
      }
    }
  }
}
