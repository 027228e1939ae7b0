package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.quote.QuoteSpan;

/**
 * Whether a quotation's speaker resolves to the right person, not just the right mention: {@code
 * speaker_name_accuracy} over found direct quotations whose gold source names someone. The gold
 * name is the source's capitalised words (titles and parentheses aside); for a source "he" or "she"
 * it is the nearest earlier gold source of the article that names one person (a silver antecedent:
 * PolNeAR marks no coreference). The predicted name (after pronoun resolution and the fullest form
 * of the name) is right when its last word is one of the gold name's words and, when both give a
 * first name before that word, the first names agree ("Bill Clinton" is not "Hillary Clinton").
 * Sources that are only roles ("a spokesman") are not counted.
 */
final class SpeakerNaming {
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "vice",
          "secretary",
          "sen",
          "senator",
          "rep",
          "gov",
          "governor",
          "mr",
          "mrs",
          "ms",
          "dr",
          "gen",
          "former",
          "republican",
          "democratic",
          "democrat",
          "gop",
          "nominee",
          "candidate",
          "state",
          "rev",
          "judge",
          "mayor",
          "speaker",
          "leader",
          "chairman",
          "u.s");

  private SpeakerNaming() {}

  static Map<String, Double> score(
      Map<String, Path> articles, Function<String, List<QuoteSpan>> named) throws IOException {
    int counted = 0;
    int right = 0;
    for (Map.Entry<String, Path> entry : articles.entrySet()) {
      String text = Files.readString(Path.of(entry.getKey()), StandardCharsets.UTF_8);
      List<Attribution> relations = Attribution.read(entry.getValue(), text);
      List<QuoteSpan> predicted = named.apply(text);
      for (Attribution r : relations) {
        if (!r.direct() || r.source().isEmpty()) {
          continue;
        }
        List<String> gold = goldName(text, r, relations);
        QuoteSpan match = null;
        for (QuoteSpan q : predicted) {
          if (Attribution.overlaps(r.content(), q.start(), q.end())) {
            match = q;
            break;
          }
        }
        if (gold.isEmpty() || match == null) {
          continue;
        }
        counted++;
        right += sameName(words(match.speaker()), gold) ? 1 : 0;
      }
    }
    return Map.of(
        "speaker_name_accuracy",
        counted == 0 ? 0 : right / (double) counted,
        "count_speaker_names",
        (double) counted);
  }

  static List<String> goldName(String text, Attribution r, List<Attribution> all) {
    return goldName(text, r, all, false);
  }

  /**
   * The gold name of {@code r}; with {@code skipPronouns}, the silver antecedent of a "he"/"she"
   * passes over earlier sources that are themselves pronouns ("He", "I"), which the scoring
   * definition keeps (training labels only).
   */
  static List<String> goldName(
      String text, Attribution r, List<Attribution> all, boolean skipPronouns) {
    String source = sourceText(text, r);
    if (!source.strip().matches("(?i)he|she")) {
      return words(source);
    }
    return nearestEarlierName(
        r,
        all,
        o -> words(sourceText(text, o)),
        o -> {
          String s = sourceText(text, o);
          boolean pronoun = s.strip().matches("(?i)(?:he|she|i|we|they|it|you)\\b.*");
          return !(skipPronouns && pronoun) && !s.matches(".*\\s(?:and|&)\\s.*");
        });
  }

  /**
   * The name of the source among {@code all} that ends nearest before {@code r}'s starts, among
   * those with a name that {@code usable} accepts (an empty list when none does).
   */
  static List<String> nearestEarlierName(
      Attribution r,
      List<Attribution> all,
      java.util.function.Function<Attribution, List<String>> name,
      java.util.function.Predicate<Attribution> usable) {
    int at = r.source().get(0)[0];
    int bestEnd = -1;
    List<String> best = List.of();
    for (Attribution o : all) {
      if (o.source().isEmpty()) {
        continue;
      }
      int end = o.source().get(o.source().size() - 1)[1];
      List<String> w = name.apply(o);
      if (end <= at && end > bestEnd && !w.isEmpty() && usable.test(o)) {
        bestEnd = end;
        best = w;
      }
    }
    return best;
  }

  private static String sourceText(String text, Attribution r) {
    StringBuilder b = new StringBuilder();
    for (int[] s : r.source()) {
      b.append(text, s[0], s[1]).append(' ');
    }
    return b.toString();
  }

  /** The capitalised words of a name or mention, possessives, titles and parentheses removed. */
  static List<String> words(String mention) {
    List<String> out = new ArrayList<>();
    String m = mention.replaceAll("\\([^)]*\\)", " ");
    for (String raw : m.split("\\s+")) {
      String w = raw.replaceAll("[’']s$", "").replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !TITLES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean sameName(List<String> predicted, List<String> gold) {
    if (predicted.isEmpty()) {
      return false;
    }
    String last = predicted.get(predicted.size() - 1);
    int at = gold.indexOf(last);
    if (at < 0) {
      return false;
    }
    @Nullable String goldFirst = at > 0 ? gold.get(at - 1) : null;
    @Nullable String first = predicted.size() > 1 ? predicted.get(predicted.size() - 2) : null;
    return goldFirst == null || first == null || goldFirst.equals(first);
  }
}
