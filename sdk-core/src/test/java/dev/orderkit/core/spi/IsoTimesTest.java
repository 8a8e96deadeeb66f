package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fast path must be invisible: for every text, {@link IsoTimes} gives the JDK formatter's
 * value (same instant, same offset) or fails where the JDK fails.
 */
class IsoTimesTest {
  private static final String[] FRACTIONS = {"", ".", ".1", ".12", ".123", ".123456",
      ".123456789", ".1234567891", ".000000", ".x"};
  private static final String[] OFFSETS = {"Z", "z", "+00:00", "-00:00", "+07:00", "-05:30",
      "+18:00", "-18:00", "+18:01", "+19:00", "+07:60", "+0700", "+07", "+07:00:00", "", "ZZ",
      "+7:00", " Z"};

  @Test
  void dateTimesMatchTheJdkFormatter() {
    List<String> texts = new ArrayList<>();
    String[] dates = {"2024-01-21", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01",
        "2024-00-10", "2024-12-31", "0000-01-01", "9999-12-31", "2024-1-21", "+2024-01-21"};
    String[] times = {"T09:30:00", "t09:30:00", "T00:00:00", "T23:59:59", "T24:00:00",
        "T23:60:00", "T23:59:60", "T09:30", " 09:30:00", "T9:30:00"};
    for (String date : dates) {
      for (String time : times) {
        for (String fraction : FRACTIONS) {
          for (String offset : OFFSETS) {
            texts.add(date + time + fraction + offset);
          }
        }
      }
    }
    texts.addAll(mutations("2026-04-08T09:29:07.444755+00:00", 20_000));
    texts.addAll(mutations("2025-01-31T10:00:00-05:30", 20_000));
    int parsed = 0;
    for (String text : texts) {
      parsed += sameAsJdk(text, IsoTimes::offsetDateTime,
          t -> OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) ? 1 : 0;
    }
    assertThat(parsed).as("valid texts among %d", texts.size()).isGreaterThan(1_000);
  }

  @Test
  void datesMatchTheJdkFormatter() {
    List<String> texts = new ArrayList<>();
    for (String text : new String[] {"2025-01-31", "2024-02-29", "2023-02-29", "2025-04-31",
        "2025-00-01", "2025-13-01", "2025-1-31", "20250131", "+2025-01-31", "2025-01-31Z",
        "2025-01-31T00:00:00Z", "-0001-01-01", "0000-01-01"}) {
      texts.add(text);
    }
    texts.addAll(mutations("2025-01-31", 5_000));
    int parsed = 0;
    for (String text : texts) {
      parsed += sameAsJdk(text, IsoTimes::localDate,
          t -> LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE)) ? 1 : 0;
    }
    assertThat(parsed).isGreaterThan(100);
  }

  /** Returns whether the JDK parses {@code text}; asserts IsoTimes agrees either way. */
  private static <T> boolean sameAsJdk(String text, Function<String, T> fast,
      Function<String, T> jdk) {
    T expected;
    try {
      expected = jdk.apply(text);
    } catch (DateTimeException e) {
      try {
        T actual = fast.apply(text);
        throw new AssertionError("JDK refuses \"" + text + "\" but IsoTimes read " + actual);
      } catch (DateTimeException expectedFailure) {
        return false;
      }
    }
    assertThat(fast.apply(text)).as(text).isEqualTo(expected); // equals: same local time and offset
    return true;
  }

  /** Texts that differ from {@code valid} by one replaced, removed or inserted character. */
  private static List<String> mutations(String valid, int count) {
    Random random = new Random(20261125L);
    String alphabet = "0123456789-+:.TtZz x";
    List<String> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder(valid);
      int edits = 1 + random.nextInt(2);
      for (int e = 0; e < edits && text.length() > 0; e++) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0:
            text.setCharAt(at, c);
            break;
          case 1:
            text.deleteCharAt(at);
            break;
          default:
            text.insert(at, c);
        }
      }
      result.add(text.toString());
    }
    return result;
  }
}
