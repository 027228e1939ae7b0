package org.newsbrief.eval.quotes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.quote.NameGender;

/**
 * A gender-aware silver antecedent for a PolNeAR "he"/"she" source: the nearest earlier gold source
 * naming one person whose gender does not clearly clash with the pronoun. A person's gender: "Mr."
 * / "Mrs." / "Ms." before the surname in the article, else the learned gender ({@link NameGender},
 * Multi-News text, no PolNeAR label) of the first name the source or the article gives with that
 * surname; unknown (no clash) when the article gives the surname two first names or none.
 */
final class GenderGold {
  /** A learned gender clashes clearly beyond this (as {@code NameSteps.NAME_GENDER}). */
  static final double CLEAR = 0.4;

  private static final java.util.Set<String> ORGANISATION_WORDS =
      java.util.Set.of(
          "press",
          "news",
          "democrats",
          "republicans",
          "times",
          "post",
          "campaign",
          "department",
          "committee",
          "party",
          "network",
          "agency",
          "office",
          "house",
          "ministry");

  private final NameGender table;

  GenderGold(NameGender table) {
    this.table = table;
  }

  /**
   * The gender-aware gold name of {@code r} (name words; empty when none is usable): for a
   * "he"/"she", the nearest earlier source naming one person that does not clash with the pronoun
   * and is a person by its look (a known gender, or two name words), else the nearest that does not
   * clash.
   */
  List<String> goldName(String text, Attribution r, List<Attribution> all) {
    String pronoun = ShownGold.span(text, r).strip();
    if (!pronoun.matches("(?i)he|she")) {
      return ShownGold.nameWords(ShownGold.span(text, r));
    }
    boolean female = pronoun.equalsIgnoreCase("she");
    List<String> person = earlier(text, r, all, female, true);
    return person.isEmpty() ? earlier(text, r, all, female, false) : person;
  }

  private List<String> earlier(
      String text, Attribution r, List<Attribution> all, boolean female, boolean person) {
    return SpeakerNaming.nearestEarlierName(
        r,
        all,
        o -> ShownGold.nameWords(ShownGold.span(text, o)),
        o -> {
          String s = ShownGold.span(text, o);
          if (s.matches("(?s).*\\s(?:and|&)\\s.*")) {
            return false;
          }
          List<String> name = ShownGold.nameWords(s);
          double g = of(text, name);
          boolean agrees = female ? g <= CLEAR : g >= -CLEAR;
          return agrees && (!person || g != 0 || looksNamed(s, name));
        });
  }

  /**
   * Prints each direct relation of {@code articles} whose gender-aware gold name differs from the
   * nearest-source one ({@link ShownGold#goldName}), with the text before it; returns the counts of
   * "he"/"she" sources, of differing golds and of empty gender-aware golds.
   */
  static java.util.Map<String, Double> diffs(
      java.util.Map<String, java.nio.file.Path> articles, java.io.PrintStream out)
      throws java.io.IOException {
    GenderGold gg = new GenderGold(NameGender.shipped());
    int pronouns = 0;
    int differ = 0;
    int empty = 0;
    for (java.util.Map.Entry<String, java.nio.file.Path> e : articles.entrySet()) {
      String text = java.nio.file.Files.readString(java.nio.file.Path.of(e.getKey()));
      List<Attribution> all = Attribution.read(e.getValue(), text);
      for (Attribution r : all) {
        if (!r.direct() || r.source().isEmpty()) {
          continue;
        }
        if (!ShownGold.span(text, r).strip().matches("(?i)he|she")) {
          continue;
        }
        pronouns++;
        List<String> old = ShownGold.goldName(text, r, all);
        List<String> now = gg.goldName(text, r, all);
        empty += now.isEmpty() ? 1 : 0;
        if (!SpeakerNaming.sameName(now, old) || now.isEmpty() != old.isEmpty()) {
          differ++;
          int at = r.source().get(0)[0];
          out.printf(
              "GOLD %s @%d old=%s gender=%s | %s%n",
              java.nio.file.Path.of(e.getKey()).getFileName(),
              at,
              old,
              now,
              text.substring(Math.max(0, at - 500), Math.min(text.length(), at + 20))
                  .replace('\n', ' '));
        }
      }
    }
    return java.util.Map.of(
        "count_gold_pronoun_sources",
        (double) pronouns,
        "count_gold_gender_differs",
        (double) differ,
        "count_gold_gender_empty",
        (double) empty);
  }

  /**
   * Whether a source looks like a person's name: not a role phrase ending in a lower-case word
   * ("the Ohio governor"), its last name word not in capitals ("FBI") nor an organisation word.
   */
  private static boolean looksNamed(String source, List<String> name) {
    String[] words = source.strip().split("\\s+");
    String lastWord = words[words.length - 1].replaceAll("[^\\p{L}]", "");
    if (lastWord.isEmpty() || Character.isLowerCase(lastWord.charAt(0))) {
      return false;
    }
    String last = name.get(name.size() - 1);
    return !(last.length() > 1 && last.equals(last.toUpperCase(Locale.ROOT)))
        && !ORGANISATION_WORDS.contains(last.toLowerCase(Locale.ROOT));
  }

  /** The gender of the person {@code name} (name words) names in {@code text}: -1 she .. 1 he. */
  double of(String text, List<String> name) {
    if (name.isEmpty()) {
      return 0;
    }
    String surname = name.get(name.size() - 1);
    if (!surname.matches("\\p{L}[\\p{L}'’-]*")) {
      return 0;
    }
    for (int i = 0; i < name.size() - 1; i++) {
      if (table.known(name.get(i))) {
        return table.of(name.get(i));
      }
    }
    String first = null;
    if (name.size() == 1) {
      Matcher m =
          Pattern.compile(
                  "\\b(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Lu}\\.\\s+)?" + Pattern.quote(surname) + "\\b")
              .matcher(text);
      while (m.find()) {
        String w = m.group(1);
        if (!table.known(w)) {
          continue;
        }
        if (first != null && !first.toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT))) {
          return 0;
        }
        first = w;
      }
    }
    return first != null ? table.of(first) : title(text, surname);
  }

  /** 1 when only "Mr." precedes {@code surname} in {@code text}, -1 only "Mrs."/"Ms.", else 0. */
  private static double title(String text, String surname) {
    Matcher m =
        Pattern.compile("\\b(Mr|Mrs|Ms)\\.?\\s+" + Pattern.quote(surname) + "\\b").matcher(text);
    int male = 0;
    int female = 0;
    while (m.find()) {
      if (m.group(1).equals("Mr")) {
        male++;
      } else {
        female++;
      }
    }
    return male > 0 && female == 0 ? 1 : female > 0 && male == 0 ? -1 : 0;
  }
}
