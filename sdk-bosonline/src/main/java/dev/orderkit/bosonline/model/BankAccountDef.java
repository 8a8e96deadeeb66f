package dev.orderkit.bosonline.model;

import dev.orderkit.core.spi.JsonName;
import dev.orderkit.core.spi.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bank account to pay the order into (an entry of the result's {@code payment} list). The
 * docs' example puts the folder in {@code file_name} ({@code "uploads/bank/"}) and the file in
 * {@code file_path} ({@code "bca.jpg"}); both are kept exactly as sent.
 */
@ValueStyle
@Value.Immutable
abstract class BankAccountDef {
  /** Returns the account holder's name ({@code bank_atasnama}). */
  @JsonName("bank_atasnama")
  public abstract Optional<String> bankAtasnama();

  /** Returns the bank code, such as {@code "BCA"}. */
  @JsonName("bank_code")
  public abstract Optional<String> bankCode();

  /** Returns the bank's name, such as {@code "BANK CENTRAL ASIA"}. */
  @JsonName("bank_name")
  public abstract Optional<String> bankName();

  /** Returns the account number, as text ({@code bank_rekening}). */
  @JsonName("bank_rekening")
  public abstract Optional<String> bankRekening();

  /** Returns {@code file_name} as sent (the example holds the logo's folder there). */
  @JsonName("file_name")
  public abstract Optional<String> fileName();

  /** Returns {@code file_path} as sent (the example holds the logo's file name there). */
  @JsonName("file_path")
  public abstract Optional<String> filePath();

  /** Returns the JSON properties this SDK version does not know, kept as JSON trees. */
  public abstract Map<String, Object> additionalProperties();
}
