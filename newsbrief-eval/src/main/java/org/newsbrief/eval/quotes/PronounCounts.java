package org.newsbrief.eval.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts, in lower-cased text, how often each first name of a vocabulary is followed by he/him/his
 * and by she/her/hers: a first name followed by a surname (a word that is not a function word; the
 * name not itself after a first name), then the first such pronoun within {@value #WINDOW} words of
 * the rest of its sentence, no other first name coming first; or, when the name opens its sentence,
 * a he/she opening the next one. Not thread-safe.
 */
final class PronounCounts {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|[.!?]");
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> FUNCTION =
      Set.of(
          "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
          "from", "as", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
          "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does",
          "did", "said", "says", "say", "told", "tells", "who", "whom", "whose", "which", "that",
          "this", "these", "those", "it", "its", "they", "them", "their", "we", "our", "us", "i",
          "me", "my", "you", "your", "not", "no", "also", "after", "before", "when", "while", "if",
          "than", "then", "so", "s", "t", "about", "into", "over", "up", "out", "just", "all", "he",
          "him", "his", "himself", "she", "her", "hers", "herself", "there", "here", "what",
          "where", "how", "why", "because", "since", "until", "like", "only", "even", "still");

  /** How many words after the surname a pronoun may stand. */
  private static final int WINDOW = 8;

  private final Set<String> vocabulary;
  private final Map<String, int[]> counts = new HashMap<>();

  PronounCounts(Set<String> vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Adds the counts of one text. */
  void add(String text) {
    List<String> t = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      t.add(m.group());
    }
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!named(t, i) || (i > 0 && vocabulary.contains(t.get(i - 1)))) {
        continue;
      }
      boolean opens = i == 0 || end(t.get(i - 1));
      for (int j = i + 2; j < t.size() && j <= i + 1 + WINDOW; j++) {
        String w = t.get(j);
        if (end(w)) {
          w = opens && j + 1 < t.size() ? t.get(j + 1) : "";
          if (w.equals("he") || w.equals("she")) {
            count(t.get(i), w);
          }
          break;
        } else if (MALE.contains(w) || FEMALE.contains(w)) {
          count(t.get(i), w);
          break;
        } else if (vocabulary.contains(w)) {
          break;
        }
      }
    }
  }

  private void count(String name, String pronoun) {
    counts.computeIfAbsent(name, k -> new int[2])[MALE.contains(pronoun) ? 0 : 1]++;
  }

  private static boolean end(String w) {
    return w.length() == 1 && ".!?".contains(w);
  }

  /** The counts so far: first name to {male, female}. */
  Map<String, int[]> counts() {
    return counts;
  }

  private boolean named(List<String> t, int i) {
    if (i + 1 >= t.size() || !vocabulary.contains(t.get(i))) {
      return false;
    }
    String next = t.get(i + 1);
    return next.length() >= 2 && Character.isLetter(next.charAt(0)) && !FUNCTION.contains(next);
  }
}
