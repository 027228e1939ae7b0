package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule-based name finder (capitalised phrases, titles split off) typed as the entity list types
 * one name alone, on tokens: kept as a peer of the trained tagger in {@code eval ner}.
 */
public final class RuleNames {
  private RuleNames() {}

  /** The names in one tokenised sentence, as token spans with CoNLL types. */
  public static List<NerSpan> find(List<String> tokens) {
    String sentence = String.join(" ", tokens);
    List<NerSpan> spans = new ArrayList<>();
    int from = 0;
    for (NameMention m : NameFinder.find(sentence, "", 0)) {
      int at = sentence.indexOf(m.name(), Math.min(from, sentence.length()));
      if (at < 0) {
        continue;
      }
      int start = countTokens(sentence.substring(0, at));
      int end = start + countTokens(m.name());
      from = at + m.name().length();
      if (end > start && end <= tokens.size()) {
        spans.add(new NerSpan(start, end, type(m)));
      }
    }
    return spans;
  }

  private static int countTokens(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String type(NameMention m) {
    String name = m.name();
    if (Places.is(name)) {
      return "LOC";
    }
    if (Entities.ORGANIZATION_WORD.matcher(name).find()
        || name.equals(name.toUpperCase(Locale.ROOT))) {
      return "ORG";
    }
    return AliasRules.looksPersonal(m) ? "PER" : "ORG";
  }
}
