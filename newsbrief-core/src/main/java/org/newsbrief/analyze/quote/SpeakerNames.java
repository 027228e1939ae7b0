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

  /**
   * Words a speaker phrase does not end in: adverbs, auxiliaries, clause words and weekdays between
   * the speaker and the verb ("He then", "Trump was", "MSNBC Monday when").
   */
  private static final Pattern TRAILING_ADVERB =
      Pattern.compile(
          "\\s+(?:then|also|later|again|still|too|once|now|first|further|previously|recently"
              + "|often|never|always|even|just|only|(?!(?:family|ally|rally|assembly|supply|daily|weekly|monthly|quarterly)$)\\p{Ll}+ly|will|would|has|had|have|was|is"
              + "|can|could|may|might|did|does|when|who|that|which|Monday|Tuesday|Wednesday"
              + "|Thursday|Friday|Saturday|Sunday)$");

  /** Capitalised words that open a phrase but are not names ("Following", "April", "When"). */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?:Following|Earlier|Later|When|While|After|Before|Then|Now|Last|Next|This|That|These"
              + "|Those|Asked|According|Meanwhile|However|Also|Still|In|On|At|By|For|With|From|As"
              + "|But|And|If|So|Yet|Since|Although|Because|During|Under|Over|What|Why|How|Where"
              + "|There|Here|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday"
              + "|Saturday|Sunday|January|February|March|April|May|June|July|August|September"
              + "|October|November|December|Word|Reports?|His|Her|Their|Its|Our|My|Your"
              + "|Everybody|Everyone|Nobody|Somebody|Someone|Anyone|Anybody|People|Is|Are|Was"
              + "|Were|Has|Have|Had|Does|Do|Did|Will|Would|Can|Could|Should|Wait|Indeed|Yes|No)");

  private static final Pattern PRONOUN_WORD =
      Pattern.compile("(?s).*\\b(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|me|us|them)\\b.*");

  private SpeakerNames() {}

  /** {@code mention} less trailing adverbs ("He then", "The nominee also"), if words remain. */
  static String withoutTrailingAdverbs(String mention) {
    String m = mention.strip();
    String cut = TRAILING_ADVERB.matcher(m).replaceFirst("");
    while (!cut.equals(m) && !cut.isEmpty() && !cut.matches("(?i)the|a|an|this|that|his|her")) {
      m = cut;
      cut = TRAILING_ADVERB.matcher(m).replaceFirst("");
    }
    return m;
  }

  /**
   * Whether a speaker phrase may stand for a person: not opened by a capitalised word that is no
   * name ("Following", "April", "His favorite quote"), and no pronoun inside ("When you").
   */
  static boolean personLike(String mention) {
    String m = mention.strip();
    if (m.isEmpty() || PRONOUN_WORD.matcher(m).matches() && !isPronoun(m)) {
      return false;
    }
    return !NOT_A_NAME.matcher(m.split("\\s+")[0]).matches();
  }

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
