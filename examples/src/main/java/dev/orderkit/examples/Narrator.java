package dev.orderkit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Prints an example's story: what was sent, what came back, money formatted. */
final class Narrator {
  private static final Locale INDONESIA = new Locale("id", "ID");

  private final PrintStream out;

  Narrator(PrintStream out) {
    this.out = out;
  }

  /** A section heading. */
  void title(String text) {
    out.println();
    out.println("== " + text);
  }

  /** One step of the story. */
  void say(String text) {
    out.println("   " + text);
  }

  /** Rupiah, the way Indonesians write it: Rp 12.000. */
  static String rupiah(BigDecimal amount) {
    NumberFormat format = NumberFormat.getNumberInstance(INDONESIA);
    format.setMaximumFractionDigits(2);
    return "Rp " + format.format(amount);
  }

  /** Dollars: $198.00. */
  static String dollars(BigDecimal amount) {
    return "$" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
