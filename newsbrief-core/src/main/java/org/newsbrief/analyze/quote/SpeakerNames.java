package org.newsbrief.analyze.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Speaker;

/**
 * Splits a speaker mention into role and name ("State Department spokeswoman Marie Harf" is Marie
 * Harf, State Department spokeswoman; an abbreviated title stays with the name: "Gen. Lloyd
 * Austin") and tells pronouns from names.
 */
final class SpeakerNames {
  private static final Pattern TITLE =
      Pattern.compile(
          "(?i)spokes(wo)?man|spokesperson|secretary|minister|president|adviser|advisor|official"
              + "|officials|leader|envoy|ambassador|gen\\.?|general|adm\\.?|admiral|sen\\.?|sens\\.?"
              + "|senator|rep\\.?|gov\\.?|governor|dr\\.?|mr\\.?|mrs\\.?|ms\\.?|ayatollah|chief"
              + "|head|commander|director|chairman|nominee|candidate|mayor|prime|king|queen"
              + "|prince|judge|justice|lawmaker|aide|analyst|correspondent|reporter|state"
              + "|marshal|commissioner|sheriff|officer|deputy|inspector|superintendent|attorney"
              + "|prosecutor|detective|captain|sergeant|lieutenant|colonel|coach|ceo|founder"
              + "|executive|manager|professor|researcher|scientist|lawyer|councilman|councilwoman"
              + "|representative|trooper|chancellor|premier|emir|sheikh|cardinal|bishop|pope");

  /** An abbreviated title that reads as part of the name: "Gen. Lloyd Austin", "Sen. McCain". */
  private static final Pattern HONORIFIC =
      Pattern.compile("(?i)(?:gen|adm|sen|rep|gov|lt|col|sgt|capt|maj|cmdr|gens|sens|reps)\\.");

  private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|we|i|it");

  private SpeakerNames() {}

  static boolean isPronoun(String mention) {
    return PRONOUN.matcher(mention.strip()).matches();
  }

  /** The speaker a mention names: trailing capitalised words are the name, the rest the role. */
  static Speaker of(String mention) {
    String m = mention.strip().replaceAll("[,.]$", "");
    String[] words = m.split("\\s+");
    int lastTitle = -1;
    for (int i = 0; i < words.length - 1; i++) {
      if (TITLE.matcher(words[i]).matches()) {
        lastTitle = i;
      }
    }
    boolean namedAfter = lastTitle >= 0;
    for (int i = lastTitle + 1; i < words.length && namedAfter; i++) {
      namedAfter = Character.isUpperCase(words[i].codePointAt(0));
    }
    if (!namedAfter) {
      return new Speaker(null, m, null);
    }
    String role = String.join(" ", Arrays.copyOfRange(words, 0, lastTitle + 1));
    String name = String.join(" ", Arrays.copyOfRange(words, lastTitle + 1, words.length));
    if (role.matches("(?i)(mr|mrs|ms|dr)\\.?")) {
      role = null;
    } else if (HONORIFIC.matcher(role).matches()) {
      name = role + " " + name;
      role = null;
    }
    return new Speaker(null, name, role);
  }

  /**
   * The key that groups mentions of one person: their surname, or the whole lower-cased name (with
   * one apostrophe: "Iran’s" and "Iran's" are one speaker).
   */
  static String key(Speaker s) {
    String[] words = s.name().split("\\s+");
    String last = words[words.length - 1].replaceAll("[’']s$", "");
    boolean person = words.length <= 4 && Character.isUpperCase(last.codePointAt(0));
    return (person ? last : s.name()).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  static @Nullable String longer(@Nullable String a, @Nullable String b) {
    if (a == null) {
      return b;
    }
    return b != null && b.length() > a.length() ? b : a;
  }
}
