package org.newsbrief.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch and
 * Polish (nominative and genitive), with every prefix of three letters or more that names one month
 * only ("dez", "sept", "paźdz").
 */
final class MonthNames {
  private static final String[][] MONTH_NAMES = {
    {
      "january",
      "januar",
      "jänner",
      "janvier",
      "enero",
      "gennaio",
      "janeiro",
      "januari",
      "stycznia",
      "styczeń"
    },
    {
      "february",
      "februar",
      "février",
      "fevrier",
      "febrero",
      "febbraio",
      "fevereiro",
      "februari",
      "lutego",
      "luty"
    },
    {
      "march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec", "mrt"
    },
    {"april", "avril", "abril", "aprile", "kwietnia", "kwiecień"},
    {"may", "mai", "mayo", "maggio", "maio", "mei", "maja", "maj"},
    {"june", "juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec"},
    {"july", "juli", "juillet", "juil", "julio", "luglio", "julho", "lipca", "lipiec"},
    {"august", "août", "aout", "agosto", "augustus", "sierpnia", "sierpień"},
    {
      "september",
      "septembre",
      "septiembre",
      "setiembre",
      "settembre",
      "setembro",
      "sept",
      "września",
      "wrzesień"
    },
    {
      "october",
      "oktober",
      "octobre",
      "octubre",
      "ottobre",
      "outubro",
      "października",
      "październik"
    },
    {"november", "novembre", "noviembre", "novembro", "listopada", "listopad"},
    {
      "december",
      "dezember",
      "décembre",
      "decembre",
      "diciembre",
      "dicembre",
      "dezembro",
      "grudnia",
      "grudzień"
    }
  };
  private static final Map<String, Integer> MONTHS = months();
  private static final java.util.Set<String> FULL =
      java.util.Arrays.stream(MONTH_NAMES)
          .flatMap(java.util.Arrays::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private MonthNames() {}

  /** The month (1 to 12) {@code name} names, in any case, or null. */
  static @Nullable Integer number(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code word} is a month's name in one of the languages, or a three-letter abbreviation
   * of one ("Jan.", "Dez"); not a longer prefix, which a date may use but which a byline more often
   * holds as a name ("Marc" begins "marca" and "marco"). Dates still read every prefix ({@link
   * #number}).
   */
  static boolean isMonth(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    return MONTHS.containsKey(w) && (w.length() <= 3 || FULL.contains(w));
  }

  /** Full names, and their prefixes of three letters or more that name one month only. */
  private static Map<String, Integer> months() {
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> prefixes = new HashMap<>();
    for (int m = 0; m < 12; m++) {
      for (String name : MONTH_NAMES[m]) {
        byName.put(name, m + 1);
        for (int n = 3; n < name.length(); n++) {
          String prefix = name.substring(0, n);
          Integer before = prefixes.putIfAbsent(prefix, m + 1);
          if (before != null && before != m + 1) {
            prefixes.put(prefix, -1);
          }
        }
      }
    }
    prefixes.forEach(
        (p, m) -> {
          if (m > 0) {
            byName.putIfAbsent(p, m);
          }
        });
    return Map.copyOf(byName);
  }
}
