package org.newsbrief.eval.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that open people's names in cased text, lower-cased: in a CoNLL-2003 file the first
 * tokens of PER names of two tokens or more, when at least {@value #SHARE} of the token's
 * occurrences open such a name and it is written in lower case no more often; in a folder of plain
 * texts the capitalised words that stand mid-sentence before another capitalised word at least
 * twice and in at least {@value #SHARE} of their mid-sentence occurrences, and never in lower case.
 */
final class FirstNameWords {
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Pattern MID_SENTENCE =
      Pattern.compile("(?<=[\\p{Ll},;] )(\\p{Lu}\\p{Ll}+)( \\p{Lu}\\p{Ll})?");
  private static final Pattern LOWER = Pattern.compile("\\b\\p{Ll}+\\b");

  /** The least share of a word's mid-sentence or PER occurrences that open a name. */
  private static final double SHARE = 0.8;

  private FirstNameWords() {}

  /** First tokens of the multi-token PER names of a CoNLL-2003 file. */
  static Set<String> conll(Path file) throws IOException {
    Map<String, Integer> opens = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    Map<String, Integer> lower = new HashMap<>();
    String first = null;
    int length = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); ; line = in.readLine()) {
        String[] f = line == null ? new String[0] : line.strip().split("\\s+");
        String tag = f.length >= 4 ? f[3] : "O";
        boolean inside = tag.endsWith("-PER");
        if (f.length >= 4) {
          all.merge(f[0], 1, Integer::sum);
          if (!f[0].isEmpty() && Character.isLowerCase(f[0].charAt(0))) {
            lower.merge(f[0], 1, Integer::sum);
          }
        }
        if ((!inside || tag.startsWith("B-")) && first != null) {
          if (length >= 2 && WORD.matcher(first).matches()) {
            opens.merge(first, 1, Integer::sum);
          }
          first = null;
        }
        if (inside && first == null) {
          first = f[0];
          length = 0;
        }
        if (inside) {
          length++;
        }
        if (line == null) {
          break;
        }
      }
    }
    Set<String> out = new TreeSet<>();
    opens.forEach(
        (word, n) -> {
          String low = word.toLowerCase(Locale.ROOT);
          if (n >= SHARE * all.getOrDefault(word, n) && lower.getOrDefault(low, 0) <= n) {
            out.add(low);
          }
        });
    return out;
  }

  /** The name-opening words of the texts in {@code folder}'s {@code text/} (or its files). */
  static Set<String> cased(Path folder) throws IOException {
    Map<String, Integer> capital = new HashMap<>();
    Map<String, Integer> beforeName = new HashMap<>();
    Set<String> lower = new java.util.HashSet<>();
    for (String file : QuoteScoring.articles(folder, Integer.MAX_VALUE).keySet()) {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      Matcher m = MID_SENTENCE.matcher(text);
      while (m.find()) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        capital.merge(word, 1, Integer::sum);
        if (m.group(2) != null) {
          beforeName.merge(word, 1, Integer::sum);
        }
      }
      Matcher w = LOWER.matcher(text);
      while (w.find()) {
        lower.add(w.group());
      }
    }
    Set<String> out = new TreeSet<>();
    beforeName.forEach(
        (word, n) -> {
          if (n >= 2 && n >= SHARE * capital.getOrDefault(word, n) && !lower.contains(word)) {
            out.add(word);
          }
        });
    return out;
  }
}
