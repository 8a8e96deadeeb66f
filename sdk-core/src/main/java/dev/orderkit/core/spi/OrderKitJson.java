package dev.orderkit.core.spi;

import com.squareup.moshi.Moshi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Entry point of OrderKit's JSON layer: a {@link Moshi.Builder} with every core adapter. */
public final class OrderKitJson {
  private OrderKitJson() {}

  /**
   * Returns a new builder with the core adapters registered: {@link BigDecimal}, {@link
   * OffsetDateTime}, {@link Instant}, {@link LocalDate}, {@code int}/{@code long} (bounded in
   * length), {@code String} and {@code boolean} (read leniently, see {@link LenientScalars}),
   * {@link java.util.Optional}, {@link JsonField}, and {@link JsonTree} for {@code Object}. What
   * they read besides the documented shapes is listed in the README ("What OrderKit reads
   * leniently"). The factories (and the transport's interceptors) are classes, not lambdas: on a
   * JVM each lambda is spun into a class on first use, which a cold start (a CLI, a serverless
   * function) pays for every one.
   *
   * <p>API modules add the factory generated for their value types and enumerations ({@link
   * GenerateJsonAdapters}) and build one {@link Moshi} per module:
   *
   * <pre>{@code
   * Moshi moshi = OrderKitJson.moshiBuilder()
   *     .add(PartnerJsonAdapters.FACTORY)
   *     .build();
   * }</pre>
   */
  public static Moshi.Builder moshiBuilder() {
    return new Moshi.Builder()
        .add(BoundedIntegerAdapters.FACTORY)
        .add(String.class, LenientScalars.STRING)
        .add(Boolean.class, LenientScalars.BOOLEAN)
        .add(boolean.class, LenientScalars.PRIMITIVE_BOOLEAN)
        .add(BigDecimal.class, DecimalAdapter.INSTANCE)
        .add(OffsetDateTime.class, TimeAdapters.OFFSET_DATE_TIME)
        .add(Instant.class, TimeAdapters.INSTANT)
        .add(LocalDate.class, TimeAdapters.LOCAL_DATE)
        .add(OptionalAdapterFactory.INSTANCE)
        .add(JsonFieldAdapterFactory.INSTANCE)
        .add(JsonTreeAdapter.FACTORY);
  }
}
