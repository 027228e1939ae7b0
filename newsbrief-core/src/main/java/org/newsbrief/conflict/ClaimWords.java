package org.newsbrief.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a sentence as conflicts compare them: tokens with clause punctuation kept, content words
 * reduced to a crude stem, and a few families of news predicates folded to one key (talks,
 * discussions and negotiations are one thing; so are cooperation and coordination, killing and
 * deaths, arrest and detention), so two sources need not use the same word for the same claim.
 */
final class ClaimWords {
  private static final String US_NAMES = "U\\.\\s?S\\.(?:\\s?A\\.)?|United States\\b|USA\\b|US\\b";
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\b(?:" + US_NAMES + ")|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*|[,;:()\"“”]");
  private static final Pattern US = Pattern.compile(US_NAMES);

  /** A contraction split by detokenisation, as in ECB+: "didn ’ t", "can ' t", "we ' ll". */
  private static final Pattern SPLIT_CONTRACTION =
      Pattern.compile("(\\p{L})\\s*(['’])\\s*(t|s|m|ll|re|ve|d)\\b");

  static final Set<String> STOP =
      words(
          "a an the and or but of to in on at by for with from as into about over after before "
              + " than that this these those it its it's he she they them his her their we our you "
              + " your i me my us him who whom which what when where why how there here is are was "
              + " were be been being has have had do does did will would can could should may might "
              + " must shall said says say saying told tells tell according added adding stated "
              + " reported reports also so such some any all more most other one just only very if "
              + " whether while because then now up out new mr ms mrs yet still even both each many "
              + " much own same s t against between during through under within among via across since "
              + " until per around near off again continue continues insist insists insisted claim "
              + " claims claimed statement spokesman spokeswoman official officials wednesday thursday "
              + " friday saturday sunday monday tuesday week year years last take taking taken place "
              + " make made include includes including included get got go going went without");

  private static final Map<String, String> FAMILIES =
      Map.ofEntries(
          Map.entry("talk", "talk"),
          Map.entry("discuss", "talk"),
          Map.entry("conversat", "talk"),
          Map.entry("negotiat", "talk"),
          Map.entry("consultat", "talk"),
          Map.entry("dialogu", "talk"),
          Map.entry("cooperat", "cooperat"),
          Map.entry("coordinat", "cooperat"),
          Map.entry("collaborat", "cooperat"),
          Map.entry("de-conflict", "cooperat"),
          Map.entry("kill", "kill"),
          Map.entry("dead", "kill"),
          Map.entry("death", "kill"),
          Map.entry("die", "kill"),
          Map.entry("died", "kill"),
          Map.entry("arrest", "arrest"),
          Map.entry("detain", "arrest"),
          Map.entry("detent", "arrest"),
          Map.entry("attack", "attack"),
          Map.entry("strik", "attack"),
          Map.entry("struck", "attack"),
          Map.entry("airstrik", "attack"),
          Map.entry("agreement", "agree"),
          Map.entry("agre", "agree"));

  private static final String[][] SUFFIXES = {
    {"ations", "at"}, {"ation", "at"}, {"ings", ""}, {"ing", ""}, {"ions", ""}, {"ion", ""},
    {"ies", "i"}, {"ied", "i"}, {"ed", ""}, {"es", ""}, {"e", ""}, {"s", ""}
  };

  private ClaimWords() {}

  /** The words of a space-separated list. */
  static Set<String> words(String list) {
    return Set.of(list.strip().split("\\s+"));
  }

  /**
   * The tokens of {@code text}, "U.S." and "United States" as one token each, a split contraction
   * ("didn ’ t") as one.
   */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(SPLIT_CONTRACTION.matcher(text).replaceAll("$1$2$3"));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** True for clause punctuation tokens. */
  static boolean punctuation(String token) {
    return !Character.isLetterOrDigit(token.charAt(0));
  }

  /** The key of a content word, or "" for punctuation and stop words. */
  static String key(String token) {
    if (punctuation(token)) {
      return "";
    }
    if (US.matcher(token).matches()) {
      return "usa";
    }
    String w = token.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (STOP.contains(w) || Negations.cue(w) || w.length() < 2) {
      return "";
    }
    String stem = stem(w);
    return FAMILIES.getOrDefault(stem, stem);
  }

  static String stem(String w) {
    for (String[] s : SUFFIXES) {
      if (w.endsWith(s[0]) && w.length() - s[0].length() >= 3) {
        return w.substring(0, w.length() - s[0].length()) + s[1];
      }
    }
    return w;
  }

  /** True when {@code token} is capitalised and not the first token: part of a name. */
  static boolean name(String token, int index) {
    return index > 0 && Character.isUpperCase(token.charAt(0));
  }
}
