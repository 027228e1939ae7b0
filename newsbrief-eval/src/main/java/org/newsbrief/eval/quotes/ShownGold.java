package org.newsbrief.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gold speaker name a shown quotation is scored against: a PolNeAR source's name words, or for
 * a "he"/"she" source the nearest earlier named source.
 */
final class ShownGold {
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
          "he", "she", "i", "we", "they", "it", "you", "my", "both", "another", "some", "many");

  private ShownGold() {}

  /**
   * The gold name of {@code r}; a "he"/"she" takes the nearest earlier non-pronoun named source.
   */
  static List<String> goldName(String text, Attribution r, List<Attribution> all) {
    String source = span(text, r);
    if (!source.strip().matches("(?i)he|she")) {
      return nameWords(source);
    }
    return SpeakerNaming.nearestEarlierName(
        r,
        all,
        o -> nameWords(span(text, o)),
        o -> !span(text, o).matches("(?s).*\\s(?:and|&)\\s.*"));
  }

  /** The text from the first to the last piece of {@code o}'s source. */
  static String span(String text, Attribution o) {
    return text.substring(o.source().get(0)[0], o.source().get(o.source().size() - 1)[1]);
  }

  /**
   * The name words of a mention: {@link SpeakerNaming#words}, less determiners and pronouns ("The",
   * "He"), and less a possessive owner and everything before it when words follow it ("Obama's
   * former campaign strategist" names no one; "Iran's Foreign Ministry" keeps "Foreign Ministry").
   */
  static List<String> nameWords(String mention) {
    String m = mention.replaceAll("(?s)^.*\\b\\p{L}+['’]s\\s+(?=\\S)", " ");
    List<String> out = new ArrayList<>();
    for (String w : SpeakerNaming.words(m)) {
      if (!NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        out.add(w);
      }
    }
    return out;
  }
}
