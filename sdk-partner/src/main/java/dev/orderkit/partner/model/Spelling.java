package dev.orderkit.partner.model;

import java.util.Locale;

/** The lookup key of a spelling: how open enums match display strings in any case. */
final class Spelling {
  private Spelling() {}

  /**
   * Returns {@code value} trimmed, lower-cased and with runs of spaces or hyphens turned into one
   * underscore: {@code "In Process"} gives {@code "in_process"}, {@code "NON COD"} gives
   * {@code "non_cod"}. Used for lookups only; an open enum's {@code value()} is never changed.
   */
  static String key(String value) {
    return value.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }
}
