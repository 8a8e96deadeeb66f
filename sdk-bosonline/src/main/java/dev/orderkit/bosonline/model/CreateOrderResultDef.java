package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.JsonIgnore;
import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of Request Create Order: the response's {@code data} (customer-service phone, bank
 * accounts to pay into, product name, social media links, total to pay) and its top-level
 * {@code message}, such as {@code "Lakukan pembayaran ke salah satu bank berikut ..."}, kept
 * verbatim.
 */
@ValueStyle
@Value.Immutable
abstract class CreateOrderResultDef {
  /** Returns the store's customer-service phone number, as text ({@code cs_phone}). */
  @JsonName("cs_phone")
  public abstract Optional<String> csPhone();

  /** Returns the bank accounts to pay into ({@code payment}; empty when none were sent). */
  public abstract List<BankAccount> payment();

  /** Returns the ordered product's name. */
  @JsonName("product_name")
  public abstract Optional<String> productName();

  /** Returns the store's social media links (empty when none were sent). */
  @JsonName("social_media")
  public abstract List<SocialMedia> socialMedia();

  /** Returns the total to pay, exact (whole rupiah in the docs' example: {@code 102200}). */
  @JsonName("total_payment")
  public abstract BigDecimal totalPayment();

  /** Returns the JSON properties of {@code data} this SDK version does not know. */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Returns the response's top-level {@code message}, which the service sets after decoding
   * {@code data} (it is never read from or written to {@code data}).
   */
  @JsonIgnore
  public abstract Optional<String> message();
}
