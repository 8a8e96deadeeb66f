package dev.orderkit.partner.model;

import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The package part of create order (JSON {@code package}); sizes must not be negative.
 */
@ValueStyle
@Value.Immutable
abstract class PackageDimensionsDef {
  /** Returns the package weight. */
  public abstract Optional<BigDecimal> weight();

  /** Returns the package length. */
  public abstract Optional<BigDecimal> length();

  /** Returns the package width. */
  public abstract Optional<BigDecimal> width();

  /** Returns the package height. */
  public abstract Optional<BigDecimal> height();
}
