package org.newsbrief.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsbrief.analyze.quote.QuoteChoice;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.QuoteSpan;
import org.newsbrief.analyze.quote.SpeakerCandidate;
import org.newsbrief.analyze.quote.SpeakerRanker;

/**
 * One quotation to attribute in training: its candidates, the gold source spans (of the first gold
 * direct relation with a source whose content the quotation overlaps) and, when that relation is
 * layered, its inner speaker.
 *
 * <p>Layered: PolNeAR annotates "“...,” Sanders said, according to CNN" as one relation whose
 * Source is the outer medium (CNN) and whose Content holds the inner attribution ("“...,” Sanders
 * said"); the inner relation is not annotated. The inner speaker is the candidate inside the gold
 * content and the quotation's sentence, outside every quotation, the subject of a reporting verb
 * ("Sanders said", ",” said Sanders", "Hossein Amir-Abdollahian told"; a name or he/she/they),
 * nearest to the quotation, not overlapping the source. With {@code layered} the label is that
 * inner speaker (who spoke the quoted words), else the PolNeAR source.
 */
record RankingExample(QuoteChoice choice, List<int[]> source, List<int[]> inner, boolean layered) {
  private static final String SAID =
      "(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|replied|continued|explained"
          + "|noted|stated|recalled|declared|tweeted)";
  private static final Pattern CUE_AFTER =
      Pattern.compile("^\\s*,?\\s*(?:(?:\\w+ly|also|then|later|has|had)\\s+)?" + SAID + "\\b");
  private static final Pattern CUE_BEFORE = Pattern.compile("[”\"]\\s*" + SAID + "\\s+$");
  private static final int INSIDE_QUOTE = SpeakerRanker.featureNames().indexOf("inside_quote");
  private static final int NAME = SpeakerRanker.featureNames().indexOf("name");
  private static final int HE_SHE = SpeakerRanker.featureNames().indexOf("he_she");
  private static final int THEY = SpeakerRanker.featureNames().indexOf("they");
  private static final int BEFORE = SpeakerRanker.featureNames().indexOf("before_same_sentence");
  private static final int AFTER = SpeakerRanker.featureNames().indexOf("after_same_sentence");

  /** Whether the label follows the inner speaker of layered relations by default. */
  static final boolean LAYERED = false;

  /** The examples of one article, labelled as {@link #LAYERED} says. */
  static List<RankingExample> of(String text, List<Attribution> gold, QuoteFinder finder) {
    return of(text, gold, finder.choices(text), LAYERED);
  }

  /** The examples of one article's {@code choices}. */
  static List<RankingExample> of(
      String text, List<Attribution> gold, List<QuoteChoice> choices, boolean layered) {
    List<RankingExample> out = new ArrayList<>();
    for (QuoteChoice c : choices) {
      QuoteSpan q = c.rules();
      for (Attribution r : gold) {
        if (r.direct()
            && !r.source().isEmpty()
            && Attribution.overlaps(r.content(), q.start(), q.end())) {
          out.add(new RankingExample(c, r.source(), inner(text, c, r), layered));
          break;
        }
      }
    }
    return out;
  }

  /** The inner speaker of a layered relation (one span), or none. */
  static List<int[]> inner(String text, QuoteChoice c, Attribution r) {
    QuoteSpan q = c.rules();
    SpeakerCandidate best = null;
    int bestGap = Integer.MAX_VALUE;
    for (int i = 0; i < c.candidates().size(); i++) {
      SpeakerCandidate m = c.candidates().get(i);
      double[] x = c.features().get(i);
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      String ahead = text.substring(Math.max(0, m.start() - 20), m.start());
      if (x[INSIDE_QUOTE] > 0
          || x[BEFORE] + x[AFTER] == 0
          || x[NAME] + x[HE_SHE] + x[THEY] == 0
          || !(CUE_AFTER.matcher(after).find() || CUE_BEFORE.matcher(ahead).find())
          || !within(r.content(), m)
          || Attribution.overlaps(r.source(), m.start(), m.end())) {
        continue;
      }
      int gap = m.end() <= q.start() ? q.start() - m.end() : m.start() - q.end();
      if (gap < bestGap) {
        bestGap = gap;
        best = m;
      }
    }
    return best == null ? List.of() : List.<int[]>of(new int[] {best.start(), best.end()});
  }

  private static boolean within(List<int[]> spans, SpeakerCandidate m) {
    for (int[] s : spans) {
      if (s[0] <= m.start() && m.end() <= s[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the relation is layered (an inner speaker inside its content). */
  boolean isLayered() {
    return !inner.isEmpty();
  }

  /** Whether candidate {@code i} is the label: the inner speaker when layered, else the source. */
  boolean correct(int i) {
    return layered && isLayered() ? correctInner(i) : correctSource(i);
  }

  /** Whether candidate {@code i} overlaps the PolNeAR source. */
  boolean correctSource(int i) {
    return i >= 0 && overlaps(source, i);
  }

  /** Whether candidate {@code i} overlaps the inner speaker. */
  boolean correctInner(int i) {
    return i >= 0 && overlaps(inner, i);
  }

  private boolean overlaps(List<int[]> spans, int i) {
    var c = choice.candidates().get(i);
    return Attribution.overlaps(spans, c.start(), c.end());
  }

  /** Whether some candidate is right. */
  boolean answerable() {
    for (int i = 0; i < choice.candidates().size(); i++) {
      if (correct(i)) {
        return true;
      }
    }
    return false;
  }

  static double rulesAccuracy(List<RankingExample> all) {
    long right =
        all.stream()
            .filter(
                e ->
                    e.choice.rules().attributed()
                        && Attribution.overlaps(
                            e.layered && e.isLayered() ? e.inner : e.source,
                            e.choice.rules().speakerStart(),
                            e.choice.rules().speakerEnd()))
            .count();
    return all.isEmpty() ? 0 : right / (double) all.size();
  }

  static double oracle(List<RankingExample> all) {
    return all.isEmpty()
        ? 0
        : all.stream().filter(RankingExample::answerable).count() / (double) all.size();
  }
}
