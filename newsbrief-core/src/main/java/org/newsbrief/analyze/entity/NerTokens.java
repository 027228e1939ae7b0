package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into tokens the way CoNLL-2003 is tokenised: words (with inner hyphens and
 * apostrophes, "O'Neill", "al-Baghdadi"), abbreviations with their periods ("U.S.", "Mr."),
 * numbers, a possessive "'s" apart, and each other character alone. Curly quotes and apostrophes
 * become straight ones, as in the training text.
 */
public final class NerTokens {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}|\\p{Lu}\\.(?=\\s)|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev"
              + "|Inc|Corp|Co|Ltd|Adm|Maj|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.(?=\\s)"
              + "|['’][sS](?![\\p{L}\\p{N}])|\\p{N}+(?:[.,:/]\\p{N}+)+"
              + "|[\\p{L}\\p{N}]+(?:(?:[-&]|['’](?![sStT](?![\\p{L}\\p{N}])))[\\p{L}\\p{N}]+)*"
              + "|\\S");

  /** The tokens of {@code sentence}. */
  public static NerTokens of(String sentence) {
    List<String> words = new ArrayList<>();
    List<int[]> at = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      words.add(normalise(m.group()));
      at.add(new int[] {m.start(), m.end()});
    }
    int[] starts = new int[at.size()];
    int[] ends = new int[at.size()];
    for (int i = 0; i < at.size(); i++) {
      starts[i] = at.get(i)[0];
      ends[i] = at.get(i)[1];
    }
    return new NerTokens(words, starts, ends);
  }

  private final List<String> words;
  private final int[] starts;
  private final int[] ends;

  private NerTokens(List<String> words, int[] starts, int[] ends) {
    this.words = List.copyOf(words);
    this.starts = starts;
    this.ends = ends;
  }

  /** The tokens. */
  public List<String> words() {
    return words;
  }

  /** The first character of token {@code i} in the sentence. */
  public int start(int i) {
    return starts[i];
  }

  /** One past the last character of token {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  private static String normalise(String token) {
    return token
        .replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replace('—', '-')
        .replace('–', '-');
  }
}
