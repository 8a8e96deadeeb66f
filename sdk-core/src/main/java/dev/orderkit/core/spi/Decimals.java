package dev.orderkit.core.spi;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/** Parses and writes exact decimal numbers, refusing sizes that could exhaust memory. */
final class Decimals {
  /** Longest number text accepted; longer digit strings make {@link BigDecimal} slow. */
  static final int MAX_LENGTH = 1000;
  /** Largest absolute scale accepted, so that plain notation stays a reasonable length. */
  static final int MAX_SCALE = 1000;

  private Decimals() {}

  /** Parses {@code text} just read from {@code reader}, or throws naming its path. */
  static BigDecimal parse(String text, JsonReader reader) {
    if (text.length() > MAX_LENGTH) {
      throw new JsonDataException("Number longer than " + MAX_LENGTH + " characters at path "
          + JsonPaths.ofValueJustRead(reader));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a decimal number but was \"" + text + "\" at path "
          + JsonPaths.ofValueJustRead(reader), e);
    }
    if (Math.abs((long) value.scale()) > MAX_SCALE) {
      throw new JsonDataException("Number out of range: " + text + " at path "
          + JsonPaths.ofValueJustRead(reader));
    }
    return value;
  }

  /** Writes {@code value} as a JSON number in plain notation ({@code 1000}, never {@code 1E+3}). */
  static void write(JsonWriter writer, BigDecimal value) throws IOException {
    writer.value(new PlainDecimal(value));
  }

  /**
   * A number whose {@code toString()} is the plain notation: Moshi's streaming writer emits
   * {@code toString()}, and its value writer parses it back into a {@link BigDecimal}.
   */
  private static final class PlainDecimal extends Number {
    private static final long serialVersionUID = 1L;
    private final BigDecimal value;

    PlainDecimal(BigDecimal value) {
      this.value = value;
    }

    @Override
    public int intValue() {
      return value.intValue();
    }

    @Override
    public long longValue() {
      return value.longValue();
    }

    @Override
    public float floatValue() {
      return value.floatValue();
    }

    @Override
    public double doubleValue() {
      return value.doubleValue();
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }
}
