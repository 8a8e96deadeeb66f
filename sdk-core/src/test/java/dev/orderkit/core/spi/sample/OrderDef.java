package dev.orderkit.core.spi.sample;

import dev.orderkit.core.spi.JsonField;
import dev.orderkit.core.spi.JsonIgnore;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A test order: an abstract class, package-private, with every kind of property. */
@ValueStyle
@Value.Immutable
abstract class OrderDef {
  @JsonName("order_id")
  public abstract long id();

  @JsonName("order_code")
  public abstract String code();

  public abstract OrderStatus status();

  public abstract Channel channel();

  public abstract Optional<String> note();

  @JsonName("grand_total")
  public abstract BigDecimal grandTotal();

  @JsonName("insurance_price")
  public abstract Optional<BigDecimal> insurancePrice();

  @JsonName("created_at")
  public abstract OffsetDateTime createdAt();

  @JsonName("checkout_at")
  public abstract Optional<Instant> checkoutAt();

  @JsonName("delivery_date")
  public abstract Optional<LocalDate> deliveryDate();

  public abstract List<Item> items();

  public abstract Optional<Customer> customer();

  public abstract Map<String, BigDecimal> fees();

  public abstract Set<String> tags();

  /** Absent, null and a value mean different things here. */
  @JsonName("cancel_reason")
  @Value.Default
  public JsonField<String> cancelReason() {
    return JsonField.missing();
  }

  /** A three-state field without a default: the adapter fills in missing. */
  public abstract JsonField<BigDecimal> discount();

  @Value.Default
  public int priority() {
    return 0;
  }

  /** Derived: computed, never read from JSON. */
  @Value.Derived
  public int itemCount() {
    return items().size();
  }

  @JsonIgnore
  @Value.Default
  public String localOnly() {
    return "local";
  }

  /** A helper without builder setter: not a property. */
  public boolean isShipped() {
    return status().equals(OrderStatus.SHIPPED);
  }

  public abstract Map<String, Object> additionalProperties();
}
